import { freshDatabase, grantRoleSql, sql } from './databases';
import {
  api,
  client,
  describeReply,
  freshIp,
  helpRequest,
  launchMarketplace,
  login,
  type Person,
  type Reply,
  registerVerified,
  uniqueEmail,
} from './http';
import { type CheckResult, expect, rmTemp, runCheck, type Server, seconds, startServer, tempDir } from './lib';

/**
 * Two instances on one PostgreSQL database, as behind a load balancer: simultaneous accepts
 * across both make one match, duplicate submissions make one success and a 409 (never a 500),
 * and the login rate limit counts the attempts on both instances together.
 */
const ROUNDS = 5;
const VOLUNTEERS = 4;

export async function checkTwoInstances(serverUrl: string): Promise<CheckResult[]> {
  const cleanup: (() => Promise<void>)[] = [];
  const servers: Server[] = [];
  const results: CheckResult[] = [];
  const dataDirs = [tempDir('samen-resilience-a-'), tempDir('samen-resilience-b-')];
  let databaseUrl = '';
  let a: Server | undefined;
  let b: Server | undefined;
  let operator: Person | undefined;
  let resident: Person | undefined;
  const volunteers: Person[] = [];
  /** Every answer a check got; a 5xx or no answer at all is a failure of that check. */
  const broken = (replies: Reply[]) =>
    replies.filter((reply) => reply.networkError || reply.status >= 500).map(describeReply);
  const statuses = (replies: Reply[]) => replies.map((reply) => reply.status).sort((x, y) => x - y);

  const setup = await runCheck('two instances start together on one empty PostgreSQL database', 60_000, async () => {
    const database = await freshDatabase(serverUrl);
    databaseUrl = database.url;
    cleanup.push(database.drop);
    a = await startServer({ databaseUrl, dataDir: dataDirs[0] as string, label: 'instance A' });
    b = await startServer({ databaseUrl, dataDir: dataDirs[1] as string, label: 'instance B' });
    servers.push(a, b);
    const [readyA, readyB] = await Promise.all([a.waitReady(), b.waitReady()]);
    operator = await registerVerified(a.baseURL, 'Noor');
    resident = await registerVerified(b.baseURL, 'Fatima');
    for (let i = 0; i < VOLUNTEERS; i++)
      volunteers.push(await registerVerified(i % 2 ? a.baseURL : b.baseURL, `Vrijwilliger${i}`, '3512'));
    await grantRoleSql(databaseUrl, operator.accountId);
    await login(a.baseURL, operator);
    await login(b.baseURL, resident);
    for (const [i, volunteer] of volunteers.entries()) await login(i % 2 ? b.baseURL : a.baseURL, volunteer);
    await launchMarketplace(a.baseURL, operator);
    return `migrations and reference data once; ready in ${seconds(readyA)} and ${seconds(readyB)}`;
  });
  results.push(setup);
  if (!setup.ok || !a || !b || !operator || !resident) {
    for (const server of servers) await server.kill9();
    for (const step of cleanup.reverse()) await step().catch(() => {});
    for (const dir of dataDirs) rmTemp(dir);
    return results;
  }
  const [A, B] = [a.baseURL, b.baseURL];
  const both = (i: number) => (i % 2 === 0 ? A : B);
  const op = operator;
  const fatima = resident;

  results.push(
    await runCheck('two instances: simultaneous accepts make exactly one match', 60_000, async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const posted = await fatima.client.call(A, 'POST', api('/help-requests'), helpRequest(`Wandelen ${round}`));
        expect(posted.status === 201, `posting: ${describeReply(posted)}`);
        const responses: string[] = [];
        for (const [i, volunteer] of volunteers.entries()) {
          const reply = await volunteer.client.call(
            both(i),
            'POST',
            api(`/help-requests/${posted.body.id}/responses`),
            {
              message: 'Ik loop graag mee.',
            },
          );
          expect(reply.status === 201, `responding: ${describeReply(reply)}`);
          responses.push(reply.body.id);
        }
        const accepts = await Promise.all(
          responses.map((id, i) => fatima.client.call(both(i), 'POST', api(`/responses/${id}/accept`))),
        );
        expect(broken(accepts).length === 0, `round ${round}: ${broken(accepts).join('; ')}`);
        const expected = [201, ...Array(VOLUNTEERS - 1).fill(409)];
        expect(
          JSON.stringify(statuses(accepts)) === JSON.stringify(expected),
          `round ${round}: accepts answered ${statuses(accepts).join(', ')}, expected ${expected.join(', ')}`,
        );
        const [count] = await sql<{ n: number }>(
          databaseUrl,
          'SELECT count(*)::int AS n FROM matches WHERE post_id = $1',
          [posted.body.id],
        );
        expect(count?.n === 1, `round ${round}: ${count?.n} matches in the database`);
      }
      return (
        `${ROUNDS} rounds of ${VOLUNTEERS} accepts split over both instances: ` +
        'each 201 once, 409 otherwise, 1 match'
      );
    }),
  );

  /** The same submission sent to both instances at once (and a third time to A): one 201, the rest 409. */
  const duplicates = async (name: string, rounds: number, submit: (round: number) => Promise<Reply[]>) =>
    runCheck(`two instances: ${name}`, 60_000, async () => {
      const problems: string[] = [];
      for (let round = 0; round < rounds; round++) {
        const replies = await submit(round);
        const wanted = JSON.stringify([201, ...Array(replies.length - 1).fill(409)]);
        if (JSON.stringify(statuses(replies)) !== wanted)
          problems.push(
            `round ${round}: ${statuses(replies).join(', ')}` +
              (broken(replies).length ? ` (${broken(replies)[0]})` : ''),
          );
      }
      expect(problems.length === 0, `${problems.length} of ${rounds} rounds went wrong: ${problems.join(' | ')}`);
      return `${rounds} rounds, each one 201 and the rest 409`;
    });
  const everywhere = (send: (base: string) => Promise<Reply>) => Promise.all([send(A), send(B), send(A)]);

  results.push(
    await duplicates('one e-mail address registered 3 times at once → one 201, two 409', 2 * ROUNDS, async () => {
      const email = uniqueEmail('dubbel');
      const replies = await everywhere((base) =>
        client().call(base, 'POST', api('/accounts'), {
          email,
          password: 'een lang wachtwoord',
          name: 'Dubbel',
          postcode: '3511',
        }),
      );
      const [count] = await sql<{ n: number }>(
        databaseUrl,
        'SELECT count(*)::int AS n FROM accounts WHERE lower(email) = $1',
        [email],
      );
      expect(count?.n === 1, `${email}: ${count?.n} accounts`);
      return replies;
    }),
  );

  const municipalities = await client().call(A, 'GET', api('/municipalities?pageSize=40'));
  const codes = ((municipalities.body?.items ?? []) as { code: string }[])
    .map((m) => m.code)
    .filter((code) => code !== 'GM0344');
  results.push(
    await duplicates(
      'one gemeente organisation created 3 times at once → one 201, two 409',
      2 * ROUNDS,
      async (round) => {
        const code = codes[round + 1];
        expect(code, 'not enough municipalities listed');
        return everywhere((base) =>
          op.client.call(base, 'POST', api('/organisations'), {
            name: `Gemeente ${code}`,
            type: 'gemeente',
            municipality: code,
          }),
        );
      },
    ),
  );

  results.push(
    await duplicates('one volunteer responding 3 times at once → one 201, two 409', ROUNDS, async (round) => {
      const posted = await fatima.client.call(A, 'POST', api('/help-requests'), helpRequest(`Klussen ${round}`));
      expect(posted.status === 201, `posting: ${describeReply(posted)}`);
      const volunteer = volunteers[round % VOLUNTEERS] as Person;
      return everywhere((base) =>
        volunteer.client.call(base, 'POST', api(`/help-requests/${posted.body.id}/responses`), {
          message: 'Ik kom helpen.',
        }),
      );
    }),
  );

  const owner = await op.client.call(A, 'POST', api('/organisations'), {
    name: 'Gemeente Utrecht',
    type: 'gemeente',
    municipality: 'GM0344',
  });
  const initiative = await op.client.call(B, 'POST', api('/initiatives'), {
    type: 'pilot',
    title: 'Rapportage sociaal domein met nieuwe indicatoren',
    summary:
      'We rapporteren over het sociaal domein met uitkomstindicatoren, zoals hoe zelfredzaam inwoners zijn geworden.',
    goal: 'Sturen op wat de ondersteuning oplevert voor inwoners.',
    themes: ['informatievoorziening'],
    organisation: owner.body?.id,
  });
  results.push(
    await duplicates(
      'one organisation joining an initiative 3 times at once → one 201, two 409',
      ROUNDS,
      async (round) => {
        expect(owner.status === 201, `the owner organisation: ${describeReply(owner)}`);
        expect(initiative.status === 201, `the initiative: ${describeReply(initiative)}`);
        const joiner = await op.client.call(A, 'POST', api('/organisations'), {
          name: `Welzijn Rijnstreek ${round}`,
          type: 'welzijnsorganisatie',
          municipality: 'GM0484',
        });
        expect(joiner.status === 201, `a joining organisation: ${describeReply(joiner)}`);
        return everywhere((base) =>
          op.client.call(base, 'POST', api(`/initiatives/${initiative.body.id}/participants`), {
            organisation: joiner.body.id,
            role: 'follower',
          }),
        );
      },
    ),
  );

  results.push(
    await duplicates('one organisation (same name) created 3 times at once → one 201, two 409', 2 * ROUNDS, (round) =>
      everywhere((base) =>
        op.client.call(base, 'POST', api('/organisations'), {
          name: `Buurthuis De Linde ${round}`,
          type: 'welzijnsorganisatie',
          municipality: 'GM0344',
        }),
      ),
    ),
  );

  results.push(
    await runCheck('two instances: the login rate limit counts both instances together', 60_000, async () => {
      // Per account: ten wrong passwords, alternating instances and client addresses, then the right one.
      const target = await registerVerified(A, 'Doelwit');
      const sequential: Reply[] = [];
      for (let attempt = 1; attempt <= 10; attempt++)
        sequential.push(
          await client().call(both(attempt), 'POST', api('/tokens'), {
            email: target.email,
            password: `fout-${attempt}`,
          }),
        );
      expect(
        sequential.every((reply) => reply.status === 401),
        `wrong passwords 1-10: ${statuses(sequential).join(', ')}`,
      );
      const eleventh = await client().call(B, 'POST', api('/tokens'), {
        email: target.email,
        password: target.password,
      });
      expect(eleventh.status === 429, `the 11th attempt (right password, other address): ${describeReply(eleventh)}`);
      expect(/^\d+$/.test(eleventh.headers.get('retry-after') ?? ''), 'the 429 has no numeric Retry-After');
      expect(
        (await client().call(A, 'POST', api('/tokens'), { email: target.email, password: target.password })).status ===
          429,
        'the 12th attempt on the other instance was not refused',
      );

      // Per account, all at once: 14 wrong passwords split over both instances.
      const second = await registerVerified(B, 'Doelwit');
      const burst = await Promise.all(
        Array.from({ length: 14 }, (_, i) =>
          client().call(both(i), 'POST', api('/tokens'), { email: second.email, password: `fout-${i}` }),
        ),
      );
      expect(broken(burst).length === 0, `the burst: ${broken(burst).join('; ')}`);
      const allowed = burst.filter((reply) => reply.status === 401).length;
      const refused = burst.filter((reply) => reply.status === 429).length;
      expect(allowed <= 10 && allowed + refused === 14, `14 at once: ${allowed} × 401, ${refused} × 429`);

      // Per client address: eleven unknown accounts from one address, alternating instances.
      const ip = freshIp();
      const byIp: Reply[] = [];
      for (let attempt = 1; attempt <= 11; attempt++)
        byIp.push(
          await client(ip).call(both(attempt), 'POST', api('/tokens'), {
            email: uniqueEmail('onbekend'),
            password: 'x',
          }),
        );
      expect(
        JSON.stringify(statuses(byIp)) === JSON.stringify([...Array(10).fill(401), 429]) && byIp[10]?.status === 429,
        `one address, 11 attempts: ${byIp.map((reply) => reply.status).join(', ')}`,
      );
      return (
        `per account 10 × 401 then 429 (Retry-After ${eleventh.headers.get('retry-after')} s) on either instance; ` +
        `14 at once: ${allowed} × 401, ${refused} × 429; per address: 11th → 429`
      );
    }),
  );

  const crashed = servers.filter((server) => !server.alive()).map((server) => server.label);
  for (const server of servers) await server.stop();
  for (const step of cleanup.reverse()) await step().catch(() => {});
  for (const dir of dataDirs) rmTemp(dir);
  if (crashed.length > 0)
    results.push({ name: 'two instances stay up', ok: false, ms: 0, detail: `${crashed.join(', ')} exited` });
  return results;
}
