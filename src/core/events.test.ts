import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openPglite, rows } from './db';
import { clearSubscribers, publish, subscribe } from './events';

declare module './events' {
  interface EventRegistry {
    'test.helped': { who: string };
  }
}

let database: Database;
beforeAll(async () => {
  database = await openPglite();
  await database.db.execute(sql`CREATE TABLE told (who text NOT NULL)`);
});
afterAll(async () => {
  clearSubscribers();
  await database.close();
});

describe('domain events', () => {
  it('reach every subscriber inside the publisher’s transaction, and roll back with it', async () => {
    subscribe({ 'test.helped': async (tx, { who }) => void (await tx.execute(sql`INSERT INTO told VALUES (${who})`)) });
    await database.db.transaction((tx) => publish(tx, 'test.helped', { who: 'Jan' }));
    await database.db
      .transaction(async (tx) => {
        await publish(tx, 'test.helped', { who: 'Piet' });
        throw new Error('the event itself failed');
      })
      .catch(() => {});
    expect(await rows<{ who: string }>(database.db, sql`SELECT who FROM told`)).toEqual([{ who: 'Jan' }]);
  });

  it('fail the publisher when a subscriber fails, so nothing half-happens', async () => {
    subscribe({
      'test.helped': async () => {
        throw new Error('the notification could not be written');
      },
    });
    await expect(database.db.transaction((tx) => publish(tx, 'test.helped', { who: 'Kees' }))).rejects.toThrowError(
      /could not be written/,
    );
    expect(await rows<{ who: string }>(database.db, sql`SELECT who FROM told WHERE who = 'Kees'`)).toEqual([]);
  });
});
