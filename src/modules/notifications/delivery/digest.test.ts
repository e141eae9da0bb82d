import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../core/context';
import { rows } from '../../../core/db';
import { createTestApp, type TestApp } from '../../../test/harness';
import { insertAccount } from '../../accounts';
import { notify } from '../notify';
import { markRead, saveSettings } from '../queries';
import { amsterdamTime } from '../rules';
import { runDigests } from './digest';

// Digests with a controlled clock: one mail per person per period, bundling everything that
// waited, skipping what was read in the app; exactly once with two workers racing and after a
// run that crashed half-way.

let testApp: TestApp;
const KIND = 'marketplace.report-handled'; // daily by default

beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(() => testApp.close());
beforeEach(async () => {
  await testApp.db.execute(sql`DELETE FROM mail_outbox`);
  await testApp.db.execute(sql`DELETE FROM notifications`);
  await testApp.db.execute(sql`DELETE FROM notification_digests`);
});

/** The app's context with the clock set to a moment in Amsterdam time. */
const at = (year: number, month: number, day: number, hour: number): AppContext => ({
  ...testApp.deps,
  clock: { now: () => amsterdamTime(year, month, day, hour) },
});
// Notifications are written now (the database's clock); digests run at these moments after it.
const now = new Date();
const local = (offsetDays: number, hour: number) => {
  const day = new Date(now.getTime() + offsetDays * 86_400_000);
  return at(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), hour);
};

let counter = 0;
async function person(locale: 'nl' | 'en' = 'nl'): Promise<{ id: string; email: string }> {
  counter += 1;
  const email = `digest-${counter}-${Math.random().toString(36).slice(2, 8)}@voorbeeld.nl`;
  const id = await insertAccount(testApp.db, {
    email,
    passwordHash: 'x',
    firstName: `Persoon${counter}`,
    lastName: null,
    postcode: null,
    municipalityCode: null,
    locale,
    verified: true,
  });
  return { id, email };
}

async function tell(accountId: string, title: string, kind = KIND) {
  await testApp.db.transaction((tx) =>
    notify(tx, testApp.deps, kind, [
      {
        accountId,
        eventKey: `${title}-${Math.random()}`,
        path: '/hulp/x',
        data: { title, place: 'Utrecht voor elkaar' },
      },
    ]),
  );
}

const mailsTo = (email: string) =>
  rows<{ subject: string; text_body: string; headers: Record<string, string> }>(
    testApp.db,
    sql`SELECT subject, text_body, headers FROM mail_outbox WHERE to_address = ${email} ORDER BY created_at, id`,
  );

describe('the daily digest', () => {
  it('bundles everything of the period in one mail, skips what was read, and sends once per period', async () => {
    const anna = await person();
    await tell(anna.id, 'Eerste');
    await tell(anna.id, 'Tweede');
    await tell(anna.id, 'Gelezen');
    const [read] = await rows<{ id: string }>(
      testApp.db,
      sql`SELECT id FROM notifications WHERE data->>'title' = 'Gelezen'`,
    );
    await markRead(testApp.db, anna.id, read?.id ?? '');
    // Nothing is mailed on its own: the kind waits for the digest.
    expect(await mailsTo(anna.email)).toHaveLength(0);

    const tomorrow = local(1, 9);
    expect(await runDigests(tomorrow, 'daily')).toBe(1);
    const [digest, ...more] = await mailsTo(anna.email);
    expect(more).toHaveLength(0);
    expect(digest?.subject).toBe('Samen: uw meldingen van vandaag (2)');
    expect(digest?.text_body).toContain('Uw melding over "Eerste" is afgehandeld');
    expect(digest?.text_body).toContain('Uw melding over "Tweede" is afgehandeld');
    expect(digest?.text_body).not.toContain('Gelezen');
    expect(digest?.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');

    // Running again in the same period sends nothing, even with something new waiting.
    await tell(anna.id, 'Derde');
    expect(await runDigests(tomorrow, 'daily')).toBe(0);
    expect(await mailsTo(anna.email)).toHaveLength(1);
    // The next day's digest brings it.
    expect(await runDigests(local(2, 9), 'daily')).toBe(1);
    const mails = await mailsTo(anna.email);
    expect(mails).toHaveLength(2);
    expect(mails[1]?.text_body).toContain('"Derde"');
  });

  it('waits for the next send time: what came after the last send time goes out with the next', async () => {
    const bas = await person('en');
    await tell(bas.id, 'Vroeg');
    // A minute from now the latest send time (8 this morning, or yesterday) lies before the notification.
    const inAMinute = { ...testApp.deps, clock: { now: () => new Date(Date.now() + 60_000) } };
    expect(await runDigests(inAMinute, 'daily')).toBe(0);
    expect(await runDigests(local(1, 9), 'daily')).toBe(1);
    const mails = await mailsTo(bas.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Samen: your notifications of today (1)');
  });
});

describe('the weekly digest', () => {
  it('goes out on Monday morning with the week in it, and never twice that week', async () => {
    const cor = await person();
    await saveSettings(testApp.db, cor.id, [{ kind: KIND, frequency: 'weekly' }]);
    await tell(cor.id, 'Week een');
    await tell(cor.id, 'Week twee');
    expect(await runDigests(local(1, 9), 'daily')).toBe(0);
    const daysToMonday = (8 - now.getUTCDay()) % 7 || 7;
    const monday = local(daysToMonday, 9);
    expect(await runDigests(monday, 'weekly')).toBe(1);
    expect(await runDigests(local(daysToMonday + 2, 9), 'weekly')).toBe(0);
    const mails = await mailsTo(cor.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Samen: uw meldingen van deze week (2)');
  });
});

describe('exactly once', () => {
  it('sends one digest per person with two workers racing', async () => {
    const people = await Promise.all(Array.from({ length: 12 }, () => person()));
    for (const p of people) await tell(p.id, 'Race');
    const tomorrow = local(1, 9);
    const [first, second] = await Promise.all([
      runDigests(tomorrow, 'daily', { batchSize: 3 }),
      runDigests(tomorrow, 'daily', { batchSize: 3 }),
    ]);
    expect(first + second).toBe(12);
    for (const p of people) expect(await mailsTo(p.email)).toHaveLength(1);
  });

  it('resumes after a run that crashed half-way, and mails nobody twice', async () => {
    const people = await Promise.all(Array.from({ length: 10 }, () => person()));
    for (const p of people) await tell(p.id, 'Crash');
    const tomorrow = local(1, 9);
    const crash = (batch: number) => {
      if (batch === 3) throw new Error('the process died');
    };
    await expect(runDigests(tomorrow, 'daily', { batchSize: 2, beforeCommit: crash })).rejects.toThrow('died');
    const mailed = (await Promise.all(people.map((p) => mailsTo(p.email)))).filter((m) => m.length > 0).length;
    expect(mailed).toBe(4); // two batches of two committed; the third rolled back with the crash
    expect(await runDigests(tomorrow, 'daily', { batchSize: 2 })).toBe(6);
    for (const p of people) expect(await mailsTo(p.email)).toHaveLength(1);
  });
});
