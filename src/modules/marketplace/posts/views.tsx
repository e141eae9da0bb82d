import type { FieldErrors } from '../../../core/http/validation';
import { formatDateTime, formatNumber } from '../../../core/i18n';
import {
  Breadcrumbs,
  Alert,
  ErrorSummary,
  type FieldValue,
  Form,
  Heading1,
  Link,
  Paragraph,
  SelectField,
  SubmitButton,
  TextArea,
} from '../../../core/views/components';
import type { ViewContext } from '../../../core/views/context';
import { Layout } from '../../../core/views/layout';
import type { Response } from '../conversations/queries';
import { ReportPostForm } from '../moderation/report-forms';
import { conversationPath, marketplacePath, postPath } from '../paths';
import { canResubmit, canTransition, EDITABLE_STATUSES, publicPerson } from '../rules';
import type { PostHit } from '../search/search';
import type { Marketplace } from '../settings/queries';
import { themeOf } from '../settings/theme';
import { NextSteps } from './next-steps';
import type { Post } from './queries';

// made once per locale (a formatter costs ~0.1 ms to make; a list shows a date on many cards)
const fullDates = {
  nl: new Intl.DateTimeFormat('nl-NL', { dateStyle: 'full' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'full' }),
};

/** When help is wanted or offered, in words. */
export function whenText(ctx: ViewContext, post: Post): string {
  if (post.whenKind === 'once' && post.whenDate)
    return fullDates[ctx.locale === 'nl' ? 'nl' : 'en'].format(new Date(post.whenDate));
  return post.whenText ?? ctx.t(`when.${post.whenKind}`);
}

/** Who placed a post, as the public sees it: the organisation of a vacancy, else a first name. */
const postedBy = (post: Post) =>
  post.kind === 'vacancy' && post.organisationName ? post.organisationName : publicPerson(post.authorFirstName);

/** A post in a list; `home` is the marketplace being browsed, so posts from its neighbours name their own. */
export function PostCard({ ctx, post, home }: { ctx: ViewContext; post: PostHit | Post; home?: string }) {
  const { t } = ctx;
  const distance =
    'distanceKm' in post && post.distanceKm !== null
      ? ` · ${t('market.distance', { km: formatNumber(ctx.locale, post.distanceKm) })}`
      : '';
  return (
    <li class="samen-card">
      <h3 class="utrecht-heading-3">
        <Link href={postPath(post.id)}>{post.title}</Link>
      </h3>
      <p class="samen-meta">
        {t(`category.${post.category}`)} · {whenText(ctx, post)} · {post.place} ({post.pc4}){distance}
      </p>
      <p class="samen-meta">
        {postedBy(post)} · {t(`postStatus.${post.status}`)}
        {home && post.municipalityCode !== home ? ` · ${post.marketplaceName}` : ''}
      </p>
    </li>
  );
}

/** What the author can do with a post: place a concept, change it, close it naming who helped, withdraw it. */
function OwnerActions({
  ctx,
  post,
  responses,
  errors,
  values,
}: {
  ctx: ViewContext;
  post: Post;
  responses: Response[];
  errors: FieldErrors;
  values: Record<string, FieldValue>;
}) {
  const { t } = ctx;
  const editable = EDITABLE_STATUSES.includes(post.status) || canResubmit(post);
  const pastDate = post.whenKind === 'once' && post.whenDate !== null && post.status === 'expired';
  return (
    <>
      {post.hiddenAt && post.rejectedReason === null && (
        <Alert type="warning">
          <Paragraph>{t('market.hidden.notice')}</Paragraph>
        </Alert>
      )}
      {post.status === 'concept' && (
        <Form ctx={ctx} action={`${postPath(post.id)}/plaatsen`} label={t('market.concept.publish')}>
          {post.returnedNote !== null && (
            <Alert type="warning">
              <Paragraph>{t('market.returned.notice')}</Paragraph>
              <Paragraph>
                <strong>{t('market.returned.note')}</strong> {post.returnedNote}
              </Paragraph>
            </Alert>
          )}
          <Paragraph>{t(post.returnedNote !== null ? 'market.returned.how' : 'market.concept.notice')}</Paragraph>
          <SubmitButton>{t('market.concept.publish')}</SubmitButton>
        </Form>
      )}
      {canResubmit(post) && (
        <Form ctx={ctx} action={`${postPath(post.id)}/plaatsen`} label={t('market.rejected.resubmit')}>
          <Alert type="warning">
            <Paragraph>{t('market.rejected.notice')}</Paragraph>
            <Paragraph>
              <strong>{t('market.rejected.reason')}</strong> {post.rejectedReason}
            </Paragraph>
          </Alert>
          <Paragraph>{t('market.rejected.how')}</Paragraph>
          <SubmitButton>{t('market.rejected.resubmit')}</SubmitButton>
        </Form>
      )}
      {post.status === 'expired' && (
        <Form ctx={ctx} action={`${postPath(post.id)}/plaatsen`} label={t('market.expired.publish')}>
          <Paragraph>{t('market.expired.notice')}</Paragraph>
          {pastDate && <Paragraph>{t('market.expired.newDate')}</Paragraph>}
          <SubmitButton>{t('market.expired.publish')}</SubmitButton>
        </Form>
      )}
      {editable && (
        <Paragraph>
          <Link href={`${postPath(post.id)}/bewerken`}>{t('market.edit.link')}</Link>
        </Paragraph>
      )}
      {['open', 'matched'].includes(post.status) && (
        <section aria-labelledby="afsluiten" class="samen-section">
          <h2 class="utrecht-heading-2" id="afsluiten">
            {t('market.close.title')}
          </h2>
          <Paragraph>{t(`market.close.intro.${post.kind}`)}</Paragraph>
          <Form ctx={ctx} action={`${postPath(post.id)}/afsluiten`} label={t('market.close.title')}>
            {post.kind === 'request' && post.status === 'open' && responses.length > 0 && (
              <SelectField
                name="helper"
                label={t('market.close.helper')}
                value={values.helper}
                errors={errors}
                options={[
                  { value: '', label: t('market.close.nobody') },
                  ...responses.map((r) => ({ value: r.id, label: r.responderFirstName })),
                ]}
              />
            )}
            <TextArea
              name="reason"
              label={t('market.close.reason')}
              hint={t(`market.close.reasonHint.${post.kind}`)}
              value={values.reason}
              errors={errors}
              rows={2}
            />
            <SubmitButton variant="secondary">{t('market.close.submit')}</SubmitButton>
          </Form>
        </section>
      )}
      {canTransition(post.status, 'withdrawn') && (
        <Form ctx={ctx} action={`${postPath(post.id)}/intrekken`} label={t('market.withdraw')}>
          <SubmitButton variant="secondary">{t('market.withdraw')}</SubmitButton>
        </Form>
      )}
    </>
  );
}

/** A post's page: for its owner the responses and what they can do, for others "Ik wil helpen". */
export function PostPage(props: {
  ctx: ViewContext;
  marketplace: Marketplace;
  post: Post;
  responses: Response[];
  isOwner: boolean;
  myResponse: Response | undefined;
  errors: FieldErrors;
  values: Record<string, FieldValue>;
}) {
  const { ctx, marketplace, post, responses, isOwner, myResponse, errors, values } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={post.title} hasErrors={Object.keys(errors).length > 0} theme={themeOf(marketplace)}>
      <Breadcrumbs ctx={ctx} trail={[{ href: marketplacePath(marketplace), label: marketplace.name }]} />
      <Heading1>{post.title}</Heading1>
      <p class="samen-meta">
        {t(`market.kind.${post.kind}`)} · {t(`category.${post.category}`)} · {t(`postStatus.${post.status}`)}
      </p>
      <Paragraph lead>{post.description}</Paragraph>
      <dl class="utrecht-data-list utrecht-data-list--rows">
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{t('market.when')}</dt>
          <dd class="utrecht-data-list__item-value">{whenText(ctx, post)}</dd>
        </div>
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{t('market.where')}</dt>
          <dd class="utrecht-data-list__item-value">
            {post.place} ({post.pc4})
          </dd>
        </div>
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{t('market.postedBy')}</dt>
          <dd class="utrecht-data-list__item-value">
            {postedBy(post)}
            {post.onBehalfOfFirstName
              ? ` ${t('market.onBehalfOf', {
                  name: publicPerson(post.onBehalfOfFirstName),
                  organisation: post.organisationName ?? '',
                })}`
              : ''}
          </dd>
        </div>
        {post.hoursPerWeek && (
          <div class="utrecht-data-list__item">
            <dt class="utrecht-data-list__item-key">{t('market.new.hours')}</dt>
            <dd class="utrecht-data-list__item-value">{post.hoursPerWeek}</dd>
          </div>
        )}
      </dl>
      <ErrorSummary ctx={ctx} errors={errors} />
      {isOwner && (post.status === 'in-review' || (post.status === 'open' && responses.length === 0)) && (
        <NextSteps ctx={ctx} post={post} marketplace={marketplace} />
      )}
      {isOwner ? (
        <section aria-labelledby="reacties" class="samen-section">
          <h2 class="utrecht-heading-2" id="reacties">
            {t('market.responses', { count: responses.length })}
          </h2>
          <ul class="samen-card-list">
            {responses.map((r) => (
              <li class="samen-card">
                <Link href={conversationPath(r.id)}>
                  {t('market.conversationWith', { name: r.responderFirstName })}
                </Link>
                <p class="samen-meta">
                  {formatDateTime(ctx.locale, r.createdAt)}
                  {r.status === 'accepted' ? ` · ${t('market.accepted')}` : ''}
                </p>
              </li>
            ))}
          </ul>
          <OwnerActions ctx={ctx} post={post} responses={responses} errors={errors} values={values} />
        </section>
      ) : post.status === 'open' ? (
        <section aria-labelledby="helpen" class="samen-section">
          <h2 class="utrecht-heading-2" id="helpen">
            {t(`market.respondTitle.${post.kind}`)}
          </h2>
          {ctx.actor.kind !== 'account' ? (
            <Paragraph>
              <Link href={`/inloggen?terug=${encodeURIComponent(postPath(post.id))}`}>
                {t('market.loginToRespond')}
              </Link>
            </Paragraph>
          ) : myResponse ? (
            <Paragraph>
              <Link href={conversationPath(myResponse.id)}>{t('market.toConversation')}</Link>
            </Paragraph>
          ) : (
            <Form ctx={ctx} action={`${postPath(post.id)}/reageren`} label={t(`market.respondTitle.${post.kind}`)}>
              <TextArea
                name="message"
                label={t('market.message')}
                hint={t('market.messageHint')}
                value={values.message}
                errors={errors}
                rows={4}
              />
              <SubmitButton>{t(`market.respondTitle.${post.kind}`)}</SubmitButton>
            </Form>
          )}
        </section>
      ) : (
        <Paragraph>{t('market.notOpen')}</Paragraph>
      )}
      <ReportPostForm ctx={ctx} post={post} errors={errors} values={values} />
    </Layout>
  );
}
