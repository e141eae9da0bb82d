import { dayIn } from '../../../core/i18n/dates';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { Actor } from '../../../core/authz';
import { DomainError, forbidden, notFound } from '../../../core/errors';
import type { AppEnv } from '../../../core/http/env';
import { setFlash } from '../../../core/http/flash';
import { forAccount, parseForm } from '../../../core/http/forms';
import { fieldErrors } from '../../../core/http/validation';
import { viewContext } from '../../../core/views/context';
import { marketplaceOf } from '../../marketplace';
import { municipalityBySlug } from '../../municipalities';
import { audienceOf, mayChangeSettings } from '../access';
import { addMonths, monthValue, presetPeriod } from '../period';
import { reportCsv, TABLES } from '../report/csv';
import { marketplaceReport } from '../report/load';
import { saveSocialValue } from '../report/settings';
import { periodFrom } from '../request';
import { presetsFor, ReportPage, type ReportPageModel, reportPath } from './views';

const PageQuery = z.object({
  van: z.string().max(10).optional(),
  tot: z.string().max(10).optional(),
  table: z.enum(TABLES).optional(),
});

const SettingsForm = z.object({
  euros: z
    .string()
    .trim()
    .regex(/^\d{1,6}$/, 'reports.problem.socialValue')
    .transform(Number)
    .refine((euros) => euros <= 100_000, 'reports.problem.socialValue'),
});

async function marketplaceOfPage(c: Context<AppEnv>) {
  const municipality = await municipalityBySlug(c.var.deps.db, c.req.param('slug') ?? '');
  if (!municipality) throw notFound('problem.municipalityNotFound');
  const marketplace = await marketplaceOf(c.var.deps.db, municipality.code);
  if (!marketplace) throw notFound('problem.noMarketplacePage');
  return { marketplace, slug: municipality.slug };
}

/** The months a beheerder can choose: the last five years, newest first. */
function monthChoices(today: string): string[] {
  return Array.from({ length: 60 }, (_, i) => monthValue(addMonths(today, -i)));
}

/** The marketplace's report page and its CSV downloads (semicolon CSV with a BOM, for Dutch Excel). */
export function registerReportPages(app: Hono<AppEnv>) {
  async function render(c: Context<AppEnv>, actor: Actor, errors?: Record<string, string>) {
    const { marketplace, slug } = await marketplaceOfPage(c);
    const audience = audienceOf(actor, marketplace);
    const now = c.var.deps.clock.now();
    const today = dayIn(now);
    const query = PageQuery.safeParse(c.req.query());
    const values = query.success ? { van: query.data.van, tot: query.data.tot } : {};
    const model: ReportPageModel = {
      name: marketplace.name,
      slug,
      values,
      presets: presetsFor(today, presetPeriod),
      months: monthChoices(today),
      canChangeSettings: mayChangeSettings(actor, marketplace),
      ...(errors ? { errors } : {}),
    };
    try {
      const period = periodFrom({ from: values.van, to: values.tot }, now);
      model.values = { van: monthValue(period.from), tot: monthValue(period.to) };
      model.report = await marketplaceReport(c.var.deps.db, marketplace.municipalityCode, period, audience, now);
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== 'invalid') throw error;
      // the API's field names (from, to) are the form's van and tot
      const named = error.invalidParams.map((p) => ({
        ...p,
        name: p.name === 'from' ? 'van' : 'tot',
        reason: c.var.t(p.reason),
      }));
      model.errors = { ...fieldErrors(named), ...errors };
    }
    return c.html(<ReportPage ctx={viewContext(c)} model={model} />, model.errors ? 400 : 200);
  }

  app.get(
    '/gemeenten/:slug/marktplaats/rapportage',
    forAccount((c, actor) => render(c, actor)),
  );

  app.get(
    '/gemeenten/:slug/marktplaats/rapportage.csv',
    forAccount(async (c, actor) => {
      const { marketplace, slug } = await marketplaceOfPage(c);
      const audience = audienceOf(actor, marketplace);
      const query = PageQuery.safeParse(c.req.query());
      const table = query.success ? (query.data.table ?? 'summary') : 'summary';
      const now = c.var.deps.clock.now();
      const period = periodFrom({ from: query.data?.van, to: query.data?.tot }, now);
      const report = await marketplaceReport(c.var.deps.db, marketplace.municipalityCode, period, audience, now);
      const file = `samen-${slug}-${table}-${monthValue(period.from)}-${monthValue(period.to)}.csv`;
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="${file}"`);
      return c.body(reportCsv(report, table, c.var.t, 'excel'));
    }),
  );

  app.post(
    '/gemeenten/:slug/marktplaats/rapportage/waarde',
    forAccount(async (c, actor) => {
      const { marketplace, slug } = await marketplaceOfPage(c);
      audienceOf(actor, marketplace);
      if (!mayChangeSettings(actor, marketplace)) throw forbidden('reports.problem.forbidden');
      const form = await parseForm(c, SettingsForm);
      if (!form.ok) return render(c, actor, form.errors);
      await saveSocialValue(c.var.deps.db, marketplace.municipalityCode, form.data.euros);
      setFlash(c, 'flash.reportSettingsSaved');
      return c.redirect(`${reportPath(slug)}#waarde`, 303);
    }),
  );
}
