import { prepare } from '../boot';
import { loadConfig } from '../config';
import { createLogger } from '../core/ops/logger';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './demo';

/** `npm run seed`: brings the schema and reference data up to date and (re)adds the demo data. */
const config = loadConfig({ ...process.env, SEED_DEMO: 'false' });
const deps = await prepare(config, createLogger(config.logLevel));
await seedDemo(deps);
await deps.database.close();
console.log(`Demo data is present. Accounts (password ${DEMO_PASSWORD}):`);
for (const account of DEMO_ACCOUNTS) console.log(`  ${account.email.padEnd(38)} ${account.description}`);
