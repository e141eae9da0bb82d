import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstRow, rows } from '../../../core/db';
import { knownMessages } from '../../../core/i18n';
import { projectRoot } from '../../../core/paths';
import { signedInClient } from '../../../test/api-client';
import { createTestApp, type TestApp } from '../../../test/harness';
import { webClient } from '../../../test/web-client';
import { grantRole } from '../../accounts';

type Client = Awaited<ReturnType<typeof signedInClient>>;
type Web = ReturnType<typeof webClient>;

let testApp: TestApp;
let fatima: Client; // asks for help in Utrecht
let jan: Client; // volunteer in Utrecht
let sanne: Client; // beheerder of Utrecht voor elkaar
let rob: Client; // beheerder of Rotterdam voor elkaar
let web: { fatima: Web; jan: Web; sanne: Web; rob: Web };

const BEHEER = '/gemeenten/utrecht/marktplaats/beheer';
const request = (title: string, description: string) => ({
  title,
  description,
  category: 'boodschappen',
  postcode: '3511',
  when: { kind: 'flexible' },
});

async function webAs(client: Client): Promise<Web> {
  const page = webClient(testApp);
  await page.get('/inloggen');
  expect((await page.post('/inloggen', { email: client.email, password: client.password })).status).toBe(303);
  return page;
}

const statusOf = async (postId: string) =>
  (
    await firstRow<{ status: string; reason: string | null }>(
      testApp.db,
      sql`SELECT status, close_reason AS reason FROM posts WHERE id = ${postId}`,
    )
  )?.status;

beforeAll(async () => {
  testApp = await createTestApp();
  const operator = await signedInClient(testApp);
  await grantRole(testApp.db, operator.accountId, 'netwerkbeheer');
  fatima = await signedInClient(testApp, { name: 'Fatima', lastName: 'El Amrani', postcode: '3511' });
  jan = await signedInClient(testApp, { name: 'Jan', postcode: '3512' });
  sanne = await signedInClient(testApp, { name: 'Sanne' });
  rob = await signedInClient(testApp, { name: 'Rob' });
  for (const [code, name, beheerder] of [
    ['GM0344', 'Utrecht', sanne],
    ['GM0599', 'Rotterdam', rob],
  ] as const) {
    const organisation = (
      await operator.client.post('/organisations', {
        name: `Welzijn ${name}`,
        type: 'welzijnsorganisatie',
        municipality: code,
      })
    ).body.id;
    expect(
      (
        await operator.client.post(`/organisations/${organisation}/members`, {
          email: beheerder.email,
          role: 'beheerder',
        })
      ).status,
    ).toBeLessThan(300);
    expect(
      (
        await operator.client.post('/marketplaces', {
          municipality: code,
          operatorOrganisation: organisation,
          name: `${name} voor elkaar`,
          brandColor: '#0b5394',
          brandTextColor: '#ffffff',
        })
      ).status,
    ).toBe(201);
  }
  web = { fatima: await webAs(fatima), jan: await webAs(jan), sanne: await webAs(sanne), rob: await webAs(rob) };
});
afterAll(() => testApp.close());

describe('moderation through the pages, without JavaScript', () => {
  let flagged: string; // in review: a phone number in the text
  let reported: string; // open, reported by Jan
  let conversation: string; // Jan and Fatima about the reported post

  it('lets a resident report a post (not her own), with a clear error when the reason is empty', async () => {
    const flaggedPost = await fatima.client.post(
      '/help-requests',
      request('Hulp bij de tuin', 'Wie helpt mij met snoeien? Bel mij op 06-12345678.'),
    );
    expect(flaggedPost.body.status).toBe('in-review');
    flagged = flaggedPost.body.id;
    const openPost = await fatima.client.post(
      '/help-requests',
      request('Samen naar de markt', 'Wie gaat op zaterdag met mij naar de markt en helpt dragen?'),
    );
    expect(openPost.body.status).toBe('open');
    reported = openPost.body.id;

    // The author has no report form on her own post; someone else has, tucked away in <details>.
    expect((await web.fatima.get(`/hulp/${reported}`)).html).not.toContain(`/hulp/${reported}/melden`);
    const page = await web.jan.get(`/hulp/${reported}`);
    expect(page.html).toContain(`action="/hulp/${reported}/melden"`);
    expect(page.html).toMatch(
      /<details class="samen-details"><summary class="samen-details__summary">Melden<\/summary>/,
    );
    // Not signed in: no form.
    expect((await webClient(testApp).get(`/hulp/${reported}`)).html).not.toContain('/melden');

    const empty = await web.jan.post(`/hulp/${reported}/melden`, { reportReason: '  ' });
    expect(empty.status).toBe(400);
    expect(empty.html).toContain('href="#veld-reportReason"');
    expect(empty.html).toContain('Schrijf kort op wat er mis is.');
    expect(empty.html).toContain('<details class="samen-details" open="">');
    const tooLong = await web.jan.post(`/hulp/${reported}/melden`, { reportReason: 'x'.repeat(501) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.html).toContain('maximaal 500 tekens');
    expect((await rows(testApp.db, sql`SELECT 1 FROM post_reports`)).length).toBe(0);

    const sent = await web.jan.post(`/hulp/${reported}/melden`, {
      reportReason: 'Dit lijkt op reclame voor een winkel.',
    });
    expect(sent.status).toBe(303);
    expect(sent.location).toBe(`/hulp/${reported}`);
    expect((await web.jan.get(`/hulp/${reported}`)).html).toContain('Bedankt, de beheerder kijkt ernaar.');
    // A post that is not public (yet) can't be reported through the page.
    expect((await web.jan.post(`/hulp/${flagged}/melden`, { reportReason: 'Telefoonnummer' })).status).toBe(404);
    // Not signed in: to the login page, and back.
    const anonymous = webClient(testApp);
    await anonymous.get('/inloggen'); // a page with a form, for the CSRF token
    const login = await anonymous.post(`/hulp/${reported}/melden`, { reportReason: 'x' });
    expect(login.status).toBe(303);
    expect(login.location).toBe(`/inloggen?terug=${encodeURIComponent(`/hulp/${reported}/melden`)}`);
  });

  it('lets either party report a conversation', async () => {
    const responded = await web.jan.post(`/hulp/${reported}/reageren`, {
      message: 'Ik kan zaterdag, zal ik om tien uur komen?',
    });
    conversation = (responded.location as string).split('/').pop() as string;
    const page = await web.fatima.get(`/gesprekken/${conversation}`);
    expect(page.html).toContain(`action="/gesprekken/${conversation}/melden"`);
    expect(page.html).toContain('Gesprek melden');

    const empty = await web.fatima.post(`/gesprekken/${conversation}/melden`, { reportReason: '' });
    expect(empty.status).toBe(400);
    expect(empty.html).toContain('href="#veld-reportReason"');
    // An outsider may not report it.
    const outsider = await webAs(await signedInClient(testApp, { name: 'Kees' }));
    await outsider.get('/mijn-samen');
    expect((await outsider.post(`/gesprekken/${conversation}/melden`, { reportReason: 'x' })).status).toBe(403);

    await web.fatima.get(`/gesprekken/${conversation}`);
    const sent = await web.fatima.post(`/gesprekken/${conversation}/melden`, {
      reportReason: 'Hij vraagt steeds om mijn adres.',
    });
    expect(sent.status).toBe(303);
    const after = await web.fatima.get(`/gesprekken/${conversation}`);
    expect(after.html).toContain('Bedankt, de beheerder kijkt ernaar.');
    expect(after.html).toContain('Dit gesprek is gemeld op');
    expect(after.html).not.toContain(`action="/gesprekken/${conversation}/melden"`);
  });

  it('shows Utrecht’s beheerder the queue with the author’s e-mail, and a link from the marketplace page', async () => {
    const marketplace = await web.sanne.get('/gemeenten/utrecht/marktplaats');
    expect(marketplace.html).toContain(`href="${BEHEER}"`);
    expect((await web.jan.get('/gemeenten/utrecht/marktplaats')).html).not.toContain(BEHEER);
    expect((await web.rob.get('/gemeenten/utrecht/marktplaats')).html).not.toContain(BEHEER);

    const page = await web.sanne.get(BEHEER);
    expect(page.status).toBe(200);
    for (const text of [
      'Hulp bij de tuin',
      // why it waits: the rule, and the matched text marked
      'Bel mij op <mark>06-12345678</mark>',
      '<strong>Contactgegevens</strong>: Er staat een telefoonnummer in',
      'Samen naar de markt',
      'Dit lijkt op reclame voor een winkel.',
      'Fatima El Amrani',
      fatima.email,
      'Plaatsingen om te beoordelen (2)',
    ])
      expect(page.html).toContain(text);
    expect(page.html).toContain(`action="${BEHEER}/${flagged}/besluit"`);
    expect(page.html).toContain('name="decision" value="approve"');
    expect(page.html).toContain('name="decision" value="reject"');
    // The reported conversation, with a link to read it.
    expect(page.html).toContain('Gemelde gesprekken (1)');
    expect(page.html).toContain(`href="/gesprekken/${conversation}"`);
    expect(page.html).toContain('Hij vraagt steeds om mijn adres.');
    // Every look is written to the audit log.
    const reads = await rows(
      testApp.db,
      sql`SELECT action FROM audit_log
           WHERE action IN ('moderation.queueRead', 'moderation.reportedConversationsRead')`,
    );
    expect(reads.length).toBe(2);
    // The e-mail address is personal data: only here, never on the public post page.
    expect((await web.jan.get(`/hulp/${reported}`)).html).not.toContain(fatima.email);
  });

  it('refuses a rejection without a reason, beside the field and in the summary, and changes nothing', async () => {
    await web.sanne.get(BEHEER);
    const empty = await web.sanne.post(`${BEHEER}/${flagged}/besluit`, { decision: 'reject', reason: ' ' });
    expect(empty.status).toBe(400);
    expect(empty.html).toMatch(/<title>Fout: /);
    expect(empty.html).toContain(`href="#veld-reason-${flagged}"`);
    expect(empty.html).toContain(`id="veld-reason-${flagged}-error"`);
    expect(empty.html.match(/Schrijf op waarom u de plaatsing afwijst\. De schrijver leest dit\./g)?.length).toBe(2);
    expect(await statusOf(flagged)).toBe('in-review');
    // Sending it back needs a note too.
    const noNote = await web.sanne.post(`${BEHEER}/${flagged}/besluit`, { decision: 'return' });
    expect(noNote.status).toBe(400);
    expect(noNote.html).toContain('Schrijf op wat de schrijver moet aanpassen.');
    expect(await statusOf(flagged)).toBe('in-review');
    const noDecision = await web.sanne.post(`${BEHEER}/${flagged}/besluit`, { reason: 'Prima' });
    expect(noDecision.status).toBe(400);
    expect(noDecision.html).toContain('Kies Goedkeuren, Terugsturen of Afwijzen.');
    expect(await statusOf(flagged)).toBe('in-review');
  });

  it(
    'approves one (it becomes open) and rejects one (closed, with the reason), ' + 'back to the page with a message',
    async () => {
      await web.sanne.get(BEHEER);
      const approved = await web.sanne.post(`${BEHEER}/${flagged}/besluit`, {
        decision: 'approve',
        reason: 'Telefoonnummer is van een buurthuis, dat mag.',
      });
      expect(approved.status).toBe(303);
      expect(approved.location).toBe(BEHEER);
      expect(await statusOf(flagged)).toBe('open');
      const page = await web.sanne.get(BEHEER);
      expect(page.html).toContain('De plaatsing is goedgekeurd.');
      expect(page.html).toContain('Plaatsingen om te beoordelen (1)');

      const rejected = await web.sanne.post(`${BEHEER}/${reported}/besluit`, {
        decision: 'reject',
        reason: 'Reclame voor een winkel.',
      });
      expect(rejected.status).toBe(303);
      const post = await firstRow<{ status: string; reason: string }>(
        testApp.db,
        sql`SELECT status, close_reason AS reason FROM posts WHERE id = ${reported}`,
      );
      expect(post).toEqual({ status: 'closed', reason: 'Reclame voor een winkel.' });
      const after = await web.sanne.get(BEHEER);
      expect(after.html).toContain('De plaatsing is afgewezen en gesloten.');
      expect(after.html).toContain('Er wachten nu geen plaatsingen op u.');
      const decisions = await rows<{ action: string }>(
        testApp.db,
        sql`SELECT action FROM audit_log WHERE action IN ('moderation.approve', 'moderation.reject') ORDER BY id`,
      );
      expect(decisions.map((d) => d.action)).toEqual(['moderation.approve', 'moderation.reject']);
    },
  );

  it('gives 403 to a beheerder of Rotterdam and to a resident, and sends someone not signed in to log in', async () => {
    const flaggedAgain = (
      await fatima.client.post(
        '/help-requests',
        request('Hulp bij verhuizen', 'Wie helpt met dozen? Mail naar fatima@voorbeeld.nl.'),
      )
    ).body.id;
    expect(await statusOf(flaggedAgain)).toBe('in-review');
    const robPage = await web.rob.get(BEHEER);
    expect(robPage.status).toBe(403);
    expect(robPage.html).toContain('Geen toegang');
    expect(robPage.html).not.toContain(fatima.email);
    await web.rob.get('/gemeenten/rotterdam/marktplaats/beheer');
    expect(
      (await web.rob.post(`${BEHEER}/${flaggedAgain}/besluit`, { decision: 'approve', reason: 'ok' })).status,
    ).toBe(403);
    // Through Rotterdam's own page, Utrecht's post is not found.
    expect(
      (
        await web.rob.post(`/gemeenten/rotterdam/marktplaats/beheer/${flaggedAgain}/besluit`, {
          decision: 'approve',
          reason: 'ok',
        })
      ).status,
    ).toBe(404);
    expect((await web.rob.get('/gemeenten/rotterdam/marktplaats/beheer')).status).toBe(200);

    expect((await web.jan.get(BEHEER)).status).toBe(403);
    await web.jan.get('/mijn-samen');
    expect(
      (await web.jan.post(`${BEHEER}/${flaggedAgain}/besluit`, { decision: 'approve', reason: 'ok' })).status,
    ).toBe(403);
    expect(await statusOf(flaggedAgain)).toBe('in-review');

    const anonymous = await webClient(testApp).get(BEHEER);
    expect(anonymous.status).toBe(303);
    expect(anonymous.location).toBe(`/inloggen?terug=${encodeURIComponent(BEHEER)}`);
  });

  it('lets the beheerder read a reported conversation, read-only, but not an unreported one', async () => {
    const page = await web.sanne.get(`/gesprekken/${conversation}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('Gemeld gesprek tussen Fatima en Jan');
    expect(page.html).toContain('Ik kan zaterdag');
    expect(page.html).not.toContain(`action="/gesprekken/${conversation}"`);
    expect(page.html).not.toContain('/melden');
    expect(page.html).toContain(`href="${BEHEER}"`);
    const audited = await rows(
      testApp.db,
      sql`SELECT 1 FROM audit_log WHERE action = 'conversation.readByBeheerder' AND subject_id = ${conversation}`,
    );
    expect(audited.length).toBe(1);

    const other = (
      await fatima.client.post(
        '/help-requests',
        request('Koffie drinken', 'Wie komt een keer koffie drinken en een praatje maken?'),
      )
    ).body.id;
    await web.jan.get(`/hulp/${other}`);
    const unreported = (
      (await web.jan.post(`/hulp/${other}/reageren`, { message: 'Ik kom graag langs.' })).location as string
    )
      .split('/')
      .pop();
    expect((await web.sanne.get(`/gesprekken/${unreported}`)).status).toBe(403);
    // Rotterdam's beheerder can't read Utrecht's reported conversation.
    expect((await web.rob.get(`/gesprekken/${conversation}`)).status).toBe(403);
  });

  it('marks a reported conversation handled: it leaves the page; Rotterdam cannot', async () => {
    const resolve = `${BEHEER}/gesprekken/${conversation}/afgehandeld`;
    const page = await web.sanne.get(BEHEER);
    expect(page.html).toContain(`action="${resolve}"`);
    await web.rob.get('/');
    const refused = await web.rob.post(resolve, {});
    expect(refused.status).toBe(403);
    expect(refused.html).toContain('Geen toegang'); // refused for who he is, not for a stale form
    const done = await web.sanne.post(resolve, {});
    expect(done.status).toBe(303);
    const after = await web.sanne.get(BEHEER);
    expect(after.html).toContain('De melding is afgehandeld.');
    expect(after.html).not.toContain(`href="/gesprekken/${conversation}"`);
    expect((await web.sanne.post(resolve, {})).status).toBe(303); // twice is harmless
  });

  it('has every moderation text in Dutch and English', () => {
    const used = new Set<string>();
    for (const file of ['views.tsx', 'report-forms.tsx', 'pages.tsx', 'schemas.ts']) {
      const source = readFileSync(join(projectRoot, 'src/modules/marketplace/moderation', file), 'utf8');
      for (const match of source.matchAll(/['"`]((?:moderation|flash|validation)\.[A-Za-z0-9.]+)['"`]/g))
        used.add(match[1] as string);
    }
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) {
      expect(knownMessages('nl').has(key), key).toBe(true);
      expect(knownMessages('en').has(key), key).toBe(true);
    }
  });
});
