import { exemptFromCsrf } from '../../core/http/csrf';
import { defineModule } from '../../core/module';
import { registerNotificationsApi } from './api';
import { runDigests } from './delivery/digest';
import { messages } from './messages';
import { registerNotificationPages } from './pages';
import { exportNotifications } from './queries';

// The one-click unsubscribe is authorised by its signed token, not by a session (RFC 8058).
exemptFromCsrf(/^\/afmelden\/[^/]+$/);

/**
 * Notifications: what happened that concerns a person, in the app ("Meldingen") and by mail at the
 * pace they chose — instantly, in a daily or weekly digest, or not — with a one-click unsubscribe.
 * Other modules declare their kinds in their contract and write through `notify`, in the
 * transaction of the event; this module knows none of them.
 */
export const notificationsModule = defineModule({
  name: 'notifications',
  messages,
  api: registerNotificationsApi,
  pages: registerNotificationPages,
  schedules: [
    // Cheap when nothing is due: one index probe per frequency finds nobody waiting.
    { name: 'daily digests', everyMs: 60_000, run: (ctx) => runDigests(ctx, 'daily', { pauseMs: 20 }) },
    { name: 'weekly digests', everyMs: 60_000, run: (ctx) => runDigests(ctx, 'weekly', { pauseMs: 20 }) },
  ],
  personalData: {
    export: exportNotifications,
    // notifications, settings and digests go with the account (ON DELETE CASCADE)
    forget: async () => {},
  },
});

export { notify, type NewNotification } from './notify';
export { runDigests } from './delivery/digest';
export { duePeriod } from './rules';
