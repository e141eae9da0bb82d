import { spawn } from 'node:child_process';
import { migrate, openPostgres } from '../../src/core/db';
import { loadReferenceData } from '../../src/modules/municipalities';
import { freshDatabase, sql } from './databases';
import { type CheckResult, expect, root, runCheck, sleep } from './lib';

const PEOPLE = 400;

/**
 * d. A daily digest run killed with SIGKILL half-way, then run again (twice, by two processes at
 * once): every person gets exactly one digest with all of their notifications, nobody two.
 */
export async function checkDigestKill9(serverUrl: string): Promise<CheckResult> {
  const cleanup: (() => Promise<void>)[] = [];
  return runCheck(
    'kill -9 in the middle of a digest run, then two runs at once: one digest per person',
    180_000,
    async () => {
      const { url, drop } = await freshDatabase(serverUrl);
      cleanup.push(drop);
      const database = await openPostgres(url, 2);
      await migrate(database);
      await loadReferenceData(database.db);
      await database.close();
      await sql(
        url,
        `INSERT INTO accounts (email, email_verified_at, password_hash, first_name)
         SELECT 'digest-' || g || '@voorbeeld.nl', now(), 'x', 'Persoon' FROM generate_series(1, $1::int) g`,
        [PEOPLE],
      );
      await sql(
        url,
        `INSERT INTO notifications (account_id, kind, event_key, path, data, mail, created_at)
         SELECT a.id, 'marketplace.report-handled', 'kill9-' || g, '/hulp/x', '{"title":"Gordijnen"}', 'daily',
                now() - interval '1 hour'
           FROM accounts a CROSS JOIN generate_series(1, 3) g`,
      );
      const worker = (env: Record<string, string>) =>
        spawn('npx', ['tsx', 'scripts/resilience/digest-worker.ts'], {
          cwd: root,
          env: { ...process.env, DATABASE_URL: url, ...env },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
      const count = async () =>
        Number((await sql<{ n: string }>(url, 'SELECT count(*) AS n FROM notification_digests'))[0]?.n ?? 0);

      // Kill the first run once some digests are in and others are not.
      const first = worker({ BATCH: '10', PAUSE_MS: '150' });
      let before = 0;
      for (let waited = 0; waited < 60_000; waited += 100) {
        before = await count();
        if (before >= 40) break;
        await sleep(100);
      }
      first.kill('SIGKILL');
      await new Promise((resolve) => first.once('exit', resolve));
      const atKill = await count();
      expect(atKill > 0 && atKill < PEOPLE, `the run was not killed half-way (${atKill} of ${PEOPLE} digests)`);

      // Two runs at once finish the job.
      const finishers = [worker({ BATCH: '25', PAUSE_MS: '0' }), worker({ BATCH: '25', PAUSE_MS: '0' })];
      const codes = await Promise.all(
        finishers.map((child) => new Promise<number | null>((resolve) => child.once('exit', resolve))),
      );
      expect(
        codes.every((code) => code === 0),
        `a second run failed (exit codes ${codes.join(', ')})`,
      );

      const perPerson = await sql<{ mails: string; people: string }>(
        url,
        `SELECT count(*) AS people, sum(mails) AS mails FROM (
           SELECT a.id, count(m.id) AS mails FROM accounts a LEFT JOIN mail_outbox m ON m.account_id = a.id
            GROUP BY a.id) x WHERE mails = 1`,
      );
      const exactlyOne = Number(perPerson[0]?.people ?? 0);
      const waiting = await sql<{ n: string }>(url, 'SELECT count(*) AS n FROM notifications WHERE mailed_at IS NULL');
      const wrongSize = await sql<{ n: string }>(
        url,
        "SELECT count(*) AS n FROM mail_outbox WHERE subject NOT LIKE '%(3)'",
      );
      expect(exactlyOne === PEOPLE, `${exactlyOne} of ${PEOPLE} people got exactly one digest`);
      expect(Number(waiting[0]?.n) === 0, `${waiting[0]?.n} notifications were never mailed`);
      expect(Number(wrongSize[0]?.n) === 0, `${wrongSize[0]?.n} digests did not bundle all three`);
      return `killed at ${atKill} of ${PEOPLE} digests; afterwards each person had exactly one, with all 3 in it`;
    },
    cleanup,
  );
}
