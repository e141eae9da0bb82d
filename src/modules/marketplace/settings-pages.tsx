import type { Context, Hono } from 'hono';
import type { SignedIn } from '../../core/authz';
import type { AppEnv } from '../../core/http/env';
import { setFlash } from '../../core/http/flash';
import { problemAsFormErrors, signedInOrLogin } from '../../core/http/forms';
import { notFound } from '../../core/errors';
import { formValues, invalidParams } from '../../core/http/validation';
import { type FieldValue, single } from '../../core/views/components';
import { viewContext } from '../../core/views/context';
import { marketplaceLogo } from './marketplaces.queries';
import { marketplaceBySlug } from './page-helpers';
import { MarketplaceSettingsSchema } from './schemas';
import { changeMarketplace, changeMarketplaceLogo, managedMarketplaceOf } from './settings';
import { SettingsPage, settingsPath, settingsValues } from './settings-views';

/** The form's fields → the API's settings shape, so one schema checks both. */
function settingsFrom(values: Record<string, FieldValue>) {
  const list = (name: string) => {
    const value = values[name];
    return Array.isArray(value) ? value : value ? [value] : [];
  };
  const whole = (name: string) => {
    const text = single(values[name])?.trim();
    return text && /^-?\d+$/.test(text) ? Number(text) : text;
  };
  return {
    name: single(values.name),
    brandColor: single(values.brandColor)?.trim(),
    brandTextColor: single(values.brandTextColor)?.trim(),
    premoderation: list('options').includes('premoderation'),
    showNeighbours: list('options').includes('showNeighbours'),
    disabledCategories: list('disabledCategories'),
    expiryWeeks: whole('expiryWeeks'),
    followUpDays: whole('followUpDays'),
    status: single(values.status),
  };
}

/** The settings and logo of a marketplace (its beheerders, or the platform operator), and the logo itself for everyone. */
export function registerSettingsPages(app: Hono<AppEnv>) {
  app.get('/gemeenten/:slug/marktplaats/logo', async (c) => {
    const marketplace = await marketplaceBySlug(c);
    const logo = await marketplaceLogo(c.var.deps.db, marketplace.municipalityCode);
    if (!logo) throw notFound();
    // Shown through <img>; opened on its own, this policy keeps any script in an SVG from running.
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    return c.body(new Uint8Array(logo.bytes), 200, {
      'Content-Type': logo.contentType,
      'Cache-Control': 'public, max-age=300',
      'X-Content-Type-Options': 'nosniff',
    });
  });

  async function managed(c: Context<AppEnv>, actor: SignedIn) {
    const marketplace = await marketplaceBySlug(c);
    await managedMarketplaceOf(c.var.deps.db, actor, marketplace.municipalityCode);
    return marketplace;
  }

  app.get('/gemeenten/:slug/marktplaats/beheer/instellingen', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    const marketplace = await managed(c, actor);
    return c.html(
      <SettingsPage ctx={viewContext(c)} marketplace={marketplace} values={settingsValues(marketplace)} errors={{}} />,
    );
  });

  app.post('/gemeenten/:slug/marktplaats/beheer/instellingen', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    const marketplace = await managed(c, actor);
    const values = formValues(await c.req.parseBody({ all: true }));
    const render = (errors: Record<string, string>) =>
      c.html(<SettingsPage ctx={viewContext(c)} marketplace={marketplace} values={values} errors={errors} />, 400);
    const parsed = MarketplaceSettingsSchema.safeParse(settingsFrom(values));
    if (!parsed.success)
      return render(
        Object.fromEntries(invalidParams(parsed.error, c.var.t).map((p) => [p.name.replace(/\.\d+$/, ''), p.reason])),
      );
    try {
      await changeMarketplace(c.var.deps, actor, marketplace.municipalityCode, parsed.data);
    } catch (error) {
      return render(problemAsFormErrors(c, error, 'name'));
    }
    setFlash(c, 'flash.settingsSaved');
    return c.redirect(settingsPath(marketplace), 303);
  });

  app.post('/gemeenten/:slug/marktplaats/beheer/instellingen/logo', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    const marketplace = await managed(c, actor);
    const body = await c.req.parseBody();
    const file = body.logo;
    const render = (errors: Record<string, string>) =>
      c.html(
        <SettingsPage
          ctx={viewContext(c)}
          marketplace={marketplace}
          values={settingsValues(marketplace)}
          errors={errors}
        />,
        400,
      );
    if (!(file instanceof File) || file.size === 0) return render({ logo: c.var.t('settings.logoMissing') });
    if (file.type !== 'image/png' && file.type !== 'image/svg+xml')
      return render({ logo: c.var.t('validation.logoType') });
    try {
      await changeMarketplaceLogo(c.var.deps, actor, marketplace.municipalityCode, {
        bytes: new Uint8Array(await file.arrayBuffer()),
        contentType: file.type,
      });
    } catch (error) {
      return render(problemAsFormErrors(c, error, 'logo'));
    }
    setFlash(c, 'flash.logoSaved');
    return c.redirect(settingsPath(marketplace), 303);
  });

  app.post('/gemeenten/:slug/marktplaats/beheer/instellingen/logo/weghalen', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    const marketplace = await managed(c, actor);
    await changeMarketplaceLogo(c.var.deps, actor, marketplace.municipalityCode, null);
    setFlash(c, 'flash.logoRemoved');
    return c.redirect(settingsPath(marketplace), 303);
  });
}
