import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

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

  it('treats empty variables as unset', () => {
    expect(loadConfig({ NODE_ENV: 'test', PORT: '', DATABASE_URL: '' })).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
    });
  });
});
