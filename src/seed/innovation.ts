import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { SignedIn } from '../core/authz';
import { firstRow } from '../core/db';
import type { AppContext } from '../core/context';
import { projectRoot } from '../core/paths';
import { accountIdByEmail } from '../modules/accounts';
import { addExperiment, createInitiative, joinInitiative } from '../modules/innovation';
import { municipalityByCode } from '../modules/municipalities';
import { gemeenteOrganisationOf, insertOrganisation, organisationBySlug } from '../modules/organisations';
import type { NewInitiative, ParticipantRole, Phase, Theme } from '../modules/innovation';

/** A demo initiative: the written fields of an initiative, and who takes part in it and how. */
interface DemoInitiative
  extends Pick<
    NewInitiative,
    'type' | 'title' | 'summary' | 'goal' | 'benefit' | 'approach' | 'milestones' | 'results' | 'phase' | 'seeks'
  > {
  key: string;
  themes: Theme[];
  phaseHistory: { phase: Phase; date: string }[];
  ownerMunicipality: string;
  participants: { municipality: string; role: ParticipantRole }[];
  experiments: { hypothesis: string; measure: string; result: string; learning: string; date: string }[];
}

/** The contact person for demo initiatives of these municipalities is a demo account. */
const DEMO_CONTACTS: Record<string, string> = {
  GM0484: 'ambtenaar.alphen@samen.demo',
  GM0513: 'ambtenaar.gouda@samen.demo',
  GM0546: 'ambtenaar.leiden@samen.demo',
};

const demoInitiatives = () =>
  JSON.parse(readFileSync(join(projectRoot, 'src/seed/innovation-demo.json'), 'utf8')) as DemoInitiative[];

/** The phases a demo initiative went through, on the dates the demo file gives. */
const phaseHistoryOf = (item: DemoInitiative) =>
  item.phaseHistory.length > 0 ? item.phaseHistory : [{ phase: item.phase, date: '2026-01-01' }];

/** Every (title, phase, date) the demo file fixes; later phases (a scale-up decision) happen "now". */
export function demoPhaseDates(): { title: string; phase: Phase; date: string }[] {
  return demoInitiatives().flatMap((item) => phaseHistoryOf(item).map((entry) => ({ title: item.title, ...entry })));
}

/** Each municipality takes part through its own "Gemeente X" organisation; missing ones are added. */
export async function gemeenteOrganisation(deps: Pick<AppContext, 'db'>, code: string) {
  const existing = await gemeenteOrganisationOf(deps.db, code);
  if (existing) return existing;
  const municipality = await municipalityByCode(deps.db, code);
  if (!municipality) throw new Error(`demo data names unknown municipality ${code}`);
  const slug = `gemeente-${municipality.slug}`;
  return (
    (await organisationBySlug(deps.db, slug)) ??
    insertOrganisation(deps.db, {
      name: `Gemeente ${municipality.name}`,
      slug,
      type: 'gemeente',
      municipalityCode: code,
      website: null,
    })
  );
}

/**
 * Loads the demo initiatives through the same commands people use, so the term index, stored
 * resemblances and phase history are built exactly as in real use. Skips what is already there.
 */
export async function seedInnovation(deps: AppContext, operatorAccountId: string): Promise<number> {
  const demo = demoInitiatives();
  const operator: SignedIn = {
    kind: 'account',
    accountId: operatorAccountId,
    firstName: 'Samen',
    locale: 'nl',
    municipalityCode: null,
    roles: ['netwerkbeheer'],
    memberships: [],
  };
  const contacts = new Map<string, string | null>();
  for (const [code, email] of Object.entries(DEMO_CONTACTS))
    contacts.set(code, (await accountIdByEmail(deps.db, email)) ?? null);
  let added = 0;
  for (const item of demo) {
    const owner = await gemeenteOrganisation(deps, item.ownerMunicipality);
    const exists = await firstRow(
      deps.db,
      sql`SELECT 1 FROM initiatives WHERE title = ${item.title} AND municipality_code = ${item.ownerMunicipality}`,
    );
    if (exists) continue;
    const history = phaseHistoryOf(item);
    const id = await createInitiative(
      deps,
      operator,
      { ...item, ownerMunicipality: item.ownerMunicipality, organisation: owner.id },
      {
        createdAt: `${history[0]?.date}T09:00:00Z`,
        phaseHistory: history,
        contactAccountId: contacts.get(item.ownerMunicipality) ?? null,
      },
    );
    for (const participant of item.participants) {
      const organisation = await gemeenteOrganisation(deps, participant.municipality);
      const joinedAt = `${history[history.length - 1]?.date}T10:00:00Z`;
      await joinInitiative(
        deps,
        operator,
        id,
        { organisation: organisation.id, role: participant.role },
        { joinedAt, contactAccountId: contacts.get(participant.municipality) ?? null },
      );
    }
    for (const experiment of item.experiments) await addExperiment(deps, operator, id, { ...experiment });
    added += 1;
  }
  return added;
}
