import type { Actor } from '../authz';
import type { AppContext } from '../context';
import type { Locale, Translate } from '../i18n';

/** What every request handler can reach: the app's context and the per-request state. */
export interface AppEnv {
  Variables: {
    deps: AppContext;
    locale: Locale;
    t: Translate;
    actor: Actor;
    /** hash of the session cookie, when signed in through the web */
    sessionHash: string | null;
    csrfToken: string;
    /** a one-time message from the previous request ("Uw profiel is opgeslagen") */
    flash: string | undefined;
    /** unread notifications of the signed-in person, for the header (pages only) */
    unreadNotifications?: number;
  };
}
