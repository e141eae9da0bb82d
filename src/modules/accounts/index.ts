export { registerAccountApi } from './api';
export { registerAccountPages } from './pages';
export { identify } from './session';
export { addExportSection } from './present';
export { onAccountDeletion } from './commands';
export { accountIdByEmail, contactOf, grantRole, insertAccount, purgeExpiredSessions } from './queries';
