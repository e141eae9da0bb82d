/**
 * Resilience proof: the real built server (node dist/server.js) as child processes, checked for
 *   a. kill -9 during a write burst, on PGlite and on PostgreSQL: no acknowledged write is lost;
 *   b. two instances on one PostgreSQL database: one match out of simultaneous accepts, one 201
 *      and 409s for duplicate submissions (no 500), one login rate limit for both;
 *   c. PostgreSQL stopped mid-burst: 503 + Retry-After, no crash, and recovery without a restart;
 *   d. kill -9 in the middle of a digest run: afterwards exactly one digest per person.
 * One PASS/FAIL line per check; exits 1 when any check fails.
 *
 *   npx tsx scripts/resilience.ts [--only kill9,two,outage,digest] [--no-build]
 *
 * RESILIENCE_DATABASE_URL (postgresql://user@host:port, a role that may create databases) is the
 * server for a and b; each check makes its own database there and drops it. Unset: a throw-away
 * cluster of our own is started for them (needs the PostgreSQL binaries, like c, which always
 * starts its own cluster because it stops it). PG_BIN overrides where the binaries are.
 */
import { checkDatabaseOutage } from './resilience/database-outage';
import { type Cluster, ownCluster, postgresBin } from './resilience/databases';
import { checkDigestKill9 } from './resilience/digest-kill9';
import { checkKill9 } from './resilience/kill9';
import { build, type CheckResult, seconds } from './resilience/lib';
import { checkTwoInstances } from './resilience/two-instances';

const CHECKS = ['kill9', 'two', 'outage', 'digest'] as const;
type CheckName = (typeof CHECKS)[number];

function usage(message?: string): never {
  if (message) console.error(message);
  console.error('usage: npx tsx scripts/resilience.ts [--only kill9,two,outage,digest] [--no-build]');
  process.exit(2);
}

const args = process.argv.slice(2);
let only = new Set<CheckName>(CHECKS);
let buildFirst = true;
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--no-build') buildFirst = false;
  else if (arg === '--only') {
    const names = (args[++i] ?? '').split(',').filter(Boolean);
    const unknown = names.filter((name) => !CHECKS.includes(name as CheckName));
    if (names.length === 0 || unknown.length > 0) usage(`unknown check: ${unknown.join(', ') || '(none)'}`);
    only = new Set(names as CheckName[]);
  } else if (arg === '--help' || arg === '-h') usage();
  else usage(`unknown argument: ${arg}`);
}

const started = performance.now();
const results: CheckResult[] = [];
let cluster: Cluster | undefined;
try {
  if (buildFirst) build();
  let serverUrl = process.env.RESILIENCE_DATABASE_URL;
  const needsServer = only.has('kill9') || only.has('two') || only.has('digest');
  if (needsServer && !serverUrl) {
    if (!postgresBin()) {
      console.error('RESILIENCE_DATABASE_URL is unset and there are no PostgreSQL binaries to start a cluster with');
      process.exit(2);
    }
    cluster = await ownCluster();
    serverUrl = cluster.url;
    console.log(`(RESILIENCE_DATABASE_URL unset: using a throw-away cluster on port ${cluster.port})`);
  }
  if (only.has('kill9')) {
    results.push(await checkKill9('pglite'));
    results.push(await checkKill9('postgres', serverUrl));
  }
  if (only.has('two')) results.push(...(await checkTwoInstances(serverUrl as string)));
  if (only.has('outage')) results.push(...(await checkDatabaseOutage()));
  if (only.has('digest')) results.push(await checkDigestKill9(serverUrl as string));
} finally {
  await cluster?.destroy();
}

const failed = results.filter((result) => !result.ok);
console.log(
  `\n${results.length - failed.length} of ${results.length} resilience checks passed ` +
    `in ${seconds(performance.now() - started)}`,
);
for (const result of failed) console.log(`  FAIL  ${result.name}`);
process.exit(failed.length > 0 ? 1 : 0);
