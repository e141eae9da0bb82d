import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { AppEnv } from '../../../core/http/env';
import { problemAsFormErrors } from '../../../core/http/forms';
import type { FieldErrors } from '../../../core/http/validation';
import { formatDateTime, formatNumber } from '../../../core/i18n';
import type { FieldValue } from '../../../core/views/components';
import type { ViewContext } from '../../../core/views/context';
import { DomainError } from '../../../core/errors';

/** What the pages of Samen opschalen share: sections, the sub-navigation, dates, numbers and form state. */

export function Section({ id, title, children }: { id: string; title: string; children?: Child }) {
  return (
    <section aria-labelledby={id} class="samen-section">
      <h2 class="utrecht-heading-2" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A section under a section (or inside a card with an h3): its heading is one level lower. */
export function SubSection(props: { id: string; title: string; level?: 3 | 4; children?: Child }) {
  const { id, title, level = 3, children } = props;
  const Heading = level === 4 ? 'h4' : 'h3';
  return (
    <section aria-labelledby={id} class="samen-section">
      <Heading class={`utrecht-heading-${level}`} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

const NAV = [
  { href: '/opschalen', key: 'scaleUp.pages.nav.home' },
  { href: '/opschalen/rondes', key: 'scaleUp.pages.nav.rounds' },
  { href: '/opschalen/voorzieningen', key: 'scaleUp.pages.nav.services' },
] as const;

/** The links between the parts of Samen opschalen; the part the page belongs to is marked. */
export function ScaleUpNav({ ctx }: { ctx: ViewContext }) {
  const current = (href: string) =>
    href === '/opschalen' ? ctx.path === href : ctx.path === href || ctx.path.startsWith(`${href}/`);
  return (
    <nav aria-label={ctx.t('scaleUp.pages.nav.label')} class="samen-tabs">
      <ul class="samen-nav__list">
        {NAV.map(({ href, key }) => (
          <li>
            <a class="utrecht-link utrecht-link--html-a" href={href} aria-current={current(href) ? 'page' : undefined}>
              {ctx.t(key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** "1 december 2026 om 10:00" for a moment (a round's dates). */
export const moment = (ctx: ViewContext, iso: string) => formatDateTime(ctx.locale, iso);

/** "12 november 2026" for a calendar day (YYYY-MM-DD). */
export function day(ctx: ViewContext, value: string): string {
  return new Intl.DateTimeFormat(ctx.locale === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${value}T00:00:00Z`));
}

export const number = (ctx: ViewContext, value: number) => formatNumber(ctx.locale, value);

export const percent = (ctx: ViewContext, share: number) =>
  new Intl.NumberFormat(ctx.locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  );

/** Options for a select or a group of choices, labelled from the catalogue: `${prefix}.${value}`. */
export const optionsOf = (ctx: ViewContext, prefix: string, values: readonly string[]) =>
  values.map((value) => ({ value, label: ctx.t(`${prefix}.${value}`) }));

/** The one form on a page that was sent back with errors, if any. */
export interface PageForms {
  form?: string;
  errors: FieldErrors;
  values: Record<string, FieldValue>;
}
export const noForms: PageForms = { errors: {}, values: {} };

/** The errors and values of one form of the page (empty unless it was the one sent back). */
export function stateOf(forms: PageForms, form: string): { errors: FieldErrors; values: Record<string, FieldValue> } {
  return forms.form === form ? { errors: forms.errors, values: forms.values } : { errors: {}, values: {} };
}

/** The same errors under other field names (a schema path → the field on the page). */
export const renamed = (errors: FieldErrors, fieldOf: (name: string) => string): FieldErrors =>
  Object.fromEntries(Object.entries(errors).map(([name, message]) => [fieldOf(name), message]));

/** A clearer message for a field than the schema's, when the field has an error. */
export function clearer(ctx: { t: (key: string) => string }, errors: FieldErrors, messages: Record<string, string>) {
  const result = { ...errors };
  for (const [field, key] of Object.entries(messages)) if (result[field]) result[field] = ctx.t(key);
  return result;
}

/**
 * A command's problem as messages on the form, with the status to show it with. Not allowed, not
 * logged in or gone: those are not about the form, so the error page says so (403, 401, 404).
 */
export function problemOnForm(
  c: Context<AppEnv>,
  error: unknown,
  field: string,
  fieldOf: (name: string) => string = (name) => name,
): { errors: FieldErrors; status: 400 | 409 } {
  if (error instanceof DomainError && ['forbidden', 'unauthenticated', 'not-found'].includes(error.kind)) throw error;
  const errors = renamed(problemAsFormErrors(c, error, field), fieldOf);
  return { errors, status: error instanceof DomainError && error.kind === 'conflict' ? 409 : 400 };
}

/** A value of a posted form as one text (the first, for repeated fields). */
export const text = (value: FieldValue): string | undefined => (Array.isArray(value) ? value[0] : (value ?? undefined));
/** A value of a posted form as a list (checkboxes). */
export const list = (value: FieldValue): string[] => (Array.isArray(value) ? value : value ? [value] : []);

/** A wide table in a region of its own that scrolls sideways on a small screen (and can be reached by keyboard). */
export function Scroll({ label, children }: { label: string; children?: Child }) {
  return (
    <div class="samen-scroll" role="region" aria-label={label} tabindex={0}>
      {children}
    </div>
  );
}

/** A small table of label → value rows, with a caption. */
export function FactTable(props: { caption: string; head: [string, string]; rows: { label: Child; value: Child }[] }) {
  return (
    <Scroll label={props.caption}>
      <table class="utrecht-table utrecht-table--html-table samen-table samen-scale-table">
        <caption class="utrecht-table__caption">{props.caption}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">
              {props.head[0]}
            </th>
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
              {props.head[1]}
            </th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {props.rows.map((row) => (
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">
                {row.label}
              </th>
              <td class="utrecht-table__cell utrecht-table__cell--numeric">{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}
