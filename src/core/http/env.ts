import type { Logger } from 'pino';
import type { Config } from '../../config';
import type { Actor } from '../authz';
import type { Database, Db } from '../db';
import type { Locale, Translate } from '../i18n';

/** What every request handler can reach: the app's dependencies and the per-request context. */
export interface Deps {
  config: Config;
  database: Database;
  db: Db;
  logger: Logger;
}

export interface AppEnv {
  Variables: {
    deps: Deps;
    locale: Locale;
    t: Translate;
    actor: Actor;
    /** hash of the session cookie, when signed in through the web */
    sessionHash: string | null;
    csrfToken: string;
    /** a one-time message from the previous request ("Uw profiel is opgeslagen") */
    flash: string | undefined;
  };
}
