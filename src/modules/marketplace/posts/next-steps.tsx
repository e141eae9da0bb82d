import { Alert, Link, Paragraph } from '../../../core/views/components';
import type { ViewContext } from '../../../core/views/context';
import { marketplacePath } from '../paths';
import type { PostKind } from '../rules';
import type { Marketplace } from '../settings/queries';
import type { Post } from './queries';

const longDate = (ctx: ViewContext, value: string) =>
  new Intl.DateTimeFormat(ctx.locale === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(value));

/** Until when an open post stays on the marketplace, in words: to the end of its date, or its expiry. */
function untilText(ctx: ViewContext, post: Post): string | undefined {
  if (post.whenKind === 'once' && post.whenDate)
    return ctx.t('nextSteps.untilDay', { date: longDate(ctx, post.whenDate) });
  return post.expiresAt ? ctx.t('nextSteps.until', { date: longDate(ctx, post.expiresAt) }) : undefined;
}

/**
 * "Wat gebeurt er nu?" for the owner of a post that was just placed, and until someone responds:
 * it says the truth of the post's state — waiting for a beheerder, or on the marketplace.
 */
export function NextSteps({ ctx, post, marketplace }: { ctx: ViewContext; post: Post; marketplace: Marketplace }) {
  const { t } = ctx;
  const steps =
    post.status === 'in-review'
      ? [t('nextSteps.review', { marketplace: marketplace.name }), t('nextSteps.reviewThen'), t('nextSteps.respond')]
      : [
          t('nextSteps.open', { marketplace: marketplace.name }),
          t('nextSteps.respond'),
          ...(post.kind === 'request' ? [t('nextSteps.followUp', { days: marketplace.followUpDays })] : []),
          ...(untilText(ctx, post) ? [untilText(ctx, post) as string] : []),
        ];
  return (
    <section aria-labelledby="wat-nu" class="samen-section samen-next-steps">
      <h2 class="utrecht-heading-2" id="wat-nu">
        {t('nextSteps.title')}
      </h2>
      <ol class="utrecht-ordered-list">
        {steps.map((step) => (
          <li class="utrecht-ordered-list__item">{step}</li>
        ))}
      </ol>
    </section>
  );
}

/** Where a postcode of another municipality belongs, for the post form's refusal. */
export interface Elsewhere {
  municipalityName: string;
  municipalitySlug: string;
  /** that municipality's live marketplace, if it has one */
  marketplace?: { name: string; municipalitySlug: string } | undefined;
}

/**
 * A post lives on the marketplace of its postcode's municipality: when the postcode lies elsewhere,
 * the form says where to go — that marketplace's own form, or that it has none yet.
 */
export function ElsewhereNotice(props: { ctx: ViewContext; here: Marketplace; elsewhere: Elsewhere; kind: PostKind }) {
  const { ctx, here, elsewhere, kind } = props;
  const { t } = ctx;
  const there = elsewhere.marketplace;
  return (
    <Alert type="warning">
      <Paragraph>
        {t('elsewhere.text', { here: here.municipalityName, municipality: elsewhere.municipalityName })}
      </Paragraph>
      <Paragraph>
        {there ? (
          <Link href={`${marketplacePath(there)}/nieuw?soort=${kind}`}>
            {t('elsewhere.link', { name: there.name })}
          </Link>
        ) : (
          <>
            {t('elsewhere.none', { municipality: elsewhere.municipalityName })}{' '}
            <Link href={`/gemeenten/${elsewhere.municipalitySlug}`}>
              {t('elsewhere.nearby', { municipality: elsewhere.municipalityName })}
            </Link>
          </>
        )}
      </Paragraph>
    </Alert>
  );
}
