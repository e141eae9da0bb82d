import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webClient } from '../../test/web-client';
import { type MarketplaceWorld, marketplaceWorld } from '../marketplace/testing';

let world: MarketplaceWorld;
let web: ReturnType<typeof webClient>;

beforeAll(async () => {
  // Utrecht and Rotterdam have a marketplace; Rotterdam's is paused, so it is not live.
  world = await marketplaceWorld();
  const paused = await world.operator.client.patch('/marketplaces/GM0599', { status: 'paused' });
  expect(paused.status).toBe(200);
  web = webClient(world.testApp);
});
afterAll(() => world.testApp.close());

/** The rows of the municipalities table, as "name | province | marketplace" texts. */
const rowsOf = (html: string) =>
  [...html.matchAll(/<tr class="utrecht-table__row">([\s\S]*?)<\/tr>/g)]
    .map((row) => [...(row[1] ?? '').matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) => cell[1] ?? ''))
    .filter((cells) => cells.length > 0);

describe('the home page', () => {
  it('links "Samen helpen" and "Samen innoveren" to their halves', async () => {
    const home = await web.get('/');
    const section = (id: string) =>
      home.html.match(new RegExp(`<section aria-labelledby="${id}">([\\s\\S]*?)</section>`))?.[1];
    expect(section('helpen')).toContain('href="/gemeenten?marktplaats=ja"');
    expect(section('innoveren')).toContain('href="/innovatie"');
    // Both links lead somewhere that answers.
    expect((await web.get('/gemeenten?marktplaats=ja')).status).toBe(200);
    expect((await web.get('/innovatie')).status).toBe(200);
  });
});

describe('the list of municipalities', () => {
  it('marks the municipalities with a live marketplace, with a link to it', async () => {
    const page = await web.get('/gemeenten?provincie=Utrecht');
    const utrecht = rowsOf(page.html).find((cells) => cells[0]?.includes('>Utrecht<'));
    expect(utrecht?.[2]).toContain('href="/gemeenten/utrecht/marktplaats"');
    expect(utrecht?.[2]).toContain('Utrecht voor elkaar');
    const zeist = rowsOf(page.html).find((cells) => cells[0]?.includes('>Zeist<'));
    expect(zeist?.[2]).toContain('Nog niet');
    expect(zeist?.[2]).not.toContain('href=');
  });

  it('filters on a live marketplace with a plain GET form, together with the other filters', async () => {
    const form = await web.get('/gemeenten');
    expect(form.html).toMatch(/<form method="get" action="\/gemeenten"[\s\S]*name="marktplaats"/);
    const live = await web.get('/gemeenten?marktplaats=ja');
    expect(live.html).toContain('Gemeenten met een marktplaats: 1');
    expect(rowsOf(live.html).map((cells) => cells[0])).toEqual([expect.stringContaining('>Utrecht<')]);
    // Rotterdam's marketplace is paused: it is neither marked nor found by the filter.
    const rotterdam = await web.get('/gemeenten?zoek=rotterdam');
    expect(rowsOf(rotterdam.html)[0]?.[2]).toContain('Nog niet');
    expect((await web.get('/gemeenten?zoek=rotterdam&marktplaats=ja')).html).toContain(
      'Gemeenten met een marktplaats: 0',
    );
    expect((await web.get('/gemeenten?provincie=Zeeland&marktplaats=ja')).html).toContain(
      'Gemeenten met een marktplaats: 0',
    );
    // An unknown value is ignored, as the other filters do.
    expect((await web.get('/gemeenten?marktplaats=misschien')).html).toContain('342 gemeenten gevonden');
  });

  it('shows the chosen filter in the form', async () => {
    const all = await web.get('/gemeenten');
    expect(all.html).toMatch(/<option value="" selected="">Alle gemeenten<\/option>/);
    const filtered = await web.get('/gemeenten?marktplaats=ja');
    expect(filtered.html).toMatch(/<option value="ja" selected="">Alleen gemeenten met een marktplaats<\/option>/);
  });
});
