import {
  accountOf,
  type ApiApp,
  apiRoute,
  jsonBody,
  jsonResponse,
  noContentResponse,
  PaginationQuery,
  pageOf,
} from '../../core/http/api';
import type { Locale, Translate } from '../../core/i18n';
import { changeSettings, readNotification, settingsFor } from './commands';
import { describe } from './delivery/mails';
import { type NotificationItem, notificationsOf } from './queries';
import {
  NotificationIdParam,
  NotificationSchema,
  NotificationSettingsChange,
  NotificationSettingsSchema,
  NotificationsQuery,
} from './schemas';

const tags = ['Meldingen'];

export function presentNotification(locale: Locale, item: NotificationItem) {
  return {
    ...describe(locale, item),
    id: item.id,
    kind: item.kind,
    path: item.path,
    createdAt: item.createdAt,
    read: item.read,
  };
}

async function presentSettings(deps: Parameters<typeof settingsFor>[0], accountId: string, t: Translate) {
  const { allMail, kinds } = await settingsFor(deps, accountId);
  return { allMail, kinds: kinds.map(({ labelKey, ...kind }) => ({ ...kind, label: t(labelKey) })) };
}

/** Notifications of the signed-in person, and how often they are mailed. */
export function registerNotificationsApi(api: ApiApp) {
  api.openapi(
    apiRoute({
      method: 'get',
      path: '/me/notifications',
      tags,
      summary: 'Wat er gebeurde dat u aangaat, nieuwste eerst',
      signedIn: true,
      request: { query: NotificationsQuery.extend(PaginationQuery) },
      responses: { 200: jsonResponse(pageOf(NotificationSchema, 'NotificationPage'), 'Uw meldingen') },
    }),
    async (c) => {
      const { unread, page, pageSize } = c.req.valid('query');
      const actor = accountOf(c);
      const result = await notificationsOf(c.var.deps.db, actor.accountId, {
        unread,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      const items = result.items.map((item) => presentNotification(actor.locale, item));
      return c.json({ items, page, pageSize, total: result.total }, 200);
    },
  );

  api.openapi(
    apiRoute({
      method: 'post',
      path: '/me/notifications/{id}/read',
      tags,
      summary: 'Een melding als gelezen markeren',
      signedIn: true,
      problems: [404],
      request: { params: NotificationIdParam },
      responses: { 204: noContentResponse('De melding is gelezen') },
    }),
    async (c) => {
      await readNotification(c.var.deps, accountOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  api.openapi(
    apiRoute({
      method: 'get',
      path: '/me/notification-settings',
      tags,
      summary: 'Hoe vaak u mail krijgt, per soort melding',
      signedIn: true,
      responses: { 200: jsonResponse(NotificationSettingsSchema, 'Uw keuzes') },
    }),
    async (c) => c.json(await presentSettings(c.var.deps, accountOf(c).accountId, c.var.t), 200),
  );

  api.openapi(
    apiRoute({
      method: 'put',
      path: '/me/notification-settings',
      tags,
      summary: 'Kiezen hoe vaak u mail krijgt: meteen, per dag, per week of niet',
      signedIn: true,
      request: jsonBody(NotificationSettingsChange),
      responses: { 200: jsonResponse(NotificationSettingsSchema, 'Uw nieuwe keuzes') },
    }),
    async (c) => {
      const actor = accountOf(c);
      await changeSettings(c.var.deps, actor, c.req.valid('json'));
      return c.json(await presentSettings(c.var.deps, actor.accountId, c.var.t), 200);
    },
  );
}
