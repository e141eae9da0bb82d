import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * Environment → typed, frozen configuration. A wrong value stops start-up with a message
 * that names the variable, so an operator never has to guess.
 */
const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATA_DIR: z.string().min(1).default('./data'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 14),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Samen <noreply@samen.localhost>'),
  SEED_DEMO: booleanFlag.optional(),
  DEV_MAIL: booleanFlag.optional(),
  TRUST_PROXY: booleanFlag.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  ACCOUNT_LIMITS: booleanFlag.optional(),
});

export type Config = Readonly<{
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl: string;
  secureCookies: boolean;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  dataDir: string;
  sessionSecret: string;
  sessionTtlHours: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  seedDemo: boolean;
  devMail: boolean;
  trustProxy: boolean;
  logLevel: string;
  shutdownTimeoutMs: number;
  /** bearer token for /metrics; without it, /metrics answers on loopback only */
  metricsToken: string | undefined;
  /** per-account hourly limits and the spam checks that read an account's history (screening module) */
  accountLimits: boolean;
}>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Turns zod issues into one line per variable: "PORT: must be a number (got "abc")". */
function describeIssues(error: z.ZodError, env: Record<string, string | undefined>): string {
  return error.issues
    .map((issue) => {
      const variable = String(issue.path[0]);
      const given = env[variable];
      return `  ${variable}: ${issue.message}${given === undefined ? '' : ` (got "${given}")`}`;
    })
    .join('\n');
}

/** In development a secret is generated once and kept beside the embedded database. */
function developmentSecret(dataDir: string): string {
  const file = join(dataDir, '.session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** Whether an address to listen on is reachable from this machine only. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings count as unset: `PORT= npm start` should not fail on "".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = environmentSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(`Invalid configuration:\n${describeIssues(parsed.error, cleaned)}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production && !e.SESSION_SECRET) {
    throw new ConfigError('Invalid configuration:\n  SESSION_SECRET: is required when NODE_ENV=production');
  }
  if (production && e.DEV_MAIL) {
    throw new ConfigError(
      'Invalid configuration:\n  DEV_MAIL: the development mailbox can not be switched on in production',
    );
  }
  if (production && e.SEED_DEMO) {
    throw new ConfigError(
      'Invalid configuration:\n  SEED_DEMO: demo data (with its published passwords) can not be seeded in production',
    );
  }
  // Outside production Samen listens on this machine only, unless told otherwise: the development
  // outbox shows every mail, password-reset links included, to whoever can reach the port.
  const host = e.HOST ?? (production ? '0.0.0.0' : '127.0.0.1');
  const dataDir = resolve(e.DATA_DIR);
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return Object.freeze({
    env: e.NODE_ENV,
    host,
    port: e.PORT,
    publicUrl,
    secureCookies: publicUrl.startsWith('https://'),
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    dataDir,
    sessionSecret:
      e.SESSION_SECRET ?? (e.NODE_ENV === 'test' ? 'test-secret-'.padEnd(40, 'x') : developmentSecret(dataDir)),
    sessionTtlHours: e.SESSION_TTL_HOURS,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    seedDemo: e.SEED_DEMO ?? !production,
    devMail: !production && (e.DEV_MAIL ?? (!e.SMTP_URL && isLoopback(host))),
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    metricsToken: e.METRICS_TOKEN,
    // On in production; tests, the demo and the load scripts post at machine speed from one account.
    accountLimits: e.ACCOUNT_LIMITS ?? production,
  });
}
