import type { FieldErrors } from '../../../core/http/validation';
import { formatDateTime } from '../../../core/i18n';
import {
  Breadcrumbs,
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
} from '../../../core/views/components';
import type { ViewContext } from '../../../core/views/context';
import { Layout } from '../../../core/views/layout';
import type { Initiative } from '../initiatives/queries';
import { Section } from '../parts';
import { conversationPath, otherParty } from './commands';
import type { ConversationListItem, InitiativeConversation, InitiativeMessage } from './queries';

export const CONVERSATIONS_PATH = '/innovatie/gesprekken';
export const contactPath = (initiativeId: string) => `/innovatie/${initiativeId}/contact`;

const meOf = (ctx: ViewContext) => (ctx.actor.kind === 'account' ? ctx.actor.accountId : '');
const named = (ctx: ViewContext, party: { firstName: string; organisation: string | null }) =>
  party.organisation
    ? ctx.t('contact.withOrganisation', { name: party.firstName, organisation: party.organisation })
    : party.firstName;

/**
 * "Neem contact op" on an initiative's page: a way to write to its contact person through Samen
 * (or to the conversation already begun), without any e-mail address.
 */
export function ContactSection(props: {
  ctx: ViewContext;
  initiative: Initiative;
  conversationId?: string | undefined;
}) {
  const { ctx, initiative, conversationId } = props;
  const { t } = ctx;
  const name = initiative.contactFirstName ?? '';
  const actor = ctx.actor;
  const body = !initiative.contactAccountId ? (
    <Paragraph>{t('contact.noContact')}</Paragraph>
  ) : actor.kind !== 'account' ? (
    <Paragraph>
      <Link href={`/inloggen?terug=${encodeURIComponent(contactPath(initiative.id))}`}>{t('contact.login')}</Link>
    </Paragraph>
  ) : actor.accountId === initiative.contactAccountId ? (
    <Paragraph>
      {t('contact.ownInitiative')} <Link href={CONVERSATIONS_PATH}>{t('contact.conversationsTitle')}</Link>
    </Paragraph>
  ) : conversationId ? (
    <Paragraph>
      <Link href={conversationPath(conversationId)}>{t('contact.toConversation', { name })}</Link>
    </Paragraph>
  ) : actor.memberships.length === 0 ? (
    <Paragraph>{t('contact.needsOrganisation')}</Paragraph>
  ) : (
    <>
      <Paragraph>{t('contact.sectionIntro', { name })}</Paragraph>
      <Paragraph>
        <Link href={contactPath(initiative.id)}>{t('contact.link', { name })}</Link>
      </Paragraph>
    </>
  );
  return (
    <Section id="contact" title={t('contact.title')}>
      {body}
    </Section>
  );
}

/** The form that writes the first message to an initiative's contact person. */
export function ContactPage(props: {
  ctx: ViewContext;
  initiative: Initiative;
  values: Record<string, FieldValue>;
  errors: FieldErrors;
}) {
  const { ctx, initiative, values, errors } = props;
  const { t } = ctx;
  const memberships = ctx.actor.kind === 'account' ? ctx.actor.memberships : [];
  const name = initiative.contactFirstName ?? '';
  return (
    <Layout
      ctx={ctx}
      title={t('contact.pageTitle', { title: initiative.title })}
      hasErrors={Object.keys(errors).length > 0}
    >
      <Breadcrumbs
        ctx={ctx}
        trail={[
          { href: '/innovatie', label: t('innovation.title') },
          { href: `/innovatie/${initiative.id}`, label: initiative.title },
        ]}
      />
      <Heading1>{t('contact.pageTitle', { title: initiative.title })}</Heading1>
      <Paragraph lead>{t('contact.intro', { name })}</Paragraph>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Form ctx={ctx} action={contactPath(initiative.id)} label={t('contact.title')}>
        {memberships.length > 1 && (
          <SelectField
            name="organisation"
            label={t('contact.organisation')}
            value={values.organisation}
            errors={errors}
            options={memberships.map((m) => ({ value: m.organisationId, label: m.organisationName }))}
          />
        )}
        <TextArea
          name="message"
          label={t('contact.message')}
          hint={t('contact.messageHint')}
          value={values.message}
          errors={errors}
          rows={6}
        />
        <SubmitButton>{t('contact.submit')}</SubmitButton>
      </Form>
    </Layout>
  );
}

/** A person's conversations about initiatives. */
export function ConversationsPage(props: {
  ctx: ViewContext;
  items: ConversationListItem[];
  total: number;
  page: number;
  pageSize: number;
  url: URL;
}) {
  const { ctx, items, total, page, pageSize, url } = props;
  const { t } = ctx;
  const me = meOf(ctx);
  return (
    <Layout ctx={ctx} title={t('contact.conversationsTitle')}>
      <Heading1>{t('contact.conversationsTitle')}</Heading1>
      <Paragraph lead>{t('contact.conversationsIntro')}</Paragraph>
      {items.length === 0 ? (
        <Paragraph>{t('contact.noConversations')}</Paragraph>
      ) : (
        <ul class="samen-card-list">
          {items.map((item) => (
            <li class="samen-card">
              <Link href={conversationPath(item.id)}>{named(ctx, otherParty(item, me))}</Link>
              <p class="samen-meta">
                {item.initiativeTitle} · {formatDateTime(ctx.locale, item.lastMessageAt)} ·{' '}
                {item.unread > 0 ? t('contact.unread', { count: item.unread }) : t('contact.allRead')}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination ctx={ctx} page={page} pageSize={pageSize} total={total} baseUrl={url} />
    </Layout>
  );
}

/** One conversation, as one of its two parties sees it: the messages and a form to answer. */
export function ConversationPage(props: {
  ctx: ViewContext;
  conversation: InitiativeConversation;
  messages: InitiativeMessage[];
  values: Record<string, FieldValue>;
  errors: FieldErrors;
}) {
  const { ctx, conversation, messages, values, errors } = props;
  const { t } = ctx;
  const me = meOf(ctx);
  const other = otherParty(conversation, me);
  const title = t('contact.conversationTitle', { name: named(ctx, other) });
  return (
    <Layout ctx={ctx} title={title} hasErrors={Object.keys(errors).length > 0}>
      <Breadcrumbs ctx={ctx} trail={[{ href: CONVERSATIONS_PATH, label: t('contact.conversationsTitle') }]} />
      <Heading1>{title}</Heading1>
      <Paragraph>
        {t('contact.about')}{' '}
        <Link href={`/innovatie/${conversation.initiativeId}`}>{conversation.initiativeTitle}</Link>
      </Paragraph>
      <Paragraph>{t('contact.private', { name: other.firstName })}</Paragraph>
      <ol class="samen-messages" aria-label={t('contact.messages')}>
        {messages.map((m) => (
          <li class={`samen-message${m.senderAccountId === me ? ' samen-message--mine' : ''}`}>
            <p class="samen-meta">
              {m.senderAccountId === me ? t('contact.me') : m.senderFirstName} ·{' '}
              {formatDateTime(ctx.locale, m.createdAt)}
            </p>
            <p class="utrecht-paragraph">{m.body}</p>
          </li>
        ))}
      </ol>
      <ErrorSummary ctx={ctx} errors={errors} />
      {other.accountId ? (
        <Form ctx={ctx} action={conversationPath(conversation.id)} label={t('contact.send')}>
          <TextArea name="body" label={t('contact.reply')} value={values.body} errors={errors} rows={4} />
          <SubmitButton>{t('contact.send')}</SubmitButton>
        </Form>
      ) : (
        <Paragraph>{t('contact.gone')}</Paragraph>
      )}
    </Layout>
  );
}
