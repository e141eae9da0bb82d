import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { checkPageState } from './page-states';
import { useBrowser } from './browser';
import { DEMO, DEMO_PASSWORD, flashText, signedInAs, type StorageState } from './flows';

const session = useBrowser();

/** The members of the portfolio board in the demo data (src/seed/demo.ts); all use DEMO_PASSWORD. */
const BOARD = {
  /** Bas, Utrecht */
  bas: 'portfolio.utrecht@samen.demo',
  /** Gerda, Gouda: Gouda co-develops Marieke's pilot, so she has a conflict of interest */
  gerda: 'portfolio.gouda@samen.demo',
  /** Henk, Assen */
  henk: 'portfolio.assen@samen.demo',
} as const;
const OPERATOR = 'netwerkbeheer@samen.demo';

const run = Date.now().toString(36);
const PILOT = `Eén digitale aangifte van overlijden voor elke gemeente (${run})`;
const LONE = `Rouwloket in de bibliotheek van Alphen (${run})`;
const ROUND = `Portfolio-ronde winter (${run})`;
const DAY = 86_400_000;
/** A day `n` days ago, as the forms want it: JJJJ-MM-DD. */
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString().slice(0, 10);
const sleepUntil = (moment: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, moment - Date.now())));

const state = {
  sessions: {} as Record<'marieke' | 'ahmed' | 'bas' | 'gerda' | 'henk', StorageState>,
  boardIds: [] as string[],
  pilotPath: '',
  lonePath: '',
  roundPath: '',
  nominationsClose: 0,
  scoringCloses: 0,
  servicePath: '',
};

let states = 0;
/** Runs axe on the page as it is now; every page of this story must pass, and reflow (page-states.ts). */
async function expectAccessible(page: Page) {
  expect(await axeViolations(page), `axe violations on ${page.url()}`).toEqual([]);
  states += 1;
  await checkPageState(session, page, `scale-up story ${states} ${new URL(page.url()).pathname}`);
}

const as = (who: keyof typeof state.sessions) => session.newPage({ storageState: state.sessions[who] });

/** Marieke submits an initiative through the pages and moves it to the phase pilot; returns its path. */
async function sharePilot(page: Page, title: string): Promise<string> {
  await page.goto('/innovatie/nieuw');
  await page.getByLabel('Titel', { exact: true }).fill(title);
  await page
    .getByLabel('Wat is het? (samenvatting)')
    .fill('Nabestaanden doen de aangifte van overlijden één keer, digitaal, in plaats van aan het loket.');
  await page.getByLabel('Doel', { exact: true }).fill('Minder loketbezoek in een zware tijd.');
  await page.getByLabel('Dienstverlening').check();
  await page.getByRole('button', { name: 'Initiatief indienen' }).click();
  await page.waitForURL(/\/innovatie\/[0-9a-f-]{36}$/);
  const path = new URL(page.url()).pathname;
  await page.getByRole('combobox', { name: 'Naar een andere fase' }).selectOption({ label: 'Pilot' });
  await page.getByRole('button', { name: 'Fase wijzigen' }).click();
  expect(await flashText(page)).toBe('De fase is gewijzigd.');
  return path;
}

/** The account id of a signed-in person, from the download of their own data ("Mijn gegevens"). */
async function accountIdOf(storageState: StorageState): Promise<string> {
  const page = await session.newPage({ storageState });
  const response = await page.request.get('/mijn-profiel/gegevens');
  expect(response.status()).toBe(200);
  return ((await response.json()) as { account: { id: string } }).account.id;
}

/** The map's area of a municipality: the stage group it is drawn in, its fill, and its tooltip. */
async function mapAreaOf(page: Page, municipality: string) {
  return page.locator('svg.samen-map__svg').evaluate((svg, name) => {
    const title = [...svg.querySelectorAll('path > title')].find((t) => t.textContent?.startsWith(`${name}:`));
    const path = title?.parentElement;
    const group = path?.parentElement;
    return {
      title: title?.textContent ?? null,
      group: group?.getAttribute('class') ?? null,
      fill: path ? getComputedStyle(path).fill : null,
    };
  }, municipality);
}

beforeAll(async () => {
  for (const [who, email] of [
    ['marieke', DEMO.alphen],
    ['ahmed', DEMO.gouda],
    ['bas', BOARD.bas],
    ['gerda', BOARD.gerda],
    ['henk', BOARD.henk],
  ] as const)
    state.sessions[who] = await signedInAs(session, email);
  for (const who of ['bas', 'gerda', 'henk'] as const) state.boardIds.push(await accountIdOf(state.sessions[who]));
}, 120_000);

describe('A portfolio board scales up a pilot and Gouda adopts it', () => {
  it('Marieke shares two pilots; Gouda co-develops one of them', async () => {
    const marieke = await as('marieke');
    state.pilotPath = await sharePilot(marieke, PILOT);
    state.lonePath = await sharePilot(marieke, LONE);
    const ahmed = await as('ahmed');
    await ahmed.goto(state.pilotPath);
    const join = ahmed.getByRole('region', { name: 'Meedoen' });
    await join.getByRole('radio', { name: 'Ontwikkelt mee' }).check();
    await join.getByRole('button', { name: 'Meedoen' }).click();
    expect(await flashText(ahmed)).toBe('U doet nu mee met dit initiatief.');
  }, 90_000);

  it('Noor opens a round; Marieke nominates the pilot Gouda carries along, not the one of Alphen alone', async () => {
    // The operator opens the round through the API; its phases follow the clock, so they are short.
    const token = await fetch(`${session.baseURL}/api/v1/tokens`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: OPERATOR, password: DEMO_PASSWORD }),
    }).then((r) => r.json() as Promise<{ token: string }>);
    state.nominationsClose = Date.now() + 25_000;
    state.scoringCloses = state.nominationsClose + 45_000;
    const created = await fetch(`${session.baseURL}/api/v1/portfolio-rounds`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token.token}` },
      body: JSON.stringify({
        kind: 'portfolio',
        title: ROUND,
        description: 'Welke pilots worden deze winter een landelijke voorziening?',
        boardMemberIds: state.boardIds,
        nominationsCloseAt: new Date(state.nominationsClose).toISOString(),
        scoringClosesAt: new Date(state.scoringCloses).toISOString(),
        decisionAt: new Date(Date.now() + 30 * DAY).toISOString(),
      }),
    });
    expect(created.status).toBe(201);
    state.roundPath = `/opschalen/rondes/${((await created.json()) as { id: string }).id}`;

    const page = await as('marieke');
    await page.goto('/opschalen');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Rondes en competities' }).first().click();
    await page.waitForURL('**/opschalen/rondes');
    await expectAccessible(page);
    await page.getByRole('link', { name: ROUND }).click();
    await page.waitForURL(`**${state.roundPath}`);
    expect(await page.getByText('Gerda (Gouda)').isVisible()).toBe(true);
    await expectAccessible(page);

    const form = page.getByRole('form', { name: 'Voordragen' });
    await form.getByRole('radio', { name: new RegExp(`^${LONE.replace(/[()]/g, '\\$&')}`) }).check();
    await form.getByLabel('Waarom moet dit opschalen?').fill('Nabestaanden in Alphen zijn er blij mee.');
    await form.getByRole('button', { name: 'Voordragen' }).click();
    const summary = page.locator('.samen-error-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('minstens twee gemeenten');
    expect(await summary.getByRole('link').first().getAttribute('href')).toBe('#veld-initiativeId');
    expect(await page.title()).toMatch(/^Fout:/);
    await expectAccessible(page);

    await form.getByRole('radio', { name: new RegExp(`^${PILOT.replace(/[()]/g, '\\$&')}`) }).check();
    await form.getByLabel('Waarom moet dit opschalen?').fill('Al 130 gemeenten hebben belangstelling.');
    await form.getByLabel('Wat kost het naar verwachting? (niet verplicht)').fill('Ongeveer € 80.000 per jaar');
    await form.getByRole('button', { name: 'Voordragen' }).click();
    expect(await flashText(page)).toBe('Het initiatief is voorgedragen.');
    const nomination = page.getByRole('article', { name: PILOT });
    expect(await nomination.innerText()).toMatch(/Ontwikkelen mee\s+Gouda/);
    expect(await nomination.innerText()).toContain('Al 130 gemeenten hebben belangstelling.');
  }, 90_000);

  it('three board members score; Gerda of Gouda must declare her conflict of interest', async () => {
    await sleepUntil(state.nominationsClose + 1_000);
    const score = async (who: 'bas' | 'gerda' | 'henk', value: string, moscow: string, comment: string) => {
      const page = await as(who);
      await page.goto(state.roundPath);
      const form = page.getByRole('form', { name: `Uw score: ${PILOT}` });
      for (const select of await form.getByRole('combobox').all()) await select.selectOption(value);
      await form.getByRole('radio', { name: moscow }).check();
      await form.getByLabel('Toelichting (niet verplicht)').fill(comment);
      return { page, form };
    };

    const bas = await score('bas', '5', 'Moet (must have)', 'Breed te gebruiken, goed gedocumenteerd.');
    await expectAccessible(bas.page);
    await bas.form.getByRole('button', { name: 'Score opslaan' }).click();
    expect(await flashText(bas.page)).toBe('Uw score is opgeslagen.');
    expect(await bas.page.getByLabel('Volwassenheid (gewicht 2)').inputValue()).toBe('5');

    const gerda = await score('gerda', '5', 'Moet (must have)', 'Gouda doet zelf mee.');
    expect(await gerda.page.getByText('Uw gemeente draagt dit initiatief.').isVisible()).toBe(true);
    // She sees only her own score form, never Bas's comment.
    expect(await gerda.page.getByText('Breed te gebruiken').count()).toBe(0);
    await gerda.form.getByLabel('Ik heb belangenverstrengeling bij deze voordracht').uncheck();
    await gerda.form.getByRole('button', { name: 'Score opslaan' }).click();
    await gerda.page.locator('.samen-error-summary').waitFor();
    expect(await gerda.page.locator('.samen-error-summary').innerText()).toContain('Vink belangenverstrengeling aan');
    await expectAccessible(gerda.page);
    await gerda.form.getByLabel('Ik heb belangenverstrengeling bij deze voordracht').check();
    await gerda.form.getByRole('button', { name: 'Score opslaan' }).click();
    expect(await flashText(gerda.page)).toBe('Uw score is opgeslagen.');

    const henk = await score('henk', '3', 'Zou moeten (should have)', 'Eerst de kosten beter uitzoeken.');
    await henk.form.getByRole('button', { name: 'Score opslaan' }).click();
    expect(await flashText(henk.page)).toBe('Uw score is opgeslagen.');
    expect(Date.now()).toBeLessThan(state.scoringCloses);
  }, 180_000);

  it('after scoring, everyone sees the totals without Gerda’s score; Bas records the decision and why', async () => {
    await sleepUntil(state.scoringCloses + 1_000);
    const visitor = await session.newPage();
    await visitor.goto(state.roundPath);
    const totals = visitor.getByRole('table', { name: `Gemiddelde score per criterium: ${PILOT}` });
    expect(await totals.getByRole('row', { name: /Gewogen gemiddelde/ }).innerText()).toContain('4,00');
    expect(await visitor.getByText('1 score met belangenverstrengeling telde niet mee.').isVisible()).toBe(true);
    await expectAccessible(visitor);

    const bas = await as('bas');
    await bas.goto(state.roundPath);
    const form = bas.getByRole('form', { name: `Besluit vastleggen: ${PILOT}` });
    await form.getByRole('radio', { name: 'Opschalen' }).check();
    await form.getByLabel('Reden van het besluit').fill('Breed gedragen door gemeenten en herbruikbaar.');
    await expectAccessible(bas);
    await form.getByRole('button', { name: 'Besluit vastleggen' }).click();
    expect(await flashText(bas)).toBe('Het besluit is vastgelegd.');

    await visitor.reload();
    const nomination = visitor.getByRole('article', { name: PILOT });
    expect(await nomination.innerText()).toMatch(/Besluit\s+Opschalen/);
    expect(await nomination.innerText()).toContain('Breed gedragen door gemeenten en herbruikbaar.');
    await nomination.getByRole('link', { name: `Naar de landelijke voorziening ${PILOT}` }).click();
    await visitor.waitForURL('**/opschalen/voorzieningen/*');
    state.servicePath = new URL(visitor.url()).pathname;
    expect(await visitor.getByRole('heading', { level: 1 }).innerText()).toBe(PILOT);
    await expectAccessible(visitor);
    await visitor.goto('/opschalen/voorzieningen');
    expect(await visitor.getByRole('link', { name: PILOT }).getAttribute('href')).toBe(state.servicePath);
    await expectAccessible(visitor);
  }, 180_000);

  it('Ahmed moves Gouda through the stages with a council motion and its stakeholders; the map follows', async () => {
    const page = await as('ahmed');
    await page.goto(state.servicePath);
    expect((await mapAreaOf(page, 'Gouda')).group).toBe('samen-stage--none');
    await page.getByRole('link', { name: 'Invoering van Gouda bijwerken' }).click();
    await page.waitForURL(`**${state.servicePath}/gemeenten/GM0513`);
    await expectAccessible(page);

    const stage = async (label: string, date: string) => {
      await page.getByRole('radio', { name: label, exact: true }).check();
      await page.getByLabel('Op welke dag is deze fase bereikt? (niet verplicht)').fill(date);
      await page.getByRole('button', { name: 'Fase opslaan' }).click();
    };
    // A day that has not come yet is refused, on its field.
    await stage('Geïnteresseerd', new Date(Date.now() + 3 * DAY).toISOString().slice(0, 10));
    const summary = page.locator('.samen-error-summary');
    await summary.waitFor();
    expect(await summary.getByRole('link', { name: /Deze datum ligt in de toekomst/ }).getAttribute('href')).toBe(
      '#veld-stageDate',
    );
    await expectAccessible(page);
    await stage('Geïnteresseerd', daysAgo(200));
    expect(await flashText(page)).toBe('De fase is opgeslagen.');

    // The council adopts a motion; the stakeholders' stances are for Gouda only.
    await page.getByLabel('Datum', { exact: true }).fill(daysAgo(150));
    await page.getByLabel('Wat gebeurde er?').selectOption('motion-adopted');
    await page.getByLabel(/^Notitie \(niet verplicht/).fill('Motie Van Dijk: doe mee met de landelijke aanpak.');
    await page.getByRole('button', { name: 'Gebeurtenis toevoegen' }).click();
    expect(await flashText(page)).toBe('De gebeurtenis is toegevoegd.');
    await page.getByLabel('Houding van: Wethouder').selectOption('voor');
    await page.getByLabel('Notitie over: Wethouder').fill('Wethouder Bakker wil het voor de zomer.');
    await page.getByLabel('Houding van: Gemeenteraad').selectOption('voor');
    await page.getByLabel('Houding van: Welzijnsorganisatie').selectOption('neutraal');
    await page.getByRole('button', { name: 'Betrokkenen opslaan' }).click();
    expect(await flashText(page)).toBe('De betrokkenen zijn opgeslagen.');
    await stage('Besluit in voorbereiding', daysAgo(120));
    expect(await flashText(page)).toBe('De fase is opgeslagen.');
    await expectAccessible(page);

    await page.goto(state.servicePath);
    expect(await mapAreaOf(page, 'Gouda')).toEqual({
      title: 'Gouda: besluit in voorbereiding',
      group: 'samen-stage--deciding',
      fill: 'rgb(34, 94, 168)',
    });

    await page.goto(`${state.servicePath}/gemeenten/GM0513`);
    await stage('Aan het invoeren', daysAgo(60));
    expect(await flashText(page)).toBe('De fase is opgeslagen.');
    await stage('In gebruik', daysAgo(0));
    expect(await flashText(page)).toBe('De fase is opgeslagen.');
    const trajectory = page.getByRole('table', { name: 'Wat er gebeurde, op datum' });
    expect(await trajectory.innerText()).toContain('Motie Van Dijk');
    expect(await trajectory.getByRole('row').count()).toBe(6); // the header, four stages and the motion

    await page.goto(state.servicePath);
    expect(await mapAreaOf(page, 'Gouda')).toEqual({
      title: 'Gouda: in gebruik',
      group: 'samen-stage--live',
      fill: 'rgb(8, 29, 88)',
    });
    expect(await page.getByRole('table', { name: 'Aantal gemeenten per fase' }).innerText()).toMatch(/In gebruik\s+1/);
    await expectAccessible(page);

    // Everyone sees Gouda's stages and the motion, but not its notes or stakeholders.
    const visitor = await session.newPage();
    await visitor.goto(`${state.servicePath}/gemeenten/GM0513`);
    const open = await visitor.locator('main').innerText();
    expect(open).toContain('Motie aangenomen');
    expect(open).not.toContain('Motie Van Dijk');
    expect(open).not.toContain('Wethouder Bakker');
    expect(await visitor.getByRole('button', { name: 'Fase opslaan' }).count()).toBe(0);
    await expectAccessible(visitor);
  }, 120_000);
});
