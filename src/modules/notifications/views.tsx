import { FREQUENCIES } from '../../core/notifications';
import type { FieldErrors } from '../../core/http/validation';
import { formatDateTime } from '../../core/i18n';
import {
  Alert,
  ChoiceGroup,
  ErrorSummary,
  Form,
  Heading1,
  Link,
  Pagination,
  Paragraph,
  SubmitButton,
} from '../../core/views/components';
import type { ViewContext } from '../../core/views/context';
import { Layout } from '../../core/views/layout';
import type { KindSetting } from './commands';

export interface ListedNotification {
  id: string;
  title: string;
  body: string;
  createdAt: string;
  read: boolean;
}

export function NotificationsPage(props: {
  ctx: ViewContext;
  items: ListedNotification[];
  unreadOnly: boolean;
  page: number;
  pageSize: number;
  total: number;
  baseUrl: URL;
}) {
  const { ctx, items, unreadOnly } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('notifications.title')}>
      <Heading1>{t('notifications.title')}</Heading1>
      <Paragraph lead>{t('notifications.intro')}</Paragraph>
      <ul class="samen-inline-list">
        <li>
          {unreadOnly ? (
            <Link href="/meldingen">{t('notifications.filter.all')}</Link>
          ) : (
            <Link href="/meldingen?ongelezen=ja">{t('notifications.filter.unread')}</Link>
          )}
        </li>
        <li>
          <Link href="/meldingen/instellingen">{t('notifications.settingsLink')}</Link>
        </li>
      </ul>
      {items.some((item) => !item.read) && (
        <Form ctx={ctx} action="/meldingen/alles-gelezen">
          <SubmitButton variant="secondary">{t('notifications.markAllRead')}</SubmitButton>
        </Form>
      )}
      {items.length === 0 ? (
        <Paragraph>{t(unreadOnly ? 'notifications.emptyUnread' : 'notifications.empty')}</Paragraph>
      ) : (
        <ol class="samen-notifications">
          {items.map((item) => (
            <li class={`samen-notification${item.read ? '' : ' samen-notification--unread'}`}>
              <p class="utrecht-paragraph samen-notification__title">
                {!item.read && <strong class="samen-badge">{t('notifications.unread')}</strong>}{' '}
                <a class="utrecht-link utrecht-link--html-a" href={`/meldingen/${item.id}`}>
                  {item.title}
                </a>
              </p>
              {item.body && <p class="utrecht-paragraph">{item.body}</p>}
              <p class="utrecht-paragraph samen-meta">
                <time datetime={item.createdAt}>{formatDateTime(ctx.locale, item.createdAt)}</time>
              </p>
              {!item.read && (
                <form method="post" action={`/meldingen/${item.id}/gelezen`} class="samen-inline-form">
                  <input type="hidden" name="_csrf" value={ctx.csrfToken} />
                  <button type="submit" class="utrecht-link-button utrecht-link-button--html-button">
                    {t('notifications.markRead')}
                    <span class="visually-hidden">: {item.title}</span>
                  </button>
                </form>
              )}
            </li>
          ))}
        </ol>
      )}
      <Pagination ctx={ctx} page={props.page} pageSize={props.pageSize} total={props.total} baseUrl={props.baseUrl} />
    </Layout>
  );
}

const HALVES = ['helpen', 'innoveren', 'opschalen'] as const;

export function SettingsPage(props: {
  ctx: ViewContext;
  allMail: boolean;
  kinds: KindSetting[];
  errors?: FieldErrors;
}) {
  const { ctx, kinds, allMail, errors = {} } = props;
  const { t } = ctx;
  const frequencies = FREQUENCIES.map((value) => ({ value, label: t(`notifications.frequency.${value}`) }));
  return (
    <Layout ctx={ctx} title={t('notifications.settings.title')} hasErrors={Object.keys(errors).length > 0}>
      <Heading1>{t('notifications.settings.title')}</Heading1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Paragraph lead>{t('notifications.settings.intro')}</Paragraph>
      <Form ctx={ctx} action="/meldingen/instellingen" label={t('notifications.settings.title')}>
        <ChoiceGroup
          name="alleMail"
          legend={t('notifications.settings.all')}
          kind="radio"
          value={allMail ? 'aan' : 'uit'}
          errors={errors}
          options={[
            { value: 'aan', label: t('notifications.settings.allOn') },
            { value: 'uit', label: t('notifications.settings.allOff') },
          ]}
        />
        {HALVES.map((half) => {
          const ofHalf = kinds.filter((kind) => kind.half === half);
          if (ofHalf.length === 0) return null;
          return (
            <section aria-labelledby={`helft-${half}`}>
              <h2 class="utrecht-heading-2" id={`helft-${half}`}>
                {t(`notifications.settings.half.${half}`)}
              </h2>
              {ofHalf.map((kind) => (
                <ChoiceGroup
                  name={`soort.${kind.kind}`}
                  legend={t(kind.labelKey)}
                  kind="radio"
                  value={kind.frequency}
                  errors={errors}
                  options={frequencies}
                />
              ))}
            </section>
          );
        })}
        <SubmitButton>{t('notifications.settings.save')}</SubmitButton>
      </Form>
    </Layout>
  );
}

export function UnsubscribePage(props: {
  ctx: ViewContext;
  state: 'ask' | 'done' | 'invalid' | 'expired';
  kindLabel: string | null;
  token: string;
}) {
  const { ctx, state, kindLabel, token } = props;
  const { t } = ctx;
  const which = kindLabel ? 'Kind' : 'All';
  return (
    <Layout ctx={ctx} title={t('notifications.unsubscribe.title')}>
      <Heading1>{t('notifications.unsubscribe.title')}</Heading1>
      {state === 'ask' && (
        <>
          <Paragraph>{t(`notifications.unsubscribe.ask${which}`, { kind: kindLabel ?? '' })}</Paragraph>
          <form method="post" action={`/afmelden/${token}`} class="samen-form">
            <input type="hidden" name="List-Unsubscribe" value="One-Click" />
            <SubmitButton>{t('notifications.unsubscribe.confirm')}</SubmitButton>
          </form>
        </>
      )}
      {state === 'done' && (
        <>
          <Alert type="ok">
            <Paragraph>{t(`notifications.unsubscribe.done${which}`, { kind: kindLabel ?? '' })}</Paragraph>
          </Alert>
          <Paragraph>{t('notifications.unsubscribe.changeLater')}</Paragraph>
        </>
      )}
      {(state === 'invalid' || state === 'expired') && (
        <Alert type="error">
          <Paragraph>{t(`notifications.unsubscribe.${state}`)}</Paragraph>
        </Alert>
      )}
      <Paragraph>
        <Link href="/meldingen/instellingen">{t('notifications.mail.settings')}</Link>
      </Paragraph>
    </Layout>
  );
}
