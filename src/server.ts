import { createApp } from './app';
import { prepare, startBackgroundWork } from './boot';
import { ConfigError, loadConfig } from './config';
import { FolderLockedError } from './core/folder-lock';
import { listen } from './core/http/serve';
import { createLogger } from './core/ops/logger';
import { setAssetVersion } from './core/views/context';
import { readAssetVersion } from './core/views/assets';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo';

const bootStarted = performance.now();
let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(78); // EX_CONFIG
  }
  throw error;
}

const logger = createLogger(config.logLevel);
let deps: Awaited<ReturnType<typeof prepare>>;
try {
  deps = await prepare(config, logger);
} catch (error) {
  if (!(error instanceof FolderLockedError)) throw error;
  console.error(error.message);
  process.exit(75); // EX_TEMPFAIL: try again once the other process has stopped
}
setAssetVersion(readAssetVersion());
const app = createApp(deps);
const stopBackgroundWork = startBackgroundWork(deps);

const server = listen(app, { port: config.port, hostname: config.host }, () => {
  const seconds = ((performance.now() - bootStarted) / 1000).toFixed(1);
  logger.info({ port: config.port, seconds }, 'Samen is listening');
  const lines = [
    '',
    `  Samen draait op ${config.publicUrl}  (gestart in ${seconds} s, database: ${deps.database.kind})`,
  ];
  if (config.seedDemo) {
    lines.push('', `  Demo-accounts (wachtwoord voor allemaal: ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS) lines.push(`    ${account.email.padEnd(38)} ${account.description}`);
  }
  if (config.devMail) {
    lines.push('', `  E-mail in ontwikkeling: ${config.publicUrl}/dev/mail  (alleen te zien op deze computer)`);
  } else if (!config.smtpUrl && config.env !== 'production') {
    lines.push(
      '',
      `  De ontwikkel-postbus staat uit: Samen luistert op ${config.host}, bereikbaar voor anderen.`,
      '  Zet DEV_MAIL=true om hem toch aan te zetten, of SMTP_URL om e-mail echt te versturen.',
    );
  }
  console.log(`${lines.join('\n')}\n`);
});

/** SIGTERM: stop taking connections, let in-flight requests finish, then close the database. */
let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  const deadline = setTimeout(() => {
    logger.error('shutdown took too long; exiting');
    process.exit(1);
  }, config.shutdownTimeoutMs).unref();
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    // Idle keep-alive connections would hold close() open; in-flight requests still finish.
    (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
  });
  await stopBackgroundWork();
  await deps.database.close();
  clearTimeout(deadline);
  logger.info('stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
