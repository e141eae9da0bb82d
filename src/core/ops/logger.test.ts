import { sql } from 'drizzle-orm';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openPglite } from '../db';
import { createLogger } from './logger';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger('info', stream), text: () => lines.join('') };
}

describe('logs without personal data', () => {
  it('logs a failed query with its SQL and code but without its parameters', async () => {
    const database = await openPglite();
    try {
      const { logger, text } = capture();
      const secret = {
        email: 'geheim.adres@voorbeeld.nl',
        hash: '$argon2id$v=19$m=19456,t=2,p=1$abc',
        name: 'Fatima Zeldzaam',
      };
      const error = await database.db
        .execute(sql`SELECT ${secret.email}::text, ${secret.hash}::text, ${secret.name}::int`)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      logger.error({ err: error, path: '/api/v1/accounts' }, 'unhandled error');
      const logged = text();
      expect(logged).toContain('Failed query: SELECT $1::text');
      expect(logged).toContain('22P02'); // invalid text representation, from the driver
      for (const value of Object.values(secret)) expect(logged).not.toContain(value);
      expect(logged).not.toContain('argon2id');
    } finally {
      await database.close();
    }
  });

  it('redacts secret and personal fields wherever they appear', () => {
    const { logger, text } = capture();
    logger.info(
      { email: 'a@b.nl', user: { password: 'hunter2', token: 'tok-123' }, headers: { authorization: 'Bearer x' } },
      'x',
    );
    const logged = text();
    for (const value of ['a@b.nl', 'hunter2', 'tok-123', 'Bearer x']) expect(logged).not.toContain(value);
    expect(logged).toContain('[redacted]');
  });
});
