import { sql } from 'drizzle-orm';
import { hashPassword } from '../core/auth/secrets';
import type { MembershipRole, OrganisationType, PlatformRole } from '../core/authz';
import { type Db, firstRow } from '../core/db';
import type { AppContext } from '../core/context';
import { accountIdByEmail, grantRole, insertAccount } from '../modules/accounts';
import { postcodeLookup } from '../modules/municipalities';
import { insertOrganisation, organisationBySlug, upsertMembership } from '../modules/organisations';
import { seedInnovation } from './innovation';
import { seedMarketplaces } from './marketplace';
import { seedScaleUp } from './scale-up';

export const DEMO_PASSWORD = 'samen-demo-2026';

interface DemoOrganisation {
  slug: string;
  name: string;
  type: OrganisationType;
  municipalityCode: string | null;
  website?: string;
}

/** Fictional organisations in real places; "Gemeente X" stands for that municipality's own staff. */
const ORGANISATIONS: DemoOrganisation[] = [
  { slug: 'samen-netwerkbeheer', name: 'Samen netwerkbeheer', type: 'landelijk', municipalityCode: null },
  { slug: 'gemeente-utrecht', name: 'Gemeente Utrecht', type: 'gemeente', municipalityCode: 'GM0344' },
  {
    slug: 'welzijn-utrecht-samen',
    name: 'Welzijn Utrecht Samen',
    type: 'welzijnsorganisatie',
    municipalityCode: 'GM0344',
  },
  { slug: 'thuiszorg-domstad', name: 'Thuiszorg Domstad', type: 'zorgaanbieder', municipalityCode: 'GM0344' },
  {
    slug: 'vrijwilligerscentrale-rotterdam',
    name: 'Vrijwilligerscentrale Rotterdam',
    type: 'vrijwilligerscentrale',
    municipalityCode: 'GM0599',
  },
  {
    slug: 'gemeente-alphen-aan-den-rijn',
    name: 'Gemeente Alphen aan den Rijn',
    type: 'gemeente',
    municipalityCode: 'GM0484',
  },
  { slug: 'gemeente-gouda', name: 'Gemeente Gouda', type: 'gemeente', municipalityCode: 'GM0513' },
  { slug: 'gemeente-leiden', name: 'Gemeente Leiden', type: 'gemeente', municipalityCode: 'GM0546' },
  { slug: 'gemeente-assen', name: 'Gemeente Assen', type: 'gemeente', municipalityCode: 'GM0106' },
  { slug: 'welzijn-overbetuwe', name: 'Welzijn Overbetuwe', type: 'welzijnsorganisatie', municipalityCode: 'GM1734' },
  {
    slug: 'lectoraat-sociaal-domein',
    name: 'Lectoraat Sociaal Domein Hogeschool Utrecht',
    type: 'kennisinstelling',
    municipalityCode: 'GM0344',
  },
];

interface DemoAccount {
  email: string;
  firstName: string;
  lastName: string;
  postcode: string;
  description: string;
  roles?: PlatformRole[];
  memberships?: { organisation: string; role: MembershipRole }[];
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'netwerkbeheer@samen.demo',
    firstName: 'Noor',
    lastName: 'de Vries',
    postcode: '3511',
    description: 'netwerkbeheer (platformbeheerder)',
    roles: ['netwerkbeheer'],
    memberships: [{ organisation: 'samen-netwerkbeheer', role: 'beheerder' }],
  },
  {
    email: 'beheerder.utrecht@samen.demo',
    firstName: 'Sanne',
    lastName: 'Jansen',
    postcode: '3521',
    description: 'beheerder bij Welzijn Utrecht Samen',
    memberships: [{ organisation: 'welzijn-utrecht-samen', role: 'beheerder' }],
  },
  {
    email: 'ambtenaar.alphen@samen.demo',
    firstName: 'Marieke',
    lastName: 'Bakker',
    postcode: '2405',
    description: 'ambtenaar bij de gemeente Alphen aan den Rijn',
    memberships: [{ organisation: 'gemeente-alphen-aan-den-rijn', role: 'medewerker' }],
  },
  {
    email: 'ambtenaar.gouda@samen.demo',
    firstName: 'Ahmed',
    lastName: 'Benali',
    postcode: '2801',
    description: 'ambtenaar bij de gemeente Gouda',
    memberships: [{ organisation: 'gemeente-gouda', role: 'medewerker' }],
  },
  {
    email: 'ambtenaar.leiden@samen.demo',
    firstName: 'Lotte',
    lastName: 'Mulder',
    postcode: '2311',
    description: 'ambtenaar bij de gemeente Leiden',
    memberships: [{ organisation: 'gemeente-leiden', role: 'medewerker' }],
  },
  {
    email: 'wijkverpleegkundige@samen.demo',
    firstName: 'Esther',
    lastName: 'Visser',
    postcode: '3514',
    description: 'professional bij Thuiszorg Domstad',
    memberships: [{ organisation: 'thuiszorg-domstad', role: 'medewerker' }],
  },
  {
    email: 'inwoner@samen.demo',
    firstName: 'Fatima',
    lastName: 'El Amrani',
    postcode: '3511',
    description: 'inwoner van Utrecht (vraagt hulp)',
  },
  {
    email: 'vrijwilliger@samen.demo',
    firstName: 'Jan',
    lastName: 'Smit',
    postcode: '3512',
    description: 'vrijwilliger in Utrecht (biedt hulp)',
  },
  {
    email: 'innovatiepanel@samen.demo',
    firstName: 'Kees',
    lastName: 'van Dijk',
    postcode: '2511',
    description: 'lid van het innovatiepanel',
    roles: ['innovatiepanel'],
  },
  {
    email: 'portfolio.utrecht@samen.demo',
    firstName: 'Bas',
    lastName: 'van Leeuwen',
    postcode: '3512',
    description: 'lid van het portfolio-overleg (wethouder, Utrecht)',
    roles: ['portfolioboard'],
    memberships: [{ organisation: 'gemeente-utrecht', role: 'medewerker' }],
  },
  {
    email: 'portfolio.gouda@samen.demo',
    firstName: 'Gerda',
    lastName: 'Hoekstra',
    postcode: '2801',
    description: 'lid van het portfolio-overleg (wethouder, Gouda)',
    roles: ['portfolioboard'],
    memberships: [{ organisation: 'gemeente-gouda', role: 'medewerker' }],
  },
  {
    email: 'portfolio.assen@samen.demo',
    firstName: 'Henk',
    lastName: 'Kramer',
    postcode: '9401',
    description: 'lid van het portfolio-overleg (wethouder, Assen; Assen ontwikkelt de PGB-app mee)',
    roles: ['portfolioboard'],
    memberships: [{ organisation: 'gemeente-assen', role: 'medewerker' }],
  },
];

/** Seeding runs on an empty database only: once anyone has an account, start-up leaves it alone. */
export async function seedIsNeeded(db: Db): Promise<boolean> {
  return !(await firstRow(db, sql`SELECT 1 FROM accounts LIMIT 1`));
}

/** Idempotent: existing organisations and accounts are kept, missing ones are added. */
export async function seedDemo(deps: AppContext): Promise<DemoAccount[]> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await deps.db.transaction(async (tx) => {
    const organisationIds = new Map<string, string>();
    for (const organisation of ORGANISATIONS) {
      const existing = await organisationBySlug(tx, organisation.slug);
      const id =
        existing?.id ?? (await insertOrganisation(tx, { ...organisation, website: organisation.website ?? null })).id;
      organisationIds.set(organisation.slug, id);
    }
    for (const account of DEMO_ACCOUNTS) {
      const place = await postcodeLookup(tx, account.postcode);
      const id =
        (await accountIdByEmail(tx, account.email)) ??
        (await insertAccount(tx, {
          email: account.email,
          passwordHash,
          firstName: account.firstName,
          lastName: account.lastName,
          postcode: account.postcode,
          municipalityCode: place?.municipalityCode ?? null,
          locale: 'nl',
          verified: true,
        }));
      for (const role of account.roles ?? []) await grantRole(tx, id, role);
      for (const membership of account.memberships ?? []) {
        const organisationId = organisationIds.get(membership.organisation);
        if (organisationId) await upsertMembership(tx, organisationId, id, membership.role);
      }
    }
  });
  const operatorId = await accountIdByEmail(deps.db, 'netwerkbeheer@samen.demo');
  if (operatorId) {
    await seedInnovation(deps, operatorId);
    await seedMarketplaces(deps, operatorId, passwordHash);
    await seedScaleUp(deps, operatorId);
  }
  return DEMO_ACCOUNTS;
}
