import type { Hono } from 'hono';
import type { ApiApp } from '../../core/http/api';
import type { AppEnv } from '../../core/http/env';
import { defineModule } from '../../core/module';
import { purgeExpiredLinks } from './links';
import { messages } from './messages';
import { registerPasswordResetApi } from './password-reset/api';
import { registerPasswordResetPages } from './password-reset/pages';
import { registerProfileApi } from './profile/api';
import { registerProfilePages } from './profile/pages';
import { registerRegistrationApi } from './registration/api';
import { registerRegistrationPages } from './registration/pages';
import { registerSessionApi } from './sessions/api';
import { registerSessionPages } from './sessions/pages';
import { purgeExpiredSessions } from './sessions/queries';

/**
 * Accounts, in sub-features: registration (with e-mail verification), sessions (login, logout, API
 * tokens), password reset, and the profile (with the AVG export and deletion).
 */
export const accountsModule = defineModule({
  name: 'accounts',
  messages,
  api: (api: ApiApp) => {
    registerRegistrationApi(api);
    registerPasswordResetApi(api);
    registerSessionApi(api);
    registerProfileApi(api);
  },
  pages: (app: Hono<AppEnv>) => {
    registerRegistrationPages(app);
    registerSessionPages(app);
    registerPasswordResetPages(app);
    registerProfilePages(app);
  },
  schedules: [
    {
      name: 'purge expired sessions',
      everyMs: 15 * 60_000,
      run: async (ctx) => {
        await purgeExpiredSessions(ctx.db);
        await purgeExpiredLinks(ctx.db);
      },
    },
  ],
});

// What the app (who is asking), other modules, the demo data and the tests use.
export {
  accountIdByEmail,
  type Contact,
  contactOf,
  grantRole,
  insertAccount,
  type NewAccount,
  postcodeOf,
} from './queries';
export { issueApiToken } from './sessions/commands';
export { identify } from './sessions/identify';
