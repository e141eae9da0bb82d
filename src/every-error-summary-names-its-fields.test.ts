import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dayIn, exampleDay, writtenDate } from './core/i18n/dates';
import { signedInClient } from './test/api-client';
import { createTestApp, type TestApp } from './test/harness';
import { webClient } from './test/web-client';
import { grantRole } from './modules/accounts';

/**
 * The GOV.UK / NL Design System error pattern on every form, sent empty: the summary lists one
 * message per field, each says what to do in the field's own words, and each links to its field.
 */

type Web = ReturnType<typeof webClient>;
let testApp: TestApp;
let fatima: Web;
let marieke: Web;

/** The summary's entries: where each links to, and what it says. */
function summaryOf(html: string): { href: string; text: string }[] {
  const summary = html.match(/<div class="utrecht-alert utrecht-alert--error samen-error-summary"[\s\S]*?<\/ul>/)?.[0];
  return [...(summary ?? '').matchAll(/<a [^>]*href="(#[^"]+)"[^>]*>([^<]*)<\/a>/g)].map((m) => ({
    href: m[1] as string,
    text: (m[2] as string).replace(/&#39;/g, "'").replace(/&quot;/g, '"'),
  }));
}

const GENERIC = [
  'Vul dit veld in.',
  'Please fill in this field.',
  'Deze waarde klopt niet.',
  'This value is not correct.',
];

/** Every entry leads to a control on the page and names its field; returns the texts by field id. */
function expectNamedFields(html: string): Record<string, string> {
  const entries = summaryOf(html);
  expect(entries.length, 'an error summary with at least one entry').toBeGreaterThan(0);
  for (const { href, text } of entries) {
    const id = href.slice(1);
    expect(html, `${href} leads to a field`).toMatch(new RegExp(`<(input|select|textarea)[^>]* id="${id}"`));
    expect(GENERIC).not.toContain(text);
    // The same words beside the field itself.
    expect(html).toContain(`id="${id}-error">${text}</div>`);
  }
  expect(new Set(entries.map((e) => e.text)).size).toBe(entries.length);
  return Object.fromEntries(entries.map((e) => [e.href.slice(1), e.text]));
}

async function webAs(login: { email: string; password: string }) {
  const web = webClient(testApp);
  await web.get('/inloggen');
  expect((await web.post('/inloggen', { email: login.email, password: login.password })).status).toBe(303);
  return web;
}

beforeAll(async () => {
  testApp = await createTestApp();
  const operator = await signedInClient(testApp);
  await grantRole(testApp.db, operator.accountId, 'netwerkbeheer');
  const welzijn = (
    await operator.client.post('/organisations', {
      name: 'Welzijn Utrecht',
      type: 'welzijnsorganisatie',
      municipality: 'GM0344',
    })
  ).body.id;
  await operator.client.post('/marketplaces', {
    municipality: 'GM0344',
    operatorOrganisation: welzijn,
    name: 'Utrecht voor elkaar',
    brandColor: '#a3141d',
    brandTextColor: '#ffffff',
  });
  const alphen = (
    await operator.client.post('/organisations', {
      name: 'Gemeente Alphen aan den Rijn',
      type: 'gemeente',
      municipality: 'GM0484',
    })
  ).body.id;
  const officer = await signedInClient(testApp, { name: 'Marieke', postcode: '2405' });
  await operator.client.post(`/organisations/${alphen}/members`, { email: officer.email, role: 'medewerker' });
  fatima = await webAs(await signedInClient(testApp, { name: 'Fatima', postcode: '3511' }));
  marieke = await webAs(officer);
});
afterAll(() => testApp.close());

describe('every error summary names its fields', () => {
  it('registering: "Vul uw voornaam in", "Vul uw e-mailadres in", not "Vul dit veld in." three times', async () => {
    const web = webClient(testApp);
    await web.get('/registreren');
    const empty = await web.post('/registreren', {});
    expect(empty.status).toBe(400);
    expect(expectNamedFields(empty.html)).toEqual({
      'veld-name': 'Vul uw voornaam in.',
      'veld-email': 'Vul uw e-mailadres in, zoals naam@voorbeeld.nl.',
      'veld-password': 'Kies een wachtwoord van minstens 12 tekens.',
    });
    web.cookies.set('taal', 'en');
    const english = await web.post('/registreren', {});
    expect(expectNamedFields(english.html)['veld-name']).toBe('Enter your first name.');
  });

  it('logging in, a new link, a forgotten password, the profile and deleting the account', async () => {
    const web = webClient(testApp);
    await web.get('/inloggen');
    expect(expectNamedFields((await web.post('/inloggen', {})).html)).toEqual({
      'veld-email': 'Vul uw e-mailadres in, zoals naam@voorbeeld.nl.',
      'veld-password': 'Vul uw wachtwoord in.',
    });
    for (const path of ['/wachtwoord-vergeten', '/account/bevestigen/opnieuw']) {
      await web.get(path);
      expect(expectNamedFields((await web.post(path, {})).html)).toEqual({
        'veld-email': 'Vul uw e-mailadres in, zoals naam@voorbeeld.nl.',
      });
    }
    await fatima.get('/mijn-profiel');
    const profile = await fatima.post('/mijn-profiel', { name: '', locale: 'nl' });
    expect(expectNamedFields(profile.html)).toEqual({ 'veld-name': 'Vul uw voornaam in.' });
    await fatima.get('/mijn-profiel/verwijderen');
    expect(expectNamedFields((await fatima.post('/mijn-profiel/verwijderen', {})).html)).toEqual({
      'veld-password': 'Vul uw wachtwoord in.',
    });
  });

  it('asking for help: "Kies een categorie", never "Deze categorie kennen we niet" for an empty choice', async () => {
    const form = '/gemeenten/utrecht/marktplaats/nieuw?soort=request';
    await fatima.get(form);
    const empty = await fatima.post(form, { whenKind: 'flexible' });
    expect(empty.status).toBe(400);
    expect(expectNamedFields(empty.html)).toEqual({
      'veld-title': 'Vul een korte titel in.',
      'veld-description': 'Vertel wat meer: wat is er nodig, of wat biedt u aan?',
      'veld-category': 'Kies een categorie.',
      'veld-postcode': 'Vul een postcode in: 4 cijfers, zoals 3511.',
    });
    expect(empty.html).not.toContain('Deze categorie kennen we niet');
    const unknown = await fatima.post(form, { whenKind: 'flexible', category: 'schilderen' });
    expect(expectNamedFields(unknown.html)['veld-category']).toBe(
      'Deze categorie kennen we niet. Kies een categorie uit de lijst.',
    );
  });

  it('placing a post, closing it and writing a message', async () => {
    const created = await fatima.post('/gemeenten/utrecht/marktplaats/nieuw?soort=request', {
      title: 'Hulp bij de boodschappen',
      description: 'Wie doet op dinsdag boodschappen met mij?',
      category: 'boodschappen',
      whenKind: 'flexible',
      postcode: '3511',
    });
    expect(created.status).toBe(303);
    const post = created.location as string;
    await fatima.get(post);
    expect(expectNamedFields((await fatima.post(`${post}/afsluiten`, {})).html)).toEqual({
      'veld-reason': 'Schrijf waarom u de plaatsing afsluit.',
    });
    await fatima.get(`${post}/bewerken`);
    const edit = await fatima.post(`${post}/bewerken`, { title: '', description: '', whenKind: 'flexible' });
    expect(expectNamedFields(edit.html)).toMatchObject({ 'veld-title': 'Vul een korte titel in.' });
    await marieke.get(post);
    expect(expectNamedFields((await marieke.post(`${post}/reageren`, {})).html)).toEqual({
      'veld-message': 'Schrijf een bericht.',
    });
  });

  it('the initiative form and the experiment log', async () => {
    await marieke.get('/innovatie/nieuw');
    const empty = await marieke.post('/innovatie/nieuw', {});
    expect(empty.status).toBe(400);
    expect(expectNamedFields(empty.html)).toMatchObject({
      'veld-title': 'Vul een titel in.',
      'veld-summary': 'Schrijf in een paar zinnen wat het initiatief is.',
      'veld-goal': 'Schrijf wat u wilt bereiken.',
      'veld-themes': 'Kies minstens 1 thema.',
    });
    const created = await marieke.post('/innovatie/nieuw', {
      type: 'pilot',
      title: 'Buurtcirkels tegen eenzaamheid',
      summary: 'Inwoners organiseren zelf een kring van buren die elkaar helpen.',
      goal: 'Minder eenzaamheid.',
      themes: 'ouderen',
    });
    expect(created.status).toBe(303);
    const page = created.location as string;
    await marieke.get(page);
    expect(expectNamedFields((await marieke.post(`${page}/experimenten`, {})).html)).toEqual({
      'veld-hypothesis': 'Schrijf wat u verwacht: uw hypothese.',
      'veld-measure': 'Schrijf hoe u het meet.',
      'veld-date': 'Vul de datum van het experiment in.',
    });
  });
});

describe('the date of a one-time request, typed as people write it', () => {
  const form = '/gemeenten/utrecht/marktplaats/nieuw?soort=request';
  const once = (whenDate: string) => ({
    title: 'Naar de tandarts',
    description: 'Wie rijdt mij naar de tandarts en weer terug?',
    category: 'vervoer',
    whenKind: 'once',
    whenDate,
    postcode: '3511',
  });
  const today = dayIn(new Date());

  it('shows an example in the future, computed from the clock', async () => {
    const page = await fatima.get(form);
    const hint = page.html.match(/id="veld-whenDate-hint">Bijvoorbeeld (\d+)-(\d+)-(\d+) of (\d+) (\w+)\./);
    expect(hint).not.toBeNull();
    const [, day, month, year] = hint as RegExpMatchArray;
    const example = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    expect(example > today).toBe(true);
    expect(`${day}-${month}-${year}`).toBe(writtenDate(exampleDay(today)));
  });

  it('accepts 8-12-2026, "8 december" and the other Dutch notations, and stores the day', async () => {
    const inAWeek = addDays(today, 7);
    const [y, m, d] = inAWeek.split('-').map(Number) as [number, number, number];
    const months = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
    for (const typed of [`${d}-${m}-${y}`, `${d}/${m}/${y}`, inAWeek, `${d} ${months[m - 1]}`]) {
      const created = await fatima.post(form, once(typed));
      expect(created.status, typed).toBe(303);
      const page = await fatima.get(created.location as string);
      const shown = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'full' }).format(new Date(inAWeek));
      expect(page.html, typed).toContain(shown);
    }
  });

  it('refuses a past day, a day that does not exist and text that is no date, each with a clear message', async () => {
    const past = await fatima.post(form, once('1-1-2020'));
    expect(past.status).toBe(400);
    const example = writtenDate(exampleDay(today));
    expect(expectNamedFields(past.html)['veld-whenDate']).toBe(
      `1-1-2020 is al voorbij. Kies vandaag of een dag later, bijvoorbeeld ${example}.`,
    );
    const impossible = await fatima.post(form, once(`31-2-${Number(today.slice(0, 4)) + 1}`));
    expect(expectNamedFields(impossible.html)['veld-whenDate']).toBe(
      `Deze datum bestaat niet. Kijk de dag en de maand na, bijvoorbeeld ${example}.`,
    );
    const words = await fatima.post(form, once('volgende week'));
    expect(expectNamedFields(words.html)['veld-whenDate']).toBe(
      `Schrijf de datum als dag-maand-jaar, bijvoorbeeld ${example}.`,
    );
    expect(words.html).toContain('value="volgende week"');
  });
});
