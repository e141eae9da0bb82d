import type { Context, Hono } from 'hono';
import type { AppEnv } from '../../core/http/env';
import { forAccount, readForm } from '../../core/http/forms';
import { setFlash } from '../../core/http/flash';
import { safeRedirectPath } from '../../core/http/redirect';
import { FREQUENCIES, type Frequency, notificationKind } from '../../core/notifications';
import { isId } from '../../core/vocabulary';
import { viewContext } from '../../core/views/context';
import {
  changeSettings,
  checkUnsubscribe,
  readAllNotifications,
  readNotification,
  settingsFor,
  unsubscribe,
} from './commands';
import { describe } from './delivery/mails';
import { notificationOf, notificationsOf, unreadCount } from './queries';
import { NotificationsPage, SettingsPage, UnsubscribePage } from './views';

const PAGE_SIZE = 20;

const isFrequency = (value: unknown): value is Frequency => FREQUENCIES.includes(value as Frequency);

/** "Meldingen" with its unread count in the header of every page a signed-in person sees. */
async function countUnread(c: Context<AppEnv>, next: () => Promise<void>) {
  const actor = c.var.actor;
  if (actor.kind === 'account' && c.req.method === 'GET' && !c.req.path.startsWith('/api/'))
    c.set('unreadNotifications', await unreadCount(c.var.deps.db, actor.accountId));
  await next();
}

export function registerNotificationPages(app: Hono<AppEnv>) {
  app.use(countUnread);

  app.get(
    '/meldingen',
    forAccount(async (c, actor) => {
      const url = new URL(c.req.url);
      const unreadOnly = c.req.query('ongelezen') === 'ja';
      const page = Math.max(1, Math.min(10_000, Number.parseInt(c.req.query('pagina') ?? '1', 10) || 1));
      const result = await notificationsOf(c.var.deps.db, actor.accountId, {
        unread: unreadOnly,
        limit: PAGE_SIZE,
        offset: (page - 1) * PAGE_SIZE,
      });
      const items = result.items.map((item) => ({ ...item, ...describe(actor.locale, item) }));
      return c.html(
        <NotificationsPage
          ctx={viewContext(c)}
          items={items}
          unreadOnly={unreadOnly}
          page={page}
          pageSize={PAGE_SIZE}
          total={result.total}
          baseUrl={url}
        />,
      );
    }),
  );

  app.get(
    '/meldingen/instellingen',
    forAccount(async (c, actor) => {
      const { allMail, kinds } = await settingsFor(c.var.deps, actor.accountId);
      return c.html(<SettingsPage ctx={viewContext(c)} allMail={allMail} kinds={kinds} />);
    }),
  );

  app.post(
    '/meldingen/instellingen',
    forAccount(async (c, actor) => {
      const values = await readForm(c);
      const current = await settingsFor(c.var.deps, actor.accountId);
      const errors: Record<string, string> = {};
      const chosen = current.kinds.map((kind) => {
        const field = `soort.${kind.kind}`;
        const value = values[field];
        if (value !== undefined && !isFrequency(value)) errors[field] = c.var.t('validation.frequency');
        return { ...kind, frequency: isFrequency(value) ? value : kind.frequency };
      });
      const allMail = values.alleMail === undefined ? current.allMail : values.alleMail === 'aan';
      if (values.alleMail !== undefined && values.alleMail !== 'aan' && values.alleMail !== 'uit')
        errors.alleMail = c.var.t('validation.frequency');
      if (Object.keys(errors).length > 0)
        return c.html(<SettingsPage ctx={viewContext(c)} allMail={allMail} kinds={chosen} errors={errors} />, 400);
      await changeSettings(c.var.deps, actor, { allMail, kinds: chosen });
      setFlash(c, 'flash.notifications.saved');
      return c.redirect('/meldingen/instellingen', 303);
    }),
  );

  app.post(
    '/meldingen/alles-gelezen',
    forAccount(async (c, actor) => {
      await readAllNotifications(c.var.deps, actor);
      setFlash(c, 'flash.notifications.allRead');
      return c.redirect('/meldingen', 303);
    }),
  );

  // Following a notification marks it read and leads to the thing itself.
  app.get(
    '/meldingen/:id',
    forAccount(async (c, actor) => {
      const id = c.req.param('id') ?? '';
      const item = isId(id) ? await notificationOf(c.var.deps.db, actor.accountId, id) : undefined;
      if (!item) return c.notFound();
      await readNotification(c.var.deps, actor, id);
      return c.redirect(safeRedirectPath(item.path) ?? '/meldingen', 303);
    }),
  );

  app.post(
    '/meldingen/:id/gelezen',
    forAccount(async (c, actor) => {
      const id = c.req.param('id') ?? '';
      if (!isId(id)) return c.notFound();
      await readNotification(c.var.deps, actor, id);
      setFlash(c, 'flash.notifications.read');
      return c.redirect('/meldingen', 303);
    }),
  );

  // RFC 8058: the link in List-Unsubscribe. GET asks (a mail scanner that follows links changes
  // nothing); POST — the mail provider's one-click or the button — unsubscribes, without a login.
  const kindLabel = (c: Context<AppEnv>, kind: string) => {
    const definition = notificationKind(kind);
    return definition ? c.var.t(definition.labelKey) : null;
  };
  app.get('/afmelden/:token', (c) => {
    const token = c.req.param('token') ?? '';
    const check = checkUnsubscribe(c.var.deps, token);
    if (!check.ok)
      return c.html(<UnsubscribePage ctx={viewContext(c)} state={check.reason} kindLabel={null} token="" />, 400);
    return c.html(
      <UnsubscribePage ctx={viewContext(c)} state="ask" kindLabel={kindLabel(c, check.claim.kind)} token={token} />,
    );
  });
  app.post('/afmelden/:token', async (c) => {
    const token = c.req.param('token') ?? '';
    const check = checkUnsubscribe(c.var.deps, token);
    if (!check.ok)
      return c.html(<UnsubscribePage ctx={viewContext(c)} state={check.reason} kindLabel={null} token="" />, 400);
    await unsubscribe(c.var.deps, check.claim);
    return c.html(
      <UnsubscribePage ctx={viewContext(c)} state="done" kindLabel={kindLabel(c, check.claim.kind)} token="" />,
    );
  });
}
