import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type Database, openPglite, RowShapeError, select, selectOne } from './db';

let database: Database;
beforeAll(async () => {
  database = await openPglite();
});
afterAll(() => database.close());

describe('rows with a declared shape', () => {
  it('returns rows that have it', async () => {
    const shape = z.object({ code: z.string(), total: z.number().int() });
    const found = await select(database.db, shape, sql`SELECT 'GM0344' AS code, 3 AS total`);
    expect(found).toEqual([{ code: 'GM0344', total: 3 }]);
    expect(await selectOne(database.db, shape, sql`SELECT 'GM0344' AS code, 3 AS total WHERE false`)).toBeUndefined();
  });

  it('refuses a row whose columns drifted from the shape, naming the column but not its value', async () => {
    const shape = z.object({ code: z.string(), total: z.number() });
    const drifted = select(database.db, shape, sql`SELECT 'geheim@voorbeeld.nl' AS code, '3' AS total`);
    await expect(drifted).rejects.toThrowError(RowShapeError);
    await expect(drifted).rejects.toThrowError(/total/);
    await expect(drifted).rejects.not.toThrowError(/geheim/);
  });
});
