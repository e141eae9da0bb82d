import { sql } from 'drizzle-orm';
import type { SignedIn } from '../core/authz';
import type { AppContext } from '../core/context';
import { firstRow, rows } from '../core/db';
import { createService } from '../modules/scale-up/services/commands';
import {
  milestones,
  type Stage,
  type StakeholderRole,
  type Stance,
  STAKEHOLDER_ROLES,
} from '../modules/scale-up/rules';

/**
 * The national services of the demo and their adoption by municipalities, with decision
 * trajectories over several years. Trajectories are written in bulk (hundreds of them, with their
 * events and stakeholders); their milestones are computed by the same rule the commands use.
 */
const DAY = 86_400_000;

/** A small deterministic random generator (mulberry32), so the demo is the same on every machine. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export async function seedServices(deps: AppContext, operator: SignedIn): Promise<void> {
  const origin = async (title: string) =>
    (await firstRow<{ id: string }>(deps.db, sql`SELECT id FROM initiatives WHERE title = ${title}`))?.id ?? null;
  await createService(deps, operator, {
    name: 'Digitale Aangifte Overlijden',
    description:
      'Nabestaanden en uitvaartondernemers doen de aangifte van overlijden digitaal, bij elke gemeente op dezelfde ' +
      'manier. De gemeente ontvangt de aangifte direct in haar burgerzakensysteem.',
    originInitiativeId: await origin('Digitale Aangifte Overlijden'),
    operatorName: 'Gemeente ’s-Hertogenbosch',
    status: 'beschikbaar',
    standards: [{ name: 'StUF-BG' }, { name: 'DigiD' }, { name: 'NL Design System' }],
    links: [{ label: 'Handleiding aansluiten', url: 'https://www.samen.localhost/voorzieningen/dao/handleiding' }],
    steps: [
      {
        title: 'Besluit om aan te sluiten',
        explanation: 'Leg het voorstel voor aan het college. Een raadsbesluit is meestal niet nodig.',
        checklist: ['Collegevoorstel geschreven', 'Budget voor de aansluitkosten'],
      },
      {
        title: 'Afspraken met uitvaartondernemers',
        explanation: 'Vertel de uitvaartondernemers in de gemeente hoe digitale aangifte werkt en vanaf wanneer.',
        checklist: ['Bijeenkomst georganiseerd', 'Contactpersoon bekend'],
      },
      {
        title: 'Technische aansluiting',
        explanation: 'Sluit het burgerzakensysteem aan op de voorziening en test met de testomgeving.',
        checklist: ['Aansluitformulier ingediend', 'Testaangifte verwerkt'],
      },
      {
        title: 'Werkproces aanpassen',
        explanation: 'Richt het werk van de afdeling burgerzaken in op aangiftes die digitaal binnenkomen.',
        checklist: ['Werkinstructie aangepast', 'Medewerkers getraind'],
      },
      { title: 'Live', explanation: 'Zet de voorziening aan en zeg het op de website van de gemeente.', checklist: [] },
    ],
  });
  await createService(deps, operator, {
    name: 'Digitale Verhuisservice',
    description: 'Inwoners geven een verhuizing één keer door; de gemeente en andere organisaties krijgen het bericht.',
    originInitiativeId: await origin('Digitale Verhuisservice'),
    operatorName: 'Gemeente Amersfoort',
    status: 'in-ontwikkeling',
    standards: [{ name: 'Haal Centraal BRP' }],
    links: [],
    steps: [
      { title: 'Meedoen in de pilotgroep', explanation: 'Meld uw gemeente aan voor de pilotgroep.', checklist: [] },
      { title: 'Koppeling met de BRP', explanation: 'Sluit aan op de Haal Centraal-koppeling.', checklist: [] },
      { title: 'Live', explanation: 'Zet de verhuisservice aan.', checklist: [] },
    ],
  });
  await createService(deps, operator, {
    name: 'Vroegsignalering schulden',
    description:
      'Woningcorporaties, energie- en zorgverzekeraars melden betalingsachterstanden vroeg; de gemeente biedt hulp ' +
      'aan voordat schulden groeien.',
    operatorName: 'Inlichtingenbureau',
    status: 'beschikbaar',
    standards: [{ name: 'Wet gemeentelijke schuldhulpverlening' }],
    links: [],
    steps: [
      { title: 'Convenanten met partners', explanation: 'Sluit het convenant met de meldpartners.', checklist: [] },
      { title: 'Aansluiten op het Inlichtingenbureau', explanation: 'Vraag de aansluiting aan.', checklist: [] },
      { title: 'Huisbezoeken organiseren', explanation: 'Spreek af wie op een signaal af gaat.', checklist: [] },
      { title: 'Live', explanation: 'Signalen komen binnen en worden opgepakt.', checklist: [] },
    ],
  });
}

interface Trajectory {
  municipalityCode: string;
  /** stage changes, days ago */
  stages: [Stage, number][];
  events: { kind: string; daysAgo: number; note: string }[];
  stakeholders: { role: StakeholderRole; stance: Stance; note: string }[];
  stoppedReason?: string;
}

const STANCE_BY_DRAW: Stance[] = ['voor', 'voor', 'voor', 'neutraal', 'onbekend', 'tegen'];

/** A plausible trajectory: interest, a decision after 3 months to 2 years, sometimes a motion or a stop. */
function trajectory(code: string, draw: () => number, reach: Stage): Trajectory {
  const start = 60 + Math.floor(draw() * 1500);
  const stages: [Stage, number][] = [['interested', start]];
  const events: Trajectory['events'] = [];
  let day = start;
  const next = (min: number, spread: number) => {
    day = Math.max(1, day - (min + Math.floor(draw() * spread)));
    return day;
  };
  if (draw() < 0.35) {
    events.push({ kind: 'motion-filed', daysAgo: Math.max(1, start + 20), note: 'Motie ingediend door de raad.' });
    events.push({ kind: 'motion-adopted', daysAgo: Math.max(1, start - 10), note: 'Motie aangenomen.' });
  }
  const order: Stage[] = ['deciding', 'implementing', 'live'];
  // A stopped trajectory stopped while deciding.
  const last = order.indexOf(reach === 'stopped' ? 'deciding' : reach);
  for (const stage of order.slice(0, last + 1)) {
    stages.push([stage, next(stage === 'deciding' ? 30 : 60, stage === 'implementing' ? 400 : 200)]);
    if (stage === 'implementing' && draw() < 0.6) events.push({ kind: 'budget-decision', daysAgo: day + 5, note: '' });
    if (stage === 'live') events.push({ kind: 'go-live', daysAgo: day, note: '' });
  }
  if (reach === 'stopped') stages.push(['stopped', next(30, 200)]);
  const stakeholders =
    draw() < 0.5
      ? STAKEHOLDER_ROLES.filter(() => draw() < 0.6).map((role) => ({
          role,
          stance: STANCE_BY_DRAW[Math.floor(draw() * STANCE_BY_DRAW.length)] as Stance,
          note: '',
        }))
      : [];
  return {
    municipalityCode: code,
    stages,
    events,
    stakeholders,
    ...(reach === 'stopped' ? { stoppedReason: 'Geen budget dit jaar; we kijken volgend jaar opnieuw.' } : {}),
  };
}

/** The long and the short road the issue names: Rotterdam in five years, Noord-Beveland in three months. */
const FAMOUS: Trajectory[] = [
  {
    municipalityCode: 'GM0599',
    stages: [
      ['interested', 1900],
      ['deciding', 1500],
      ['implementing', 420],
      ['live', 60],
    ],
    events: [
      { kind: 'motion-filed', daysAgo: 1600, note: 'Motie van de fractie over digitale dienstverlening.' },
      { kind: 'motion-adopted', daysAgo: 1580, note: 'Aangenomen met ruime meerderheid.' },
      { kind: 'budget-decision', daysAgo: 450, note: 'Budget in de voorjaarsnota.' },
      { kind: 'contract-signed', daysAgo: 400, note: '' },
      { kind: 'go-live', daysAgo: 60, note: '' },
    ],
    stakeholders: [
      { role: 'wethouder', stance: 'voor', note: 'Na de verkiezingen trekker geworden.' },
      { role: 'gemeenteraad', stance: 'voor', note: '' },
      { role: 'ambtenaar', stance: 'voor', note: 'Burgerzaken wil het graag.' },
      { role: 'bewoners', stance: 'voor', note: 'Uitvaartondernemers vroegen erom.' },
    ],
  },
  {
    municipalityCode: 'GM1695',
    stages: [
      ['interested', 200],
      ['implementing', 150],
      ['live', 110],
    ],
    events: [{ kind: 'go-live', daysAgo: 110, note: '' }],
    stakeholders: [{ role: 'ambtenaar', stance: 'voor', note: 'Kleine gemeente, korte lijnen.' }],
  },
];

export async function seedAdoptions(deps: AppContext, operatorAccountId: string, now: number): Promise<void> {
  const services = await rows<{ id: string; slug: string }>(deps.db, sql`SELECT id, slug FROM services`);
  const id = (slug: string) => services.find((s) => s.slug === slug)?.id;
  const codes = (await rows<{ code: string }>(deps.db, sql`SELECT code FROM municipalities ORDER BY code`)).map(
    (m) => m.code,
  );
  // Gouda is left out, so Ahmed can record its interest himself in the demo.
  const pool = codes.filter((c) => !['GM0513', ...FAMOUS.map((f) => f.municipalityCode)].includes(c));
  const plans: [string | undefined, Trajectory[]][] = [];
  const pick = (seed: number, counts: Partial<Record<Stage, number>>) => {
    const draw = random(seed);
    const shuffled = [...pool].sort(() => draw() - 0.5);
    const list: Trajectory[] = [];
    for (const [stage, count] of Object.entries(counts) as [Stage, number][])
      for (let i = 0; i < count; i++) list.push(trajectory(shuffled.pop() as string, draw, stage));
    return list;
  };
  plans.push([
    id('digitale-aangifte-overlijden'),
    [...FAMOUS, ...pick(342, { interested: 52, deciding: 38, implementing: 24, live: 30, stopped: 6 })],
  ]);
  plans.push([id('digitale-verhuisservice'), pick(7, { interested: 41, deciding: 9 })]);
  plans.push([
    id('vroegsignalering-schulden'),
    pick(13, { interested: 20, deciding: 18, implementing: 22, live: 35, stopped: 3 }),
  ]);
  plans.push([id('een-formulier-voor-alle-regelingen-voor-kinderen'), pick(21, { interested: 11, deciding: 3 })]);

  const dateOf = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString().slice(0, 10);
  const adoptions: unknown[] = [];
  const events: unknown[] = [];
  const stakeholders: unknown[] = [];
  for (const [serviceId, trajectories] of plans) {
    if (!serviceId) continue;
    for (const t of trajectories) {
      const all = [
        ...t.stages.map(([stage, daysAgo]) => ({
          kind: 'stage-changed',
          stage,
          occurredOn: dateOf(daysAgo),
          note: '',
        })),
        ...t.events.map((e) => ({ kind: e.kind, stage: null, occurredOn: dateOf(e.daysAgo), note: e.note })),
      ].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
      const dates = milestones(all as Parameters<typeof milestones>[0]);
      const stage = (t.stages.at(-1) as [Stage, number])[0];
      adoptions.push({
        service_id: serviceId,
        municipality_code: t.municipalityCode,
        stage,
        stopped_reason: t.stoppedReason ?? null,
        interested_on: dates.interestedOn,
        decided_on: dates.decidedOn ?? null,
        live_on: dates.liveOn ?? null,
        started_with: all.find((e) => e.kind !== 'stage-changed')?.kind ?? null,
      });
      for (const e of all)
        events.push({ service_id: serviceId, municipality_code: t.municipalityCode, ...e, occurred_on: e.occurredOn });
      for (const s of t.stakeholders)
        stakeholders.push({ service_id: serviceId, municipality_code: t.municipalityCode, ...s });
    }
  }
  await deps.db.transaction(async (tx) => {
    await tx.execute(sql`
      INSERT INTO adoptions (service_id, municipality_code, stage, stopped_reason, interested_on, decided_on, live_on,
                             started_with)
      SELECT service_id, municipality_code, stage, stopped_reason, interested_on, decided_on, live_on, started_with
        FROM jsonb_to_recordset(${JSON.stringify(adoptions)}::jsonb) AS a(service_id uuid, municipality_code text,
             stage text, stopped_reason text, interested_on date, decided_on date, live_on date, started_with text)
      ON CONFLICT DO NOTHING`);
    await tx.execute(sql`
      INSERT INTO adoption_events (service_id, municipality_code, kind, stage, occurred_on, note, recorded_by)
      SELECT service_id, municipality_code, kind, stage, occurred_on, note, ${operatorAccountId}::uuid
        FROM jsonb_to_recordset(${JSON.stringify(events)}::jsonb) AS e(service_id uuid, municipality_code text,
             kind text, stage text, occurred_on date, note text)`);
    await tx.execute(sql`
      INSERT INTO adoption_stakeholders (service_id, municipality_code, role, stance, note)
      SELECT service_id, municipality_code, role, stance, note
        FROM jsonb_to_recordset(${JSON.stringify(stakeholders)}::jsonb) AS s(service_id uuid, municipality_code text,
             role text, stance text, note text)`);
  });
}
