// The clusters page (issue 14): every group folded in a <details> with a count in its summary,
// a page at a time, so the page stays short on a phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webClient } from '../../../test/web-client';
import { type InnovationWorld, innovationWorld } from '../testing';

let world: InnovationWorld;
/** Made-up words, one pair per group: the two initiatives of a group share them, no other does. */
const WORDS = [
  'blorf',
  'kwintel',
  'zaphorn',
  'griddel',
  'mopsig',
  'travelt',
  'snekker',
  'fluister',
  'bromvat',
  'kipsel',
  'wondel',
  'pruttel',
];
const groups = WORDS.length;

beforeAll(async () => {
  world = await innovationWorld();
  for (const [index, word] of WORDS.entries()) {
    for (const [author, place] of [
      [world.marieke, 'Alphen'],
      [world.ahmed, 'Gouda'],
    ] as const) {
      const created = await author.client.post('/initiatives', {
        type: 'pilot',
        title: `${word} ${word}hulp ${word}plan`,
        summary: `Wij proberen ${word} en ${word}hulp met een ${word}plan in ${place}. ${word} ${word}hulp.`,
        goal: `Meer ${word}.`,
        themes: [index % 2 === 0 ? 'schulden' : 'ouderen'],
      });
      expect(created.status, word).toBe(201);
    }
  }
});
afterAll(() => world.testApp.close());

const summaries = (html: string) =>
  [...html.matchAll(/<details class="samen-cluster"><summary>([\s\S]*?)<\/summary>/g)].map((m) => m[1] ?? '');

describe('the clusters page', () => {
  it('shows each group folded, with how many initiatives in how many municipalities in its summary', async () => {
    const page = await webClient(world.testApp).get('/innovatie/clusters');
    expect(page.status).toBe(200);
    expect(page.html).toContain(`Groepen van vergelijkbare initiatieven: ${groups}`);
    const folded = summaries(page.html);
    expect(folded).toHaveLength(10);
    for (const summary of folded) expect(summary).toContain('2 vergelijkbare initiatieven in 2 gemeenten');
    expect(page.html).not.toMatch(/<details[^>]* open/);
    // Inside each: the initiatives, and a way to get in touch with each.
    expect(page.html).toMatch(/<\/summary>[\s\S]*?href="\/innovatie\/[0-9a-f-]{36}\/contact"/);
  });

  it('pages through the groups', async () => {
    const first = await webClient(world.testApp).get('/innovatie/clusters');
    expect(first.html).toContain('href="/innovatie/clusters?pagina=2"');
    const second = await webClient(world.testApp).get('/innovatie/clusters?pagina=2');
    expect(summaries(second.html)).toHaveLength(groups - 10);
    expect(second.html).toContain('href="/innovatie/clusters?pagina=1"');
    const firstIds = new Set([...first.html.matchAll(/href="\/innovatie\/([0-9a-f-]{36})"/g)].map((m) => m[1]));
    const secondIds = [...second.html.matchAll(/href="\/innovatie\/([0-9a-f-]{36})"/g)].map((m) => m[1]);
    expect(secondIds.length).toBeGreaterThan(0);
    for (const id of secondIds) expect(firstIds.has(id)).toBe(false);
    expect(summaries((await webClient(world.testApp).get('/innovatie/clusters?pagina=99')).html)).toHaveLength(0);
    expect((await webClient(world.testApp).get('/innovatie/clusters?pagina=nul')).status).toBe(200);
  });
});
