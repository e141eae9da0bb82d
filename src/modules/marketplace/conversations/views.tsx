import type { FieldErrors } from '../../../core/http/validation';
import { formatDateTime } from '../../../core/i18n';
import {
  ErrorSummary,
  type FieldValue,
  Form,
  Heading1,
  Link,
  Paragraph,
  SubmitButton,
  TextArea,
} from '../../../core/views/components';
import type { ViewContext } from '../../../core/views/context';
import { Layout } from '../../../core/views/layout';
import { ReportConversationForm } from '../moderation/report-forms';
import { ReportedConversationPage } from '../moderation/views';
import { conversationPath, postPath } from '../paths';
import type { Post } from '../posts/queries';
import { PostCard } from '../posts/views';
import { publicPerson } from '../rules';
import type { Marketplace } from '../settings/queries';
import { themeOf } from '../settings/theme';
import type { ConversationListItem, Message, Response } from './queries';

/**
 * A conversation as one of its two parties sees it: the messages, a form to write, "Ja, … helpt
 * mij" for the poster of an open request. A beheerder reading a reported one gets it read-only.
 */
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
  // Who gives the help: whoever responded, except to an offer of help, where the poster does.
  const helps = me === (post.kind === 'offer' ? response.posterAccountId : response.responderAccountId);
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
        {t('market.about')} <Link href={postPath(post.id)}>{post.title}</Link> · {t(`postStatus.${post.status}`)}
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
      <Form ctx={ctx} action={conversationPath(response.id)} label={t('market.send')}>
        <TextArea
          name="body"
          label={t('market.yourMessage')}
          hint={t(helps ? 'market.messageHint' : 'market.conversationHint')}
          value={values.body}
          errors={errors}
          rows={3}
        />
        <SubmitButton>{t('market.send')}</SubmitButton>
      </Form>
      {canAccept && (
        <Form
          ctx={ctx}
          action={`${conversationPath(response.id)}/accepteren`}
          label={t('market.accept', { name: other })}
        >
          <Paragraph>{t('market.acceptExplain', { name: other })}</Paragraph>
          <SubmitButton variant="secondary">{t('market.accept', { name: other })}</SubmitButton>
        </Form>
      )}
      <ReportConversationForm ctx={ctx} response={response} errors={errors} values={values} />
    </Layout>
  );
}

/** Mijn Samen: a person's own posts and conversations. */
export function MySamenPage(props: { ctx: ViewContext; posts: Post[]; conversations: ConversationListItem[] }) {
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
                <Link href={conversationPath(c.id)}>{c.postTitle}</Link>
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

/** The page of the follow-up mail's links: confirm the answer with one more click, then thanks. */
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
