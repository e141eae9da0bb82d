import { Link } from '../../core/views/components';
import type { ViewContext } from '../../core/views/context';
import type { InitiativeSummary } from './initiatives/queries';

/** What the pages of Samen innoveren share: a card per initiative, options from a vocabulary, sections. */

/** One initiative as a card: title link, type, phase, municipality, themes. */
export function InitiativeCard({
  ctx,
  initiative,
  extra,
  headingLevel = 3,
  action,
}: {
  ctx: ViewContext;
  initiative: InitiativeSummary;
  extra?: string;
  headingLevel?: 2 | 3;
  /** a link under the card, named after the initiative for screen readers ("Neem contact op") */
  action?: { href: string; label: string };
}) {
  const { t } = ctx;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li class="samen-card">
      <Heading class={`utrecht-heading-${headingLevel}`}>
        <Link href={`/innovatie/${initiative.id}`}>{initiative.title}</Link>
      </Heading>
      <p class="samen-meta">
        {t(`initiativeType.${initiative.type}`)} · {t('innovation.phaseLabel')}: {t(`phase.${initiative.phase}`)}
        {' · '}
        {initiative.municipalityName}
        {extra ? ` · ${extra}` : ''}
      </p>
      <p class="utrecht-paragraph">{initiative.summary}</p>
      <p class="samen-meta">
        <span class="visually-hidden">{t('innovation.themes')}: </span>
        {initiative.themes.map((theme) => (
          <span class="samen-tag">{t(`theme.${theme}`)}</span>
        ))}
      </p>
      {action && (
        <p class="utrecht-paragraph">
          <a class="utrecht-link utrecht-link--html-a" href={action.href}>
            {action.label}
            <span class="visually-hidden">: {initiative.title}</span>
          </a>
        </p>
      )}
    </li>
  );
}

export function optionsOf(ctx: ViewContext, prefix: string, values: readonly string[]) {
  return values.map((value) => ({ value, label: ctx.t(`${prefix}.${value}`) }));
}

/** A section of an initiative's page, with its heading. */
export function Section({ id, title, children }: { id: string; title: string; children?: unknown }) {
  return (
    <section aria-labelledby={id} class="samen-section">
      <h2 class="utrecht-heading-2" id={id}>
        {title}
      </h2>
      {children as never}
    </section>
  );
}
