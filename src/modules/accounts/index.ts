import { defineModule } from '../../core/module';
import { registerAccountApi } from './api';
import { messages } from './messages';
import { registerAccountPages } from './pages';
import { purgeExpiredSessions } from './queries';

/** Accounts: registration, login, profile, the AVG export and deletion. */
export const accountsModule = defineModule({
  name: 'accounts',
  messages,
  api: registerAccountApi,
  pages: registerAccountPages,
  schedules: [{ name: 'purge expired sessions', everyMs: 15 * 60_000, run: (ctx) => purgeExpiredSessions(ctx.db) }],
});

export { identify } from './session';
export { accountIdByEmail, contactOf, grantRole, insertAccount } from './queries';
