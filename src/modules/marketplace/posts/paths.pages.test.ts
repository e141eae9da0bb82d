// The paths people expect around placing a post (issue 14): "Vacature plaatsen" for members of an
// organisation, the postcode from the profile, "Wat gebeurt er nu?", a postcode elsewhere pointing
// to its own marketplace, and one-time requests that end after their date.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../../core/db';
import { webClient } from '../../../test/web-client';
import { marketplaceModule } from '..';
import { type Client, inTwoWeeks, type MarketplaceWorld, marketplaceWorld } from '../testing';

let world: MarketplaceWorld;
const UTRECHT = '/gemeenten/utrecht/marktplaats';
const ROTTERDAM = '/gemeenten/rotterdam/marktplaats';

async function webAs(client: Client) {
  const web = webClient(world.testApp);
  await web.get('/inloggen');
  expect((await web.post('/inloggen', { email: client.email, password: client.password })).status).toBe(303);
  return web;
}
type Web = Awaited<ReturnType<typeof webAs>>;

const help = {
  title: 'Hulp bij boodschappen',
  description: 'Wie wil met mij boodschappen doen? Ik loop slecht.',
  category: 'boodschappen',
  whenKind: 'flexible',
  postcode: '3511',
};

/** Places a post through the form and follows the redirect to its page. */
async function place(web: Web, path: string, fields: Record<string, string>) {
  await web.get(`${path}/nieuw?soort=request`);
  const placed = await web.post(`${path}/nieuw?soort=request`, fields);
  expect(placed.status, placed.html.slice(0, 300)).toBe(303);
  return { path: placed.location as string, page: await web.get(placed.location as string) };
}

/** The value the form shows in a field, or undefined when it is empty. */
const fieldValue = (html: string, name: string) =>
  html.match(new RegExp(`<input[^>]*name="${name}"[^>]*>`))?.[0].match(/value="([^"]*)"/)?.[1];

const expiry = marketplaceModule.schedules?.find((schedule) => schedule.name === 'expire posts');

beforeAll(async () => {
  world = await marketplaceWorld();
});
afterAll(() => world.testApp.close());

describe('"Vacature plaatsen" on the marketplace', () => {
  it('is there for members of an organisation, and not for others', async () => {
    const member = await webAs(world.sanne); // beheerder of Welzijn Utrecht
    expect((await member.get(UTRECHT)).html).toContain(`href="${UTRECHT}/nieuw?soort=vacancy"`);
    expect((await member.get(`${UTRECHT}/vacatures`)).html).toContain(`href="${UTRECHT}/nieuw?soort=vacancy"`);
    const resident = await webAs(world.fatima);
    expect((await resident.get(UTRECHT)).html).not.toContain('soort=vacancy');
    expect((await webClient(world.testApp).get(UTRECHT)).html).not.toContain('soort=vacancy');
  });

  it('leads a member to the vacancy form, on behalf of her organisation, and the vacancy is listed', async () => {
    const member = await webAs(world.sanne);
    const form = await member.get(`${UTRECHT}/nieuw?soort=vacancy`);
    expect(form.html).toContain('<h1 class="utrecht-heading-1">Vacature plaatsen</h1>');
    expect(form.html).toContain('Welzijn Utrecht');
    const placed = await member.post(`${UTRECHT}/nieuw?soort=vacancy`, {
      ...help,
      title: 'Chauffeur voor de buurtbus',
      description: 'Wij zoeken een vrijwilliger die op woensdag de buurtbus rijdt.',
      category: 'vervoer',
      hoursPerWeek: '4',
    });
    expect(placed.status).toBe(303);
    expect((await member.get(`${UTRECHT}/vacatures`)).html).toContain(`href="${placed.location}"`);
  });
});

describe('the post form', () => {
  it("fills in the postcode of the person's profile when it lies in the marketplace's municipality", async () => {
    const fatima = await webAs(world.fatima); // 3511, Utrecht
    expect(fieldValue((await fatima.get(`${UTRECHT}/nieuw?soort=request`)).html, 'postcode')).toBe('3511');
    // On Rotterdam's marketplace her Utrecht postcode would be refused: the field stays empty.
    expect(fieldValue((await fatima.get(`${ROTTERDAM}/nieuw?soort=request`)).html, 'postcode')).toBeUndefined();
  });

  it('points a postcode of another municipality to that marketplace, and places nothing', async () => {
    const fatima = await webAs(world.fatima);
    const before = await rows<{ n: number }>(world.testApp.db, sql`SELECT count(*)::int AS n FROM posts`);
    await fatima.get(`${UTRECHT}/nieuw?soort=offer`);
    const rotterdam = await fatima.post(`${UTRECHT}/nieuw?soort=offer`, { ...help, postcode: '3011' });
    expect(rotterdam.status).toBe(400);
    expect(rotterdam.html).toContain('href="#veld-postcode"');
    expect(rotterdam.html).toContain('Postcode 3011 ligt in Rotterdam.');
    expect(rotterdam.html).toContain(`href="${ROTTERDAM}/nieuw?soort=offer"`);
    expect(rotterdam.html).toContain('Plaats het op Rotterdam voor elkaar');
    const amsterdam = await fatima.post(`${UTRECHT}/nieuw?soort=offer`, { ...help, postcode: '1012' });
    expect(amsterdam.status).toBe(400);
    expect(amsterdam.html).toContain('Amsterdam heeft nog geen marktplaats op Samen.');
    expect(amsterdam.html).toContain('href="/gemeenten/amsterdam"');
    const after = await rows<{ n: number }>(world.testApp.db, sql`SELECT count(*)::int AS n FROM posts`);
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it('is refused by the API too, naming the municipality (issue 8 still holds)', async () => {
    const refused = await world.fatima.client.post('/help-requests', {
      title: 'Hulp in de tuin',
      description: 'Wie helpt mij met snoeien?',
      category: 'tuin',
      postcode: '3011',
      municipality: 'GM0344',
      when: { kind: 'flexible' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.invalidParams).toEqual([expect.objectContaining({ name: 'postcode' })]);
    expect(refused.body.invalidParams[0].reason).toContain('Rotterdam');
  });
});

describe('"Wat gebeurt er nu?" after placing', () => {
  it('says a post is on the marketplace when it is, with what comes next', async () => {
    const fatima = await webAs(world.fatima);
    const { page } = await place(fatima, UTRECHT, { ...help, whenKind: 'once', whenDate: inTwoWeeks });
    expect(page.html).toContain('Uw plaatsing staat op de marktplaats.');
    expect(page.html).toContain('Wat gebeurt er nu?');
    expect(page.html).toContain('Uw plaatsing staat nu op Utrecht voor elkaar.');
    expect(page.html).toContain('Reageert iemand? Dan krijgt u een melding op Samen');
    expect(page.html).toContain('na 7 dagen per e-mail');
    expect(page.html).toContain('tot en met');
    expect(page.html).not.toContain('kijkt eerst naar uw plaatsing');
  });

  it('says a post waits for a beheerder when it does: pre-moderated, or held for its contact details', async () => {
    const fatima = await webAs(world.fatima);
    for (const [path, fields] of [
      [ROTTERDAM, { ...help, postcode: '3011' }],
      [UTRECHT, { ...help, description: 'Bel mij even op 06-12345678 voor de boodschappen.' }],
    ] as const) {
      const { page } = await place(fatima, path, fields);
      expect(page.html).toContain('Uw plaatsing is verstuurd. Een beheerder kijkt er eerst naar.');
      expect(page.html).not.toContain('Uw plaatsing staat op de marktplaats.');
      expect(page.html).toContain('Wat gebeurt er nu?');
      expect(page.html).toContain('kijkt eerst naar uw plaatsing. Tot dan ziet alleen u hem.');
      expect(page.html).not.toContain('staat nu op');
    }
  });

  it('is for the owner only', async () => {
    const fatima = await webAs(world.fatima);
    const { path } = await place(fatima, UTRECHT, help);
    const jan = await webAs(world.jan);
    expect((await jan.get(path)).html).not.toContain('Wat gebeurt er nu?');
  });
});

describe('a one-time request after its date', () => {
  let post: string;
  let today: string;

  beforeAll(async () => {
    const fatima = await webAs(world.fatima);
    post = (
      await place(fatima, UTRECHT, { ...help, title: 'Samen naar de markt', whenKind: 'once', whenDate: inTwoWeeks })
    ).path;
    today = (
      await rows<{ d: string }>(
        world.testApp.db,
        sql`SELECT to_char((now() AT TIME ZONE 'Europe/Amsterdam')::date, 'YYYY-MM-DD') AS d`,
      )
    )[0]?.d as string;
  });
  const id = () => post.split('/').at(-1) as string;
  const setDate = (date: string) =>
    world.testApp.db.execute(sql`UPDATE posts SET when_date = ${date}::date WHERE id = ${id()}`);
  const statusInDb = async () =>
    (await rows<{ status: string }>(world.testApp.db, sql`SELECT status FROM posts WHERE id = ${id()}`))[0]?.status;
  const listed = async () => (await webClient(world.testApp).get(`${UTRECHT}?zoek=markt`)).html.includes(post);

  it('stays open on its own date', async () => {
    await setDate(today);
    expect(await listed()).toBe(true);
    expect((await world.jan.client.get(`/help-requests/${id()}`)).body.status).toBe('open');
  });

  it('is no longer listed as open the day after, even before the expiry schedule has run', async () => {
    const yesterday = new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await setDate(yesterday);
    expect(await statusInDb()).toBe('open'); // the schedule has not run yet
    expect(await listed()).toBe(false);
    expect((await world.fatima.client.get(`/help-requests/${id()}`)).body.status).toBe('expired');
    expect((await world.jan.client.get(`/help-requests/${id()}`)).status).toBe(404);
    const search = await world.jan.client.get('/help-requests?q=markt&municipality=GM0344');
    expect(search.body.items.map((item: { id: string }) => item.id)).not.toContain(id());
  });

  it('is expired by the schedule of the module contract, once, however often it runs', async () => {
    expect(expiry).toBeDefined();
    const ctx = world.testApp.deps;
    expect(await expiry?.run(ctx)).toBeGreaterThanOrEqual(1);
    expect(await statusInDb()).toBe('expired');
    expect(await expiry?.run(ctx)).toBe(0);
    expect(await statusInDb()).toBe('expired');
  });

  it('asks its owner for a new date before it can be placed again', async () => {
    const fatima = await webAs(world.fatima);
    const page = await fatima.get(post);
    expect(page.html).toContain('De datum is voorbij. Kies eerst een nieuwe datum via Wijzigen.');
    expect(page.html).toContain(`href="${post}/bewerken"`);
    const refused = await fatima.post(`${post}/plaatsen`, {});
    expect(refused.status).toBe(409);
    expect(refused.html).toContain('De datum is al voorbij. Kies eerst een nieuwe datum.');
    await fatima.get(`${post}/bewerken`);
    const changed = await fatima.post(`${post}/bewerken`, {
      ...help,
      title: 'Samen naar de markt',
      whenKind: 'once',
      whenDate: inTwoWeeks,
    });
    expect(changed.status).toBe(303);
    expect((await fatima.post(`${post}/plaatsen`, {})).status).toBe(303);
    expect(await statusInDb()).toBe('open');
    expect(await listed()).toBe(true);
  });
});
