import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { SignedIn } from '../core/authz';
import { type Executor, firstRow } from '../core/db';
import type { AppContext } from '../core/context';
import { projectRoot } from '../core/paths';
import { accountIdByEmail, insertAccount } from '../modules/accounts';
import { launchMarketplace, marketplaceOf } from '../modules/marketplace';
import { setMarketplaceLogo } from '../modules/marketplace/settings/queries';
import {
  insertMatch,
  insertMessage,
  insertResponse,
  setResponseStatus,
} from '../modules/marketplace/conversations/queries';
import { insertReport } from '../modules/marketplace/moderation/queries';
import { insertPost, setPostStatus } from '../modules/marketplace/posts/queries';
import type { Category, PostKind, PostStatus, WhenKind } from '../modules/marketplace/rules';
import { insertOrganisation, organisationBySlug } from '../modules/organisations';

interface DemoPost {
  key: string;
  kind: PostKind;
  marketplace: string;
  authorFirstName: string;
  pc4: string;
  category: Category;
  title: string;
  description: string;
  when: { kind: WhenKind; date?: string; text?: string };
  status: PostStatus;
  daysAgo: number;
  organisation?: string;
  hoursPerWeek?: number;
  onBehalfOf?: { clientFirstName: string; organisation: string };
  responses?: {
    firstName: string;
    message: string;
    daysAfter: number;
    conversation?: { from: 'poster' | 'responder'; body: string }[];
  }[];
  match?: { via: 'accept' | 'follow-up' | 'close'; response: number };
  /** reports (meldingen) by residents, for the beheerders' moderation page */
  reports?: { firstName: string; reason: string }[];
}

/** The six demo marketplaces: name, operator and colours (each pair passes WCAG AA). */
const MARKETPLACES = [
  {
    code: 'GM0344',
    name: 'Utrecht voor elkaar',
    operator: { slug: 'welzijn-utrecht-samen', name: 'Welzijn Utrecht Samen', type: 'welzijnsorganisatie' },
    brandColor: '#a3141d',
    brandTextColor: '#ffffff',
  },
  {
    code: 'GM0599',
    name: 'Rotterdam voor elkaar',
    operator: {
      slug: 'vrijwilligerscentrale-rotterdam',
      name: 'Vrijwilligerscentrale Rotterdam',
      type: 'vrijwilligerscentrale',
    },
    brandColor: '#00594f',
    brandTextColor: '#ffffff',
  },
  {
    code: 'GM1734',
    name: 'Overbetuwe voor elkaar',
    operator: { slug: 'welzijn-overbetuwe', name: 'Welzijn Overbetuwe', type: 'welzijnsorganisatie' },
    brandColor: '#3b2a6b',
    brandTextColor: '#ffffff',
  },
  {
    code: 'GM0632',
    name: 'Woerden voor elkaar',
    operator: { slug: 'welzijn-woerden', name: 'Welzijn Woerden', type: 'welzijnsorganisatie' },
    brandColor: '#0b5394',
    brandTextColor: '#ffffff',
  },
  {
    code: 'GM0119',
    name: 'Meppel voor elkaar',
    operator: { slug: 'welzijn-meppel', name: 'Welzijn Meppel', type: 'welzijnsorganisatie' },
    brandColor: '#1d4d2b',
    brandTextColor: '#ffffff',
  },
  {
    code: 'GM1695',
    name: 'Noord-Beveland helpt',
    operator: {
      slug: 'vrijwilligerscentrale-noord-beveland',
      name: 'Vrijwilligerscentrale Noord-Beveland',
      type: 'vrijwilligerscentrale',
    },
    brandColor: '#004c6d',
    brandTextColor: '#ffffff',
  },
] as const;

const DAY = 86_400_000;

/**
 * Six live marketplaces with their posts, responses, conversations and matches spread over the
 * past year. People in the demo posts get demo accounts (one password hash for all); in Utrecht,
 * "Fatima" and "Jan" are the demo resident and volunteer you can log in as.
 */
export async function seedMarketplaces(
  deps: AppContext,
  operatorAccountId: string,
  passwordHash: string,
): Promise<number> {
  const operator: SignedIn = {
    kind: 'account',
    accountId: operatorAccountId,
    firstName: 'Samen',
    locale: 'nl',
    municipalityCode: null,
    roles: ['netwerkbeheer'],
    memberships: [],
  };
  for (const m of MARKETPLACES) {
    if (await marketplaceOf(deps.db, m.code)) continue;
    const organisation =
      (await organisationBySlug(deps.db, m.operator.slug)) ??
      (await insertOrganisation(deps.db, {
        name: m.operator.name,
        slug: m.operator.slug,
        type: m.operator.type,
        municipalityCode: m.code,
        website: null,
      }));
    await launchMarketplace(deps, operator, {
      municipality: m.code,
      operatorOrganisation: organisation.id,
      name: m.name,
      brandColor: m.brandColor,
      brandTextColor: m.brandTextColor,
      premoderation: false,
      disabledCategories: [],
      showNeighbours: true,
      expiryWeeks: 8,
      followUpDays: 7,
    });
    // Utrecht shows its own logo in the demo; the others use their colours only.
    const logo = join(projectRoot, 'src/seed/marketplace-logos', `${m.code}.svg`);
    if (existsSync(logo))
      await setMarketplaceLogo(deps.db, m.code, { bytes: readFileSync(logo), contentType: 'image/svg+xml' });
  }
  const folder = join(projectRoot, 'src/seed/marketplace-demo');
  const posts = readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => (JSON.parse(readFileSync(join(folder, f), 'utf8')) as { posts: DemoPost[] }).posts);
  const accounts = new Map<string, string>();
  const demoPeople: Record<string, string> = {
    'GM0344:Fatima': 'inwoner@samen.demo',
    'GM0344:Jan': 'vrijwilliger@samen.demo',
  };
  const person = async (db: Executor, marketplace: string, firstName: string) => {
    const key = `${marketplace}:${firstName}`;
    const known = accounts.get(key);
    if (known) return known;
    const email =
      demoPeople[key] ??
      `${firstName
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z]/g, '')}.${marketplace.toLowerCase()}@samen.demo`;
    const id =
      (await accountIdByEmail(db, email)) ??
      (await insertAccount(db, {
        email,
        passwordHash,
        firstName,
        lastName: null,
        postcode: null,
        municipalityCode: marketplace,
        locale: 'nl',
        verified: true,
      }));
    accounts.set(key, id);
    return id;
  };
  const organisations = new Map<string, string>();
  const organisation = async (db: Executor, name: string, marketplace: string) => {
    const slug = name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    const known = organisations.get(slug);
    if (known) return known;
    const id = (
      (await organisationBySlug(db, slug)) ??
      (await insertOrganisation(db, {
        name,
        slug,
        type: 'welzijnsorganisatie',
        municipalityCode: marketplace,
        website: null,
      }))
    ).id;
    organisations.set(slug, id);
    return id;
  };

  let added = 0;
  for (const post of posts) {
    if (
      await firstRow(
        deps.db,
        sql`SELECT 1 FROM posts WHERE title = ${post.title} AND municipality_code = ${post.marketplace}`,
      )
    )
      continue;
    await deps.db.transaction(async (tx) => {
      const created = new Date(Date.now() - post.daysAgo * DAY);
      const authorId = await person(tx, post.marketplace, post.authorFirstName);
      const organisationName = post.organisation ?? post.onBehalfOf?.organisation;
      const id = await insertPost(tx, {
        kind: post.kind,
        municipalityCode: post.marketplace,
        authorAccountId: authorId,
        authorFirstName: post.authorFirstName,
        organisationId: organisationName ? await organisation(tx, organisationName, post.marketplace) : null,
        onBehalfOfFirstName: post.onBehalfOf?.clientFirstName ?? null,
        title: post.title,
        description: post.description,
        category: post.category,
        whenKind: post.when.kind,
        whenDate: post.when.date ?? null,
        whenText: post.when.text ?? null,
        hoursPerWeek: post.hoursPerWeek ?? null,
        pc4: post.pc4,
        status: 'open',
        expiryWeeks: post.status === 'open' ? Math.max(8, Math.ceil(post.daysAgo / 7) + 4) : 8,
        createdAt: created.toISOString(),
      });
      const responseIds: string[] = [];
      for (const response of post.responses ?? []) {
        const at = new Date(created.getTime() + response.daysAfter * DAY);
        const responderId = await person(
          tx,
          post.marketplace,
          response.firstName === post.authorFirstName ? `${response.firstName} ` : response.firstName,
        );
        const responseId = await insertResponse(tx, {
          postId: id,
          municipalityCode: post.marketplace,
          responderAccountId: responderId,
          posterAccountId: authorId,
          responderFirstName: response.firstName,
          createdAt: at.toISOString(),
        });
        if (!responseId) continue;
        responseIds.push(responseId);
        await insertMessage(tx, {
          responseId,
          municipalityCode: post.marketplace,
          senderAccountId: responderId,
          body: response.message,
          createdAt: at.toISOString(),
        });
        let minutes = 0;
        for (const line of response.conversation ?? []) {
          minutes += 90;
          await insertMessage(tx, {
            responseId,
            municipalityCode: post.marketplace,
            senderAccountId: line.from === 'poster' ? authorId : responderId,
            body: line.body,
            createdAt: new Date(at.getTime() + minutes * 60_000).toISOString(),
          });
        }
      }
      if (post.match && post.kind === 'request') {
        const responseId = responseIds[post.match.response] ?? null;
        await insertMatch(tx, { postId: id, responseId, municipalityCode: post.marketplace, via: post.match.via });
        if (responseId) await setResponseStatus(tx, responseId, 'accepted');
      }
      if (post.status !== 'open') await setPostStatus(tx, id, post.status);
      for (const report of post.reports ?? []) {
        await insertReport(tx, {
          postId: id,
          municipalityCode: post.marketplace,
          reporterAccountId: await person(tx, post.marketplace, report.firstName),
          reason: report.reason,
        });
      }
    });
    added += 1;
  }
  // Everything the demo people said is old news: mark it read.
  await deps.db.execute(
    sql`UPDATE messages SET read_at = created_at + interval '1 hour'
          WHERE read_at IS NULL AND created_at < now() - interval '2 days'`,
  );
  return added;
}
