import { sql } from 'drizzle-orm';
import type { SignedIn } from '../core/authz';
import type { AppContext } from '../core/context';
import { firstRow } from '../core/db';
import { accountIdByEmail } from '../modules/accounts';
import { createRound, decide, nominate, preselect, scoreNomination } from '../modules/scale-up/rounds/commands';
import { boardMemberCandidates } from '../modules/scale-up/rounds/queries';
import { DEFAULT_CRITERIA } from '../modules/scale-up/rules';
import { seedAdoptions, seedServices } from './scale-up-services';

/**
 * Demo data of Samen opschalen, with dates relative to today so every round is in the phase it is
 * meant to show whenever the demo is started: one decided portfolio round with scores and
 * rationales, one round open for scoring, one open competition with three preselected entries,
 * five national services and hundreds of decision trajectories (see scale-up-services.ts).
 *
 * Rounds go through the real commands with the clock set to the moment each step happened.
 */
const DAY = 86_400_000;

export const BOARD_MEMBERS = {
  utrecht: 'portfolio.utrecht@samen.demo',
  gouda: 'portfolio.gouda@samen.demo',
  assen: 'portfolio.assen@samen.demo',
} as const;

async function initiativeId(deps: AppContext, title: string): Promise<string> {
  const found = await firstRow<{ id: string }>(deps.db, sql`SELECT id FROM initiatives WHERE title = ${title}`);
  if (!found) throw new Error(`demo initiative missing: ${title}`);
  return found.id;
}

const operatorActor = (accountId: string): SignedIn => ({
  kind: 'account',
  accountId,
  firstName: 'Noor',
  locale: 'nl',
  municipalityCode: null,
  roles: ['netwerkbeheer'],
  memberships: [],
});

/** A member of the board as the commands see them: an account of the gemeente organisation it serves. */
async function boardActor(deps: AppContext, email: string): Promise<SignedIn> {
  const accountId = await accountIdByEmail(deps.db, email);
  if (!accountId) throw new Error(`demo account missing: ${email}`);
  return {
    kind: 'account',
    accountId,
    firstName: '',
    locale: 'nl',
    municipalityCode: null,
    roles: [],
    memberships: [],
  };
}

const scores = (values: number[]) =>
  Object.fromEntries(DEFAULT_CRITERIA.map(({ key }, i) => [key, values[i % values.length] as number]));

export async function seedScaleUp(deps: AppContext, operatorAccountId: string): Promise<void> {
  if (await firstRow(deps.db, sql`SELECT 1 FROM portfolio_rounds LIMIT 1`)) return;
  const now = Date.now();
  const at = (days: number) => new Date(now + days * DAY);
  const when = (days: number) => ({ ...deps, clock: { now: () => at(days) } });
  const operator = operatorActor(operatorAccountId);
  const board = await Promise.all(Object.values(BOARD_MEMBERS).map((email) => boardActor(deps, email)));
  const [bas, gerda, henk] = board as [SignedIn, SignedIn, SignedIn];
  const members = await boardMemberCandidates(
    deps.db,
    board.map((b) => b.accountId),
  );
  const boardMemberIds = board.map((b) => b.accountId);

  // 1. A decided portfolio round, about seven months ago.
  const spring = await createRound(
    when(-300),
    operator,
    {
      kind: 'portfolio',
      title: 'Portfolio-ronde voorjaar',
      description:
        'Het Gemeentelijk Portfolio-overleg kiest pilots die klaar zijn om landelijk te worden: één invoering ' +
        'voor alle gemeenten in plaats van 342 keer hetzelfde.',
      criteria: [...DEFAULT_CRITERIA],
      boardMemberIds,
      nominationsCloseAt: at(-270).toISOString(),
      scoringClosesAt: at(-230).toISOString(),
      decisionAt: at(-210).toISOString(),
    },
    members,
  );
  const springEntries = [
    {
      title: 'Eén formulier voor alle regelingen voor kinderen',
      motivation: 'Ouders vragen alle kindregelingen met één formulier aan; Almelo en Wierden tonen dat het werkt.',
      marks: [
        [5, 4],
        [4, 5],
        [5, 5],
      ],
      decision: 'scale-up' as const,
      rationale:
        'Breed gedragen, goed te standaardiseren en het scheelt ouders veel werk. We schalen op met Almelo als ' +
        'trekker en Wierden als tweede gemeente.',
    },
    {
      title: 'Community-supermarkt voor inwoners met een smalle beurs',
      motivation: 'Een supermarkt waar inwoners met weinig geld goedkoop en zonder stempel boodschappen doen.',
      marks: [
        [4, 3],
        [3, 3],
        [4, 2],
      ],
      decision: 'not-yet' as const,
      rationale: 'Veelbelovend, maar de kosten en baten zijn nog niet gemeten. Kom terug na een jaar evaluatie.',
    },
    {
      title: 'Huisarts als vindplaats voor geldzorgen',
      motivation: 'Huisartsen verwijzen patiënten met geldzorgen direct door naar schuldhulp.',
      marks: [
        [3, 2],
        [2, 3],
        [3, 3],
      ],
      decision: 'no' as const,
      rationale:
        'Dit vraagt vooral lokale afspraken met huisartsen. Een landelijke voorziening voegt weinig toe; ' +
        'deel de aanpak als goed voorbeeld.',
    },
  ];
  for (const entry of springEntries) {
    const nomination = await nominate(when(-290), operator, spring, {
      initiativeId: await initiativeId(deps, entry.title),
      motivation: entry.motivation,
    });
    for (const [index, member] of board.entries())
      await scoreNomination(when(-250), member, spring, nomination, {
        criteria: scores(entry.marks[index] ?? [3]),
        moscow: entry.decision === 'scale-up' ? 'must' : entry.decision === 'not-yet' ? 'could' : 'wont',
        comment: '',
        conflictOfInterest: false,
      });
    await decide(when(-210), bas, spring, nomination, { decision: entry.decision, rationale: entry.rationale });
  }

  // 2. A round open for scoring: nominations closed two weeks ago, scoring closes in six weeks.
  const autumn = await createRound(
    when(-60),
    operator,
    {
      kind: 'portfolio',
      title: 'Portfolio-ronde najaar',
      description: 'De tweede ronde van dit jaar. Leden van het overleg scoren tot het scoren sluit.',
      criteria: [...DEFAULT_CRITERIA],
      boardMemberIds,
      nominationsCloseAt: at(-14).toISOString(),
      scoringClosesAt: at(42).toISOString(),
      decisionAt: at(63).toISOString(),
    },
    members,
  );
  const autumnEntries = [
    ['Een PGB-app', 'Budgethouders regelen hun PGB op hun telefoon; Groningen, Assen en Oldambt bouwen samen.'],
    [
      'Inwoners actief wijzen op inkomensregelingen',
      'Leiden en Leiderdorp bereiken inwoners die recht hebben op steun.',
    ],
    [
      'Schuldenrust: gemeente neemt schulden over',
      'Eén schuldeiser in plaats van tien: rust voor inwoners met schulden.',
    ],
  ];
  const autumnIds: string[] = [];
  for (const [title, motivation] of autumnEntries)
    autumnIds.push(
      await nominate(when(-30), operator, autumn, {
        initiativeId: await initiativeId(deps, title as string),
        motivation: motivation as string,
      }),
    );
  // Bas has scored the PGB-app; Henk serves Assen, which co-develops it, and declared so.
  await scoreNomination(when(-7), bas, autumn, autumnIds[0] as string, {
    criteria: scores([4, 5, 3]),
    moscow: 'should',
    comment: 'Sterk idee; de privacy-paragraaf moet nog beter.',
    conflictOfInterest: false,
  });
  await scoreNomination(when(-5), henk, autumn, autumnIds[0] as string, {
    criteria: scores([5]),
    moscow: 'must',
    comment: 'Assen ontwikkelt mee.',
    conflictOfInterest: true,
  });

  // 3. An open competition on a group of similar initiatives: help with digital government.
  const competition = await createRound(
    when(-150),
    operator,
    {
      kind: 'competition',
      title: 'Open competitie: hulp bij digitale overheidszaken',
      description:
        'Vier gemeenten helpen inwoners met digitale overheidszaken, elk op hun eigen manier. Het overleg kiest ' +
        'hoogstens drie aanpakken die zich verder ontwikkelen; de winnaar bieden we aan elke gemeente aan.',
      criteria: [
        { key: 'maatschappelijke-waarde', label: 'Maatschappelijke waarde', weight: 3 },
        { key: 'standaardiseerbaarheid', label: 'Standaardiseerbaarheid', weight: 2 },
        { key: 'kosten-baten', label: 'Kosten en baten', weight: 2 },
      ],
      boardMemberIds,
      nominationsCloseAt: at(-120).toISOString(),
      scoringClosesAt: at(-90).toISOString(),
      decisionAt: at(120).toISOString(),
      developmentEndsAt: at(90).toISOString(),
    },
    members,
  );
  const entrants = [
    ['Wekelijkse inloop voor hulp bij digitale zaken', 'Elke week een inloop in de bibliotheek.'],
    ['Spreekuur voor hulp bij digitale overheidszaken', 'Een spreekuur op afspraak, met vrijwilligers.'],
    ['Videobellen met de gemeente', 'Beeldbellen met een medewerker die meekijkt.'],
    ['Online Nabuurschap', 'Buren helpen elkaar online.'],
  ];
  const entryIds: string[] = [];
  for (const [title, motivation] of entrants)
    entryIds.push(
      await nominate(when(-130), operator, competition, {
        initiativeId: await initiativeId(deps, title as string),
        motivation: motivation as string,
      }),
    );
  for (const [index, member] of board.entries())
    for (const [entry, id] of entryIds.entries())
      await scoreNomination(when(-100), member, competition, id, {
        criteria: {
          'maatschappelijke-waarde': 4 - (entry === 3 ? 2 : 0),
          standaardiseerbaarheid: 3 + (index % 2),
          'kosten-baten': 4,
        },
        moscow: entry === 3 ? 'could' : 'should',
        comment: '',
        // Bas serves Utrecht, which co-develops Online Nabuurschap: he says so, and his score does not count.
        conflictOfInterest: index === 0 && entry === 3,
      });
  await preselect(when(-85), gerda, competition, [
    { nominationId: entryIds[0] as string, note: 'Laagdrempelig en al in 12 bibliotheken te vinden.' },
    { nominationId: entryIds[1] as string, note: 'Werkt met vrijwilligers: goedkoop en goed te herhalen.' },
    { nominationId: entryIds[2] as string, note: 'Helpt ook inwoners die niet naar een loket kunnen komen.' },
  ]);

  await seedServices(deps, operator);
  await seedAdoptions(deps, operatorAccountId, now);
}
