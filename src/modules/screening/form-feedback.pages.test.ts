import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../test/harness';
import { webClient } from '../../test/web-client';
import { type Client, marketplaceWorld } from '../marketplace/testing';

// The post form without JavaScript: after submitting, the error summary names the field and says
// what to change; the region the script fills while typing is on the page, empty.

let testApp: TestApp;
let fatima: Client;
let web: ReturnType<typeof webClient>;
const NEW = '/gemeenten/utrecht/marktplaats/nieuw?soort=request';

beforeAll(async () => {
  ({ testApp, fatima } = await marketplaceWorld());
  web = webClient(testApp);
  await web.get('/inloggen');
  await web.post('/inloggen', { email: fatima.email, password: fatima.password });
});
afterAll(() => testApp.close());

const form = (fields: Record<string, string>) => ({
  title: 'Hulp in de tuin',
  description: 'Wie helpt mij met snoeien?',
  category: 'tuin',
  whenKind: 'flexible',
  postcode: '3511',
  ...fields,
});

/** The error summary's entries: where each links to, and what it says. */
function summaryOf(html: string) {
  const summary = html.match(/samen-error-summary[\s\S]*?<\/ul>/)?.[0] ?? '';
  return [...summary.matchAll(/<a [^>]*href="(#[^"]+)"[^>]*>([^<]*)<\/a>/g)].map((m) => [m[1], m[2]]);
}

describe('the post form without JavaScript', () => {
  it('has the feedback region for the script, empty and announced politely', async () => {
    const page = await web.get(NEW);
    expect(page.html).toMatch(/<div class="samen-screening-feedback" data-module="screening-feedback"[^>]*>/);
    expect(page.html).toMatch(/data-kind="request" data-municipality="GM0344"/);
    expect(page.html).toMatch(/<div aria-live="polite" data-screening-result="[^"]*"><\/div>/);
  });

  it('names the field and says what to change when the text is refused, and keeps what was typed', async () => {
    await web.get(NEW);
    const refused = await web.post(NEW, form({ description: 'Wie helpt mij met snoeien? €12,50 per uur.' }));
    expect(refused.status).toBe(400);
    const [entry, ...others] = summaryOf(refused.html);
    expect(others).toEqual([]);
    expect(entry?.[0]).toBe('#veld-description');
    expect(entry?.[1]).toMatch(/^Vertel wat meer: Er staat een bedrag per uur, per keer of per rit in: /);
    expect(entry?.[1]).toContain('Samen is alleen voor vrijwillige hulp. Haal het bedrag weg.');
    // the same words beside the field, and the text is still there to change
    expect(refused.html).toContain(`id="veld-description-error">${entry?.[1]}</div>`);
    expect(refused.html).toContain('Wie helpt mij met snoeien? €12,50 per uur.</textarea>');

    await web.get(NEW);
    const title = await web.post(NEW, form({ title: 'Klootzak van een buurman, ik maak je af' }));
    expect(summaryOf(title.html)).toEqual([
      ['#veld-title', expect.stringMatching(/^Korte titel: Dit klinkt als een bedreiging/)],
    ]);
  });

  it('places a text that only needs a look, and says it waits for a beheerder', async () => {
    await web.get(NEW);
    const held = await web.post(NEW, form({ description: 'Bel mij op 06-12345678.' }));
    expect(held.status).toBe(303);
    const page = await web.get(held.location as string);
    expect(page.html).toContain('Een beheerder kijkt er eerst naar.');
  });
});
