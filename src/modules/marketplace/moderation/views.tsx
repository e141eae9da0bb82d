import { can } from '../../../core/authz';
import { formatDateTime } from '../../../core/i18n';
import {
  Breadcrumbs,
  ErrorSummary,
  Form,
  Heading1,
  Link,
  Paragraph,
  SubmitButton,
} from '../../../core/views/components';
import type { ViewContext } from '../../../core/views/context';
import { Layout } from '../../../core/views/layout';
import type { Message, Response } from '../conversations/queries';
import { conversationPath, marketplacePath, moderationPath, postPath, settingsPath } from '../paths';
import type { Post } from '../posts/queries';
import { isPublic, publicPerson } from '../rules';
import type { Marketplace } from '../settings/queries';
import { themeOf } from '../settings/theme';
import type { Block } from './block-queries';
import { BlocksSection } from './people-views';
import type { ModerationItem, ReportedConversation } from './queries';
import { ModerationCard, type ModerationForm } from './queue-card';

export type { ModerationForm };

/** The link to the beheer page, on the marketplace page: only for the beheerders of this marketplace. */
export function ModerationLink({ ctx, marketplace }: { ctx: ViewContext; marketplace: Marketplace }) {
  if (!can(ctx.actor, 'marketplace.manage', { operatorOrganisationId: marketplace.operatorOrganisationId }))
    return null;
  return <Link href={moderationPath(marketplace)}>{ctx.t('moderation.link')}</Link>;
}

/**
 * The beheer page of one marketplace: its moderation queue and its reported conversations, with
 * personal data.
 */
export function ModerationPage(props: {
  ctx: ViewContext;
  marketplace: Marketplace;
  items: ModerationItem[];
  conversations: ReportedConversation[];
  blocks: Block[];
  form?: ModerationForm | undefined;
}) {
  const { ctx, marketplace, items, conversations, blocks, form } = props;
  const { t } = ctx;
  // The summary links to the field of the one form that was sent: its id carries the post's id.
  const summary = form
    ? Object.fromEntries(
        Object.entries(form.errors).map(([field, message]) => [
          field === 'reason' ? `reason-${form.postId}` : field,
          message,
        ]),
      )
    : {};
  return (
    <Layout
      ctx={ctx}
      title={t('moderation.title', { name: marketplace.name })}
      hasErrors={Object.keys(summary).length > 0}
      theme={themeOf(marketplace)}
    >
      <Breadcrumbs ctx={ctx} trail={[{ href: marketplacePath(marketplace), label: marketplace.name }]} />
      <Heading1>{t('moderation.title', { name: marketplace.name })}</Heading1>
      <Paragraph lead>{t('moderation.intro')}</Paragraph>
      <ul class="utrecht-unordered-list">
        <li class="utrecht-unordered-list__item">
          <Link href={settingsPath(marketplace)}>{t('settings.link')}</Link>
        </li>
        <li class="utrecht-unordered-list__item">
          <Link href={`${moderationPath(marketplace)}/logboek`}>{t('moderation.log.link')}</Link>
        </li>
      </ul>
      <Paragraph>{t('moderation.privacy')}</Paragraph>
      <ErrorSummary ctx={ctx} errors={summary} />
      <section aria-labelledby="te-beoordelen" class="samen-section">
        <h2 class="utrecht-heading-2" id="te-beoordelen">
          {t('moderation.postsTitle', { count: items.length })}
        </h2>
        {items.length === 0 ? (
          <Paragraph>{t('moderation.noPosts')}</Paragraph>
        ) : (
          <ul class="samen-card-list">
            {items.map((item) => (
              <ModerationCard ctx={ctx} marketplace={marketplace} item={item} form={form} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="gemelde-gesprekken" class="samen-section">
        <h2 class="utrecht-heading-2" id="gemelde-gesprekken">
          {t('moderation.conversationsTitle', { count: conversations.length })}
        </h2>
        {conversations.length === 0 ? (
          <Paragraph>{t('moderation.noConversations')}</Paragraph>
        ) : (
          <ul class="samen-card-list">
            {conversations.map((c) => (
              <li class="samen-card">
                <Link href={conversationPath(c.responseId)}>
                  {t('moderation.conversationLink', {
                    poster: publicPerson(c.posterFirstName),
                    responder: c.responderFirstName,
                    title: c.postTitle,
                  })}
                </Link>
                <p class="samen-meta">
                  {t('moderation.reportedAt', { date: formatDateTime(ctx.locale, c.reportedAt) })}
                </p>
                {c.reason && <Paragraph>{t('moderation.reportReason', { reason: c.reason })}</Paragraph>}
                <PartyLinks ctx={ctx} marketplace={marketplace} conversation={c} />
                <Form
                  ctx={ctx}
                  action={`${moderationPath(marketplace)}/gesprekken/${c.responseId}/afgehandeld`}
                  label={t('moderation.resolve')}
                >
                  <SubmitButton variant="secondary">{t('moderation.resolve')}</SubmitButton>
                </Form>
              </li>
            ))}
          </ul>
        )}
      </section>
      <BlocksSection ctx={ctx} marketplace={marketplace} blocks={blocks} />
    </Layout>
  );
}

/** Links to warn or block either party of a reported conversation. */
function PartyLinks(props: { ctx: ViewContext; marketplace: Marketplace; conversation: ReportedConversation }) {
  const { ctx, marketplace, conversation: c } = props;
  const parties = [
    { id: c.posterAccountId, name: publicPerson(c.posterFirstName) },
    { id: c.responderAccountId, name: c.responderFirstName },
  ].filter((party): party is { id: string; name: string } => party.id !== null);
  return (
    <ul class="utrecht-unordered-list">
      {parties.map((party) => (
        <li class="utrecht-unordered-list__item">
          <Link href={`${moderationPath(marketplace)}/personen/${party.id}`}>
            {ctx.t('moderation.person.link', { name: party.name })}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * A reported conversation as its marketplace's beheerder reads it: both parties named, no form to
 * write in it.
 */
export function ReportedConversationPage({
  ctx,
  marketplace,
  post,
  response,
  messages,
}: {
  ctx: ViewContext;
  marketplace?: Marketplace | undefined;
  post: Post;
  response: Response;
  messages: Message[];
}) {
  const { t } = ctx;
  const names = { poster: publicPerson(post.authorFirstName), responder: response.responderFirstName };
  return (
    <Layout ctx={ctx} title={t('moderation.conversationTitle', names)} theme={marketplace && themeOf(marketplace)}>
      <Heading1>{t('moderation.conversationTitle', names)}</Heading1>
      <Paragraph lead>{t('moderation.readAsBeheerder')}</Paragraph>
      <Paragraph>
        {t('market.about')} {isPublic(post) ? <Link href={postPath(post.id)}>{post.title}</Link> : post.title} ·{' '}
        {t(`postStatus.${post.status}`)}
        {response.reportedAt &&
          ` · ${t('moderation.reportedAt', { date: formatDateTime(ctx.locale, response.reportedAt) })}`}
      </Paragraph>
      <ol class="samen-messages" aria-label={t('market.messages')}>
        {messages.map((m) => (
          <li class="samen-message">
            <p class="samen-meta">
              {m.senderFirstName} · {formatDateTime(ctx.locale, m.createdAt)}
            </p>
            <p class="utrecht-paragraph">{m.body}</p>
          </li>
        ))}
      </ol>
      {marketplace && (
        <Paragraph>
          <Link href={moderationPath(marketplace)}>{t('moderation.backToQueue')}</Link>
        </Paragraph>
      )}
    </Layout>
  );
}
