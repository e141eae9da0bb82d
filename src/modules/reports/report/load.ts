import { sql } from 'drizzle-orm';
import type { Db, Executor } from '../../../core/db';
import { rows } from '../../../core/db';
import {
  type AreaCell,
  areaCells,
  type FactScope,
  monthlyFacts,
  type StoredBuild,
  monthsInStore,
  peopleCounts,
} from '../facts/queries';
import { marketplaceWaits, nationalWaits } from '../facts/waits';
import { monthsOf, type Period, previousPeriod } from '../period';
import {
  type CategoryRow,
  categoryRows,
  DEFAULT_SOCIAL_VALUE,
  type Figures,
  figuresOf,
  waitsFrom,
  type MonthRow,
  monthRows,
} from './figures';
import { type ProtectedAreaCell, protectAreas, protectCategories, protectFigures, protectMonths } from './protect';

/** Who reads a report: the marketplace's beheerders see every figure; officials and the operator the protected one. */
export type Audience = 'full' | 'protected';

export interface MarketplaceReport {
  code: string;
  audience: Audience;
  period: Period;
  previousPeriod: Period;
  socialValuePerMatch: number;
  figures: Figures;
  previous: Figures;
  byMonth: MonthRow[];
  byCategory: CategoryRow[];
  byArea: ProtectedAreaCell[];
  categories: Category[];
}

/** What a report reads, with its marketplaces and the builds of its stored months. */
export type ReportScope = FactScope & { marketplaces: string[]; built: StoredBuild[] };

/** The fact scope of a period: months stored and still valid are read, the others computed fresh. */
export async function scopeOf(
  db: Executor,
  period: Period,
  codes: readonly string[] | null,
  now: Date,
): Promise<ReportScope> {
  const { marketplaces, built } = await monthsInStore(db, period.from, period.to, codes, now);
  const isBuilt = new Set(built.map((b) => `${b.code}|${b.month}`));
  const fresh = monthsOf(period)
    .map((month) => ({
      month,
      codes: marketplaces.filter((m) => m.firstMonth <= month && !isBuilt.has(`${m.code}|${month}`)).map((m) => m.code),
    }))
    .filter((part) => part.codes.length > 0);
  return { from: period.from, to: period.to, codes, fresh, now, marketplaces: marketplaces.map((m) => m.code), built };
}

/** Reads in one snapshot, so a month built or changed meanwhile is counted once, not twice or not at all. */
export const inOneSnapshot = <T>(db: Db, read: (tx: Executor) => Promise<T>): Promise<T> =>
  db.transaction(
    async (tx) => {
      // the national sums group a few hundred thousand stored rows: in memory, not in temporary files
      await tx.execute(sql`SET LOCAL work_mem = '32MB'`);
      return read(tx);
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );

export interface Category {
  slug: string;
  nl: string;
  en: string;
}

export const helpCategories = (db: Executor) =>
  rows<Category>(db, sql`SELECT slug, name_nl AS nl, name_en AS en FROM help_categories ORDER BY position`);

export async function socialValuePerMatch(db: Executor, code: string): Promise<number> {
  const [row] = await rows<{ euros: number }>(
    db,
    sql`SELECT social_value_per_match AS euros FROM report_settings WHERE municipality_code = ${code}`,
  );
  return row?.euros ?? DEFAULT_SOCIAL_VALUE;
}

async function periodFigures(db: Executor, scope: ReportScope, code: string, euros: number) {
  const facts = await monthlyFacts(db, scope);
  const waits = waitsFrom(await marketplaceWaits(db, scope, [code]));
  const figures = figuresOf(facts, waits, await peopleCounts(db, scope), euros);
  return { facts, figures };
}

/** The report of one marketplace over a period, compared with the period before. */
export function marketplaceReport(
  db: Db,
  code: string,
  period: Period,
  audience: Audience,
  now: Date,
): Promise<MarketplaceReport> {
  return inOneSnapshot(db, async (tx) => {
    const euros = await socialValuePerMatch(tx, code);
    const categoryList = await helpCategories(tx);
    const categories = categoryList.map((c) => c.slug);
    const scope = await scopeOf(tx, period, [code], now);
    const before = previousPeriod(period);
    const current = await periodFigures(tx, scope, code, euros);
    const previous = await periodFigures(tx, await scopeOf(tx, before, [code], now), code, euros);
    const areas: AreaCell[] = await areaCells(tx, scope);
    areas.sort((a, b) => a.pc4.localeCompare(b.pc4) || categories.indexOf(a.category) - categories.indexOf(b.category));
    const byMonth = monthRows(current.facts, monthsOf(period));
    const byCategory = categoryRows(current.facts, categories);
    const full = audience === 'full';
    return {
      code,
      audience,
      period,
      previousPeriod: before,
      socialValuePerMatch: euros,
      figures: full ? current.figures : protectFigures(current.figures),
      previous: full ? previous.figures : protectFigures(previous.figures),
      byMonth: full ? byMonth : protectMonths(byMonth),
      byCategory: full ? byCategory : protectCategories(byCategory),
      byArea: full ? areas : protectAreas(areas),
      categories: categoryList,
    };
  });
}

export interface NationalRow {
  code: string;
  figures: Figures;
}

/**
 * Every marketplace side by side (protected: the operator sees "< 5" as officials do), and the
 * total, the sum of the rows as computed before suppression, so it is exact where rows say "< 5".
 */
export interface NationalReport {
  period: Period;
  rows: NationalRow[];
  total: Figures;
}

export function nationalReport(db: Db, period: Period, now: Date): Promise<NationalReport> {
  return inOneSnapshot(db, async (tx) => {
    const scope = await scopeOf(tx, period, null, now);
    const [facts, quantiles, people] = [
      await monthlyFacts(tx, scope, { perMarketplace: true }),
      await marketplaceWaits(tx, scope, scope.marketplaces),
      await peopleCounts(tx, scope),
    ];
    const byCode = <T extends { code: string }>(list: readonly T[]) => {
      const groups = new Map<string, T[]>();
      for (const item of list) {
        const group = groups.get(item.code);
        if (group) group.push(item);
        else groups.set(item.code, [item]);
      }
      return (code: string) => groups.get(code) ?? [];
    };
    const [factsOf, quantilesOf, peopleOf] = [byCode(facts), byCode(quantiles), byCode(people)];
    const settings = await rows<{ code: string; euros: number }>(
      tx,
      sql`SELECT municipality_code AS code, social_value_per_match AS euros FROM report_settings`,
    );
    const euros = new Map(settings.map((s) => [s.code, s.euros]));
    const raw = scope.marketplaces.map((code) => ({
      code,
      figures: figuresOf(
        factsOf(code),
        waitsFrom(quantilesOf(code)),
        peopleOf(code),
        euros.get(code) ?? DEFAULT_SOCIAL_VALUE,
      ),
    }));
    // the national waits: one histogram of every marketplace's posts
    const total = figuresOf(facts, waitsFrom(await nationalWaits(tx, scope)), people, 0);
    total.socialValueEuros = raw.reduce((sum, row) => sum + (row.figures.socialValueEuros ?? 0), 0);
    return { period, rows: raw.map((row) => ({ ...row, figures: protectFigures(row.figures) })), total };
  });
}
