import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';

const tmpData = mkdtempSync(join(tmpdir(), 'samen-config-'));

describe('configuration from the environment', () => {
  it('has working defaults for a first run: PGlite in ./data, port 3000, demo data, dev mailbox', () => {
    const config = loadConfig({ NODE_ENV: 'test' });
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      seedDemo: true,
      devMail: true,
      secureCookies: false,
    });
    expect(config.dataDir).toMatch(/data$/);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('names the variable and the value that are wrong', () => {
    expect(() => loadConfig({ PORT: 'drieduizend' })).toThrowError(/PORT: .*\(got "drieduizend"\)/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrowError(/DATABASE_URL: must start with postgres/);
    expect(() => loadConfig({ SMTP_URL: 'mail.example' })).toThrowError(/SMTP_URL/);
    expect(() => loadConfig({ SEED_DEMO: 'misschien' })).toThrowError(/SEED_DEMO/);
  });

  it('insists on a session secret and no dev mailbox in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrowError(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), DEV_MAIL: 'true' })).toThrowError(
      /DEV_MAIL/,
    );
    const production = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(40),
      PUBLIC_URL: 'https://samen.example.nl',
    });
    expect(production).toMatchObject({ seedDemo: false, devMail: false, secureCookies: true });
  });

  it(
    'listens on loopback in development and keeps the dev mailbox to loopback ' +
      '(an open outbox hands out reset links)',
    () => {
      const development = loadConfig({ NODE_ENV: 'development', DATA_DIR: tmpData });
      expect(development).toMatchObject({ host: '127.0.0.1', devMail: true });
      // Reachable from other machines: the outbox stays off unless asked for by name.
      expect(loadConfig({ NODE_ENV: 'development', DATA_DIR: tmpData, HOST: '0.0.0.0' })).toMatchObject({
        devMail: false,
      });
      expect(loadConfig({ NODE_ENV: 'development', DATA_DIR: tmpData, HOST: '192.168.1.5' }).devMail).toBe(false);
      expect(loadConfig({ NODE_ENV: 'development', DATA_DIR: tmpData, HOST: '::1' }).devMail).toBe(true);
      expect(loadConfig({ NODE_ENV: 'development', DATA_DIR: tmpData, HOST: 'localhost' }).devMail).toBe(true);
      expect(
        loadConfig({ NODE_ENV: 'development', DATA_DIR: tmpData, HOST: '0.0.0.0', DEV_MAIL: 'true' }).devMail,
      ).toBe(true);
      // Production listens everywhere by default, and refuses demo data as it refuses the outbox.
      const secret = 'x'.repeat(40);
      expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: secret }).host).toBe('0.0.0.0');
      expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: secret, SEED_DEMO: 'true' })).toThrowError(
        /SEED_DEMO/,
      );
    },
  );

  it('treats empty variables as unset', () => {
    expect(loadConfig({ NODE_ENV: 'test', PORT: '', DATABASE_URL: '' })).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
    });
  });
});
