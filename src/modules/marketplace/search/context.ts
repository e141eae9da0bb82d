import type { Context } from 'hono';
import type { Db } from '../../../core/db';
import type { AppEnv } from '../../../core/http/env';
import { marketplaceBySlug } from '../http';
import { type Marketplace, marketplaceChanges, type Neighbour, neighbouringMarketplaces } from '../settings/queries';

/**
 * What a marketplace's search page shows around the posts — the marketplace and its neighbours —
 * remembered per slug for a few seconds. They change seldom (a beheerder's settings) and cost two
 * or three queries per view, as much as the search itself (docs/performance.md). A write of a
 * marketplace in this process forgets them at once (marketplaceChanges); another instance of
 * Samen shows it within REMEMBER_MS.
 */
const REMEMBER_MS = 5_000;

interface Remembered {
  until: number;
  changes: number;
  marketplace: Marketplace;
  neighbours?: Neighbour[];
}
const remembered = new WeakMap<Db, Map<string, Remembered>>();

function entryOf(db: Db, slug: string): Remembered | undefined {
  const entry = remembered.get(db)?.get(slug);
  return entry && entry.until > Date.now() && entry.changes === marketplaceChanges() ? entry : undefined;
}

/** The marketplace of the page's slug (404 when there is none, as marketplaceBySlug). */
export async function pageMarketplace(c: Context<AppEnv>): Promise<Marketplace> {
  const { db } = c.var.deps;
  const slug = c.req.param('slug') ?? '';
  const known = entryOf(db, slug);
  if (known) return known.marketplace;
  const changes = marketplaceChanges();
  const marketplace = await marketplaceBySlug(c);
  const bySlug = remembered.get(db) ?? new Map<string, Remembered>();
  remembered.set(db, bySlug);
  if (bySlug.size > 1_000) bySlug.clear();
  bySlug.set(slug, { until: Date.now() + REMEMBER_MS, changes, marketplace });
  return marketplace;
}

/** The live marketplaces next to this one, for a page that lists theirs too. */
export async function pageNeighbours(c: Context<AppEnv>, marketplace: Marketplace): Promise<Neighbour[]> {
  const { db } = c.var.deps;
  const entry = entryOf(db, c.req.param('slug') ?? '');
  if (entry?.neighbours) return entry.neighbours;
  const neighbours = await neighbouringMarketplaces(db, marketplace.municipalityCode);
  if (entry) entry.neighbours = neighbours;
  return neighbours;
}
