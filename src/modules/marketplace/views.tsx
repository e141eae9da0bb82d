import type { FieldErrors } from '../../core/http/validation';
import { formatDateTime, formatNumber } from '../../core/i18n';
import {
  Breadcrumbs,
  ChoiceGroup,
  ErrorSummary,
  type FieldValue,
  Form,
  Heading1,
  Link,
  Pagination,
  Paragraph,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from '../../core/views/components';
import type { ViewContext } from '../../core/views/context';
import { Layout } from '../../core/views/layout';
import type { Message, Post, Response } from './queries';
import type { Marketplace } from './marketplaces.queries';
import { ModerationLink, ReportConversationForm, ReportedConversationPage, ReportPostForm } from './moderation-views';
import { CATEGORIES, type PostKind, publicPerson, WHEN_KINDS } from './rules';
import type { PostHit } from './search';

export const KIND_PATHS: Record<PostKind, string> = {
  request: 'hulpvragen',
  offer: 'hulpaanbod',
  vacancy: 'vacatures',
};

export function themeOf(marketplace: Marketplace) {
  return {
    stylesheet: `/gemeenten/${marketplace.municipalitySlug}/marktplaats/thema.css`,
    className: `samen-theme-${marketplace.municipalityCode.toLowerCase()}`,
  };
}

/** The theme as NL Design System tokens on the tenant's class; served as a stylesheet (no inline styles under our CSP). */
export function themeCss(marketplace: Marketplace): string {
  const { className } = themeOf(marketplace);
  return `.${className} {
  --samen-brand: ${marketplace.brandColor};
  --samen-brand-text: ${marketplace.brandTextColor};
  --utrecht-button-primary-action-background-color: ${marketplace.brandColor};
  --utrecht-button-primary-action-color: ${marketplace.brandTextColor};
}
.${className} .samen-header { background: ${marketplace.brandColor}; color: ${marketplace.brandTextColor}; }
.${className} .samen-header a, .${className} .samen-header .utrecht-link-button { color: ${marketplace.brandTextColor}; }
`;
}

function whenText(ctx: ViewContext, post: Post): string {
  if (post.whenKind === 'once' && post.whenDate)
    return new Intl.DateTimeFormat(ctx.locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'full' }).format(
      new Date(post.whenDate),
    );
  return post.whenText ?? ctx.t(`when.${post.whenKind}`);
}

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
        <Link href={`/hulp/${post.id}`}>{post.title}</Link>
      </h3>
      <p class="samen-meta">
        {t(`category.${post.category}`)} · {whenText(ctx, post)} · {post.place} ({post.pc4}){distance}
      </p>
      <p class="samen-meta">
        {post.kind === 'vacancy' && post.organisationName ? post.organisationName : publicPerson(post.authorFirstName)}{' '}
        · {t(`postStatus.${post.status}`)}
        {home && post.municipalityCode !== home ? ` · ${post.marketplaceName}` : ''}
      </p>
    </li>
  );
}

export interface SearchValues {
  zoek?: string | undefined;
  categorie?: string | undefined;
  postcode?: string | undefined;
  afstand?: string | undefined;
  sorteer?: string | undefined;
  pagina: number;
}

export function MarketplacePage(props: {
  ctx: ViewContext;
  marketplace: Marketplace;
  kind: PostKind;
  values: SearchValues;
  errors: FieldErrors;
  items: PostHit[];
  total: number;
  fuzzy: boolean;
  url: URL;
  neighbours: { name: string; municipalitySlug: string }[];
}) {
  const { ctx, marketplace, kind, values, errors, items, total, fuzzy, url, neighbours } = props;
  const { t } = ctx;
  const base = `/gemeenten/${marketplace.municipalitySlug}/marktplaats`;
  const categories = CATEGORIES.filter((c) => !marketplace.disabledCategories.includes(c));
  return (
    <Layout
      ctx={ctx}
      title={`${marketplace.name}: ${t(`market.kinds.${kind}`)}`}
      hasErrors={Object.keys(errors).length > 0}
      theme={themeOf(marketplace)}
    >
      <div class="samen-marketplace-title">
        {/* decorative: the name is right beside it */}
        {marketplace.hasLogo && (
          <img src={`/gemeenten/${marketplace.municipalitySlug}/marktplaats/logo`} alt="" height="56" />
        )}
        <Heading1>{marketplace.name}</Heading1>
      </div>
      <Paragraph lead>
        {t('market.intro', { name: marketplace.municipalityName, operator: marketplace.operatorName })}
      </Paragraph>
      {marketplace.status === 'paused' && <Paragraph>{t('market.paused')}</Paragraph>}
      <div class="samen-button-row">
        {marketplace.status === 'live' && (
          <>
            <a
              class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
              href={`${base}/nieuw?soort=request`}
            >
              {t('market.askHelp')}
            </a>
            <a
              class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
              href={`${base}/nieuw?soort=offer`}
            >
              {t('market.offerHelp')}
            </a>
          </>
        )}
        <Link href="/mijn-samen">{t('market.mySamen')}</Link>
        <ModerationLink ctx={ctx} marketplace={marketplace} />
      </div>
      <nav aria-label={t('market.kindsLabel')} class="samen-tabs">
        <ul class="samen-nav__list">
          {(['request', 'offer', 'vacancy'] as const).map((k) => (
            <li>
              <a
                class="utrecht-link utrecht-link--html-a"
                href={`${base}${k === 'request' ? '' : `/${KIND_PATHS[k]}`}`}
                aria-current={k === kind ? 'page' : undefined}
              >
                {t(`market.kinds.${k}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="get" action={url.pathname} role="search" class="samen-form samen-filter" novalidate>
        <TextField
          name="zoek"
          type="search"
          label={t('market.searchLabel')}
          value={values.zoek}
          errors={errors}
          width="medium"
        />
        <SelectField
          name="categorie"
          label={t('market.category')}
          value={values.categorie ?? ''}
          options={[
            { value: '', label: t('market.allCategories') },
            ...categories.map((c) => ({ value: c, label: t(`category.${c}`) })),
          ]}
        />
        <TextField
          name="postcode"
          label={t('market.near')}
          hint={t('market.nearHint')}
          value={values.postcode}
          errors={errors}
          width="short"
          maxlength={7}
        />
        <SelectField
          name="afstand"
          label={t('market.radius')}
          value={values.afstand ?? '5'}
          options={['2', '5', '10', '25'].map((km) => ({ value: km, label: `${km} km` }))}
        />
        <SelectField
          name="sorteer"
          label={t('market.sort')}
          value={values.sorteer ?? 'relevance'}
          options={['relevance', 'distance', 'date'].map((s) => ({ value: s, label: t(`market.sortBy.${s}`) }))}
        />
        <SubmitButton variant="secondary">{t('municipalities.searchButton')}</SubmitButton>
      </form>
      <h2 class="utrecht-heading-2" id="resultaten">
        {t(`market.kinds.${kind}`)}
      </h2>
      <p class="utrecht-paragraph" role="status">
        {fuzzy ? t('market.fuzzy', { count: total }) : t('market.count', { count: total })}
      </p>
      {neighbours.length > 0 ? (
        <p class="utrecht-paragraph">
          {t('market.withNeighbours')}{' '}
          {neighbours.map((n, index) => (
            <>
              {index > 0 ? ', ' : ''}
              <Link href={`/gemeenten/${n.municipalitySlug}/marktplaats`}>{n.name}</Link>
            </>
          ))}
          .
        </p>
      ) : null}
      <ul class="samen-card-list">
        {items.map((post) => (
          <PostCard ctx={ctx} post={post} home={marketplace.municipalityCode} />
        ))}
      </ul>
      <Pagination ctx={ctx} page={values.pagina} pageSize={20} total={total} baseUrl={url} />
    </Layout>
  );
}

/** The step-by-step form for a new post, or — with `edit` — for changing one (the place stays). */
export function PostFormPage(props: {
  ctx: ViewContext;
  marketplace: Marketplace;
  kind: PostKind;
  values: Record<string, FieldValue>;
  errors: FieldErrors;
  organisations: { value: string; label: string }[];
  edit?: Post;
}) {
  const { ctx, marketplace, kind, values, errors, organisations, edit } = props;
  const { t } = ctx;
  const categories = CATEGORIES.filter((c) => !marketplace.disabledCategories.includes(c));
  return (
    <Layout
      ctx={ctx}
      title={edit ? t('market.edit.title') : t(`market.new.${kind}`)}
      hasErrors={Object.keys(errors).length > 0}
      theme={themeOf(marketplace)}
    >
      <Heading1>{edit ? t('market.edit.title') : t(`market.new.${kind}`)}</Heading1>
      <Paragraph lead>{edit ? t('market.edit.intro') : t('market.new.intro', { name: marketplace.name })}</Paragraph>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Form
        ctx={ctx}
        action={
          edit
            ? `/hulp/${edit.id}/bewerken`
            : `/gemeenten/${marketplace.municipalitySlug}/marktplaats/nieuw?soort=${kind}`
        }
        label={edit ? t('market.edit.title') : t(`market.new.${kind}`)}
      >
        <h2 class="utrecht-heading-2">{t('market.new.step1')}</h2>
        <TextField
          name="title"
          label={t('market.new.title')}
          hint={t(`market.new.titleHint.${kind}`)}
          value={values.title}
          errors={errors}
          maxlength={120}
        />
        <TextArea
          name="description"
          label={t('market.new.description')}
          hint={t('market.new.descriptionHint')}
          value={values.description}
          errors={errors}
          rows={5}
        />
        <SelectField
          name="category"
          label={t('market.category')}
          value={values.category}
          errors={errors}
          options={[
            { value: '', label: t('market.new.chooseCategory') },
            ...categories.map((c) => ({ value: c, label: t(`category.${c}`) })),
          ]}
        />
        <h2 class="utrecht-heading-2">{t('market.new.step2')}</h2>
        <ChoiceGroup
          kind="radio"
          name="whenKind"
          legend={t('market.new.when')}
          options={WHEN_KINDS.map((w) => ({ value: w, label: t(`when.${w}`) }))}
          value={values.whenKind ?? 'flexible'}
          errors={errors}
        />
        <TextField
          name="whenDate"
          label={t('market.new.date')}
          hint={t('experiment.dateHint')}
          value={values.whenDate}
          errors={errors}
          width="short"
        />
        <TextField
          name="whenText"
          label={t('market.new.whenText')}
          hint={t('market.new.whenTextHint')}
          value={values.whenText}
          errors={errors}
          width="medium"
        />
        {kind === 'vacancy' && (
          <TextField
            name="hoursPerWeek"
            label={t('market.new.hours')}
            value={values.hoursPerWeek}
            errors={errors}
            width="short"
            inputmode="numeric"
          />
        )}
        {edit ? (
          <SubmitButton>{t('market.edit.submit')}</SubmitButton>
        ) : (
          <>
            <h2 class="utrecht-heading-2">{t('market.new.step3')}</h2>
            <TextField
              name="postcode"
              label={t('register.postcode').replace(' (niet verplicht)', '')}
              hint={t('market.new.postcodeHint')}
              value={values.postcode}
              errors={errors}
              width="short"
              maxlength={7}
              autocomplete="postal-code"
            />
            {(kind === 'vacancy' || organisations.length > 0) && (
              <>
                {kind === 'request' && (
                  <TextField
                    name="clientFirstName"
                    label={t('market.new.client')}
                    hint={t('market.new.clientHint')}
                    value={values.clientFirstName}
                    errors={errors}
                    width="medium"
                  />
                )}
                <SelectField
                  name="organisation"
                  label={t('initiativeForm.organisation')}
                  value={values.organisation}
                  errors={errors}
                  options={[
                    ...(kind === 'vacancy' ? [] : [{ value: '', label: t('market.new.asMyself') }]),
                    ...organisations,
                  ]}
                />
              </>
            )}
            <div class="samen-button-row">
              <SubmitButton>{t('market.new.submit')}</SubmitButton>
              <SubmitButton variant="secondary" name="concept" value="1">
                {t('market.new.saveConcept')}
              </SubmitButton>
            </div>
          </>
        )}
      </Form>
    </Layout>
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
  const editable = ['concept', 'in-review', 'open'].includes(post.status);
  return (
    <>
      {post.status === 'concept' && (
        <Form ctx={ctx} action={`/hulp/${post.id}/plaatsen`} label={t('market.concept.publish')}>
          <Paragraph>{t('market.concept.notice')}</Paragraph>
          <SubmitButton>{t('market.concept.publish')}</SubmitButton>
        </Form>
      )}
      {post.status === 'expired' && (
        <Form ctx={ctx} action={`/hulp/${post.id}/plaatsen`} label={t('market.expired.publish')}>
          <Paragraph>{t('market.expired.notice')}</Paragraph>
          <SubmitButton>{t('market.expired.publish')}</SubmitButton>
        </Form>
      )}
      {post.status === 'in-review' && <Paragraph>{t('market.inReview.notice')}</Paragraph>}
      {editable && (
        <Paragraph>
          <Link href={`/hulp/${post.id}/bewerken`}>{t('market.edit.link')}</Link>
        </Paragraph>
      )}
      {['open', 'matched'].includes(post.status) && (
        <section aria-labelledby="afsluiten" class="samen-section">
          <h2 class="utrecht-heading-2" id="afsluiten">
            {t('market.close.title')}
          </h2>
          <Paragraph>{t('market.close.intro')}</Paragraph>
          <Form ctx={ctx} action={`/hulp/${post.id}/afsluiten`} label={t('market.close.title')}>
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
              hint={t('market.close.reasonHint')}
              value={values.reason}
              errors={errors}
              rows={2}
            />
            <SubmitButton variant="secondary">{t('market.close.submit')}</SubmitButton>
          </Form>
        </section>
      )}
      {editable && (
        <Form ctx={ctx} action={`/hulp/${post.id}/intrekken`} label={t('market.withdraw')}>
          <SubmitButton variant="secondary">{t('market.withdraw')}</SubmitButton>
        </Form>
      )}
    </>
  );
}

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
      <Breadcrumbs
        ctx={ctx}
        trail={[{ href: `/gemeenten/${marketplace.municipalitySlug}/marktplaats`, label: marketplace.name }]}
      />
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
            {post.kind === 'vacancy' && post.organisationName
              ? post.organisationName
              : publicPerson(post.authorFirstName)}
            {post.onBehalfOfFirstName
              ? ` ${t('market.onBehalfOf', { name: publicPerson(post.onBehalfOfFirstName), organisation: post.organisationName ?? '' })}`
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
      {isOwner ? (
        <section aria-labelledby="reacties" class="samen-section">
          <h2 class="utrecht-heading-2" id="reacties">
            {t('market.responses', { count: responses.length })}
          </h2>
          <ul class="samen-card-list">
            {responses.map((r) => (
              <li class="samen-card">
                <Link href={`/gesprekken/${r.id}`}>{t('market.conversationWith', { name: r.responderFirstName })}</Link>
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
              <Link href={`/inloggen?terug=${encodeURIComponent(`/hulp/${post.id}`)}`}>
                {t('market.loginToRespond')}
              </Link>
            </Paragraph>
          ) : myResponse ? (
            <Paragraph>
              <Link href={`/gesprekken/${myResponse.id}`}>{t('market.toConversation')}</Link>
            </Paragraph>
          ) : (
            <Form ctx={ctx} action={`/hulp/${post.id}/reageren`} label={t(`market.respondTitle.${post.kind}`)}>
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

export function ConversationPage(props: {
  ctx: ViewContext;
  marketplace?: Marketplace | undefined;
  post: Post;
  response: Response;
  messages: Message[];
  canAccept: boolean;
  errors: FieldErrors;
  values: Record<string, FieldValue>;
}) {
  const { ctx, marketplace, post, response, messages, canAccept, errors, values } = props;
  const { t } = ctx;
  const me = ctx.actor.kind === 'account' ? ctx.actor.accountId : null;
  const other = me === response.responderAccountId ? publicPerson(post.authorFirstName) : response.responderFirstName;
  if (me !== response.responderAccountId && me !== response.posterAccountId)
    return (
      <ReportedConversationPage
        ctx={ctx}
        marketplace={marketplace}
        post={post}
        response={response}
        messages={messages}
      />
    );
  return (
    <Layout
      ctx={ctx}
      title={t('market.conversationWith', { name: other })}
      hasErrors={Object.keys(errors).length > 0}
      theme={marketplace && themeOf(marketplace)}
    >
      <Heading1>{t('market.conversationWith', { name: other })}</Heading1>
      <Paragraph>
        {t('market.about')} <Link href={`/hulp/${post.id}`}>{post.title}</Link> · {t(`postStatus.${post.status}`)}
      </Paragraph>
      <ol class="samen-messages" aria-label={t('market.messages')}>
        {messages.map((m) => (
          <li class={`samen-message${m.senderAccountId === me ? ' samen-message--mine' : ''}`}>
            <p class="samen-meta">
              {m.senderFirstName} · {formatDateTime(ctx.locale, m.createdAt)}
            </p>
            <p class="utrecht-paragraph">{m.body}</p>
          </li>
        ))}
      </ol>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Form ctx={ctx} action={`/gesprekken/${response.id}`} label={t('market.send')}>
        <TextArea
          name="body"
          label={t('market.yourMessage')}
          hint={t('market.messageHint')}
          value={values.body}
          errors={errors}
          rows={3}
        />
        <SubmitButton>{t('market.send')}</SubmitButton>
      </Form>
      {canAccept && (
        <Form ctx={ctx} action={`/gesprekken/${response.id}/accepteren`} label={t('market.accept', { name: other })}>
          <Paragraph>{t('market.acceptExplain', { name: other })}</Paragraph>
          <SubmitButton variant="secondary">{t('market.accept', { name: other })}</SubmitButton>
        </Form>
      )}
      <ReportConversationForm ctx={ctx} response={response} errors={errors} values={values} />
    </Layout>
  );
}

export function MySamenPage(props: {
  ctx: ViewContext;
  posts: Post[];
  conversations: (Response & { postTitle: string; unread: number })[];
}) {
  const { ctx, posts, conversations } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('market.mySamen')}>
      <Heading1>{t('market.mySamen')}</Heading1>
      <section aria-labelledby="mijn-plaatsingen" class="samen-section">
        <h2 class="utrecht-heading-2" id="mijn-plaatsingen">
          {t('market.myPosts')}
        </h2>
        {posts.length === 0 ? (
          <Paragraph>{t('market.noPosts')}</Paragraph>
        ) : (
          <ul class="samen-card-list">
            {posts.map((post) => (
              <PostCard ctx={ctx} post={post} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="mijn-gesprekken" class="samen-section">
        <h2 class="utrecht-heading-2" id="mijn-gesprekken">
          {t('market.myConversations')}
        </h2>
        {conversations.length === 0 ? (
          <Paragraph>{t('market.noConversations')}</Paragraph>
        ) : (
          <ul class="samen-card-list">
            {conversations.map((c) => (
              <li class="samen-card">
                <Link href={`/gesprekken/${c.id}`}>{c.postTitle}</Link>
                <p class="samen-meta">
                  {c.unread > 0 ? t('market.unread', { count: c.unread }) : t('market.allRead')}
                  {c.status === 'accepted' ? ` · ${t('market.accepted')}` : ''}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}

export function FollowUpPage({
  ctx,
  token,
  answer,
  done,
}: {
  ctx: ViewContext;
  token: string;
  answer: 'ja' | 'nee' | undefined;
  done: boolean;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('followUp.title')}>
      <Heading1>{t('followUp.title')}</Heading1>
      {done ? (
        <Paragraph lead>{answer === 'ja' ? t('followUp.thanksYes') : t('followUp.thanksNo')}</Paragraph>
      ) : answer ? (
        <Form ctx={ctx} action="/hulp-gevonden" label={t('followUp.title')}>
          <input type="hidden" name="token" value={token} />
          <Paragraph lead>{answer === 'ja' ? t('followUp.confirmYes') : t('followUp.confirmNo')}</Paragraph>
          <SubmitButton>{t('followUp.submit')}</SubmitButton>
        </Form>
      ) : (
        <Paragraph lead>{t('problem.linkInvalid.detail')}</Paragraph>
      )}
      <Paragraph>
        <Link href="/mijn-samen">{t('market.mySamen')}</Link>
      </Paragraph>
    </Layout>
  );
}
