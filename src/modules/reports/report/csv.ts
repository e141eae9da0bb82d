import { stringify } from 'csv-stringify/sync';
import type { Translate } from '../../../core/i18n';
import type { Figures } from './figures';
import type { MarketplaceReport, NationalReport } from './load';

export const TABLES = ['summary', 'months', 'categories', 'areas'] as const;
export type TableName = (typeof TABLES)[number];

/** How a CSV is written: comma for the API; semicolon with a byte-order mark for Dutch Excel. */
export type CsvDialect = 'api' | 'excel';

const cell = (value: number | null) => (value === null ? '<5' : String(value));

/** The headline figures as [key, figure of this period, of the period before]; the order of the page. */
export function summaryRows(report: MarketplaceReport): [string, number | null, number | null][] {
  const row = (key: string, pick: (f: Figures) => number | null): [string, number | null, number | null] => [
    key,
    pick(report.figures),
    pick(report.previous),
  ];
  return [
    row('requests', (f) => f.posts.request),
    row('offers', (f) => f.posts.offer),
    row('vacancies', (f) => f.posts.vacancy),
    row('responses', (f) => f.responses),
    row('answered', (f) => f.conversationsWithAnswer),
    row('matches', (f) => f.matches),
    row('firstResponseMedian', (f) => f.hoursToFirstResponse.median),
    row('firstResponseP90', (f) => f.hoursToFirstResponse.p90),
    row('matchDaysMedian', (f) => f.daysToMatch.median),
    row('matchDaysP90', (f) => f.daysToMatch.p90),
    row('newResidents', (f) => f.newResidents),
    row('newVolunteers', (f) => f.newVolunteers),
    row('activeVolunteers', (f) => f.activeVolunteers),
    row('unmet', (f) => f.unmetRequests),
    row('socialValue', (f) => f.socialValueEuros),
  ];
}

/** One table of the report as CSV; suppressed cells say "<5". */
export function reportCsv(report: MarketplaceReport, table: TableName, t: Translate, dialect: CsvDialect): string {
  const label = (slug: string) => {
    const category = report.categories.find((c) => c.slug === slug);
    return category ? category.nl : slug;
  };
  const records: (string | number)[][] =
    table === 'summary'
      ? [
          ['figure', 'label', 'value', 'previous'],
          ...summaryRows(report).map(([key, value, previous]) => [
            key,
            t(`reports.f.${key}`),
            cell(value),
            cell(previous),
          ]),
        ]
      : table === 'months'
        ? [
            ['month', 'requests', 'matches'],
            ...report.byMonth.map((m) => [m.month.slice(0, 7), cell(m.requests), cell(m.matches)]),
          ]
        : table === 'categories'
          ? [
              ['category', 'label', 'requests', 'matches', 'unmet'],
              ...report.byCategory.map((c) => [
                c.category,
                label(c.category),
                cell(c.requests),
                cell(c.matches),
                cell(c.unmet),
              ]),
            ]
          : [
              ['pc4', 'category', 'requests', 'matches'],
              ...report.byArea.map((a) => [a.pc4, a.category, cell(a.requests), cell(a.matches)]),
            ];
  return write(records, dialect);
}

const NATIONAL_COLUMNS: [string, (f: Figures) => number | null][] = [
  ['requests', (f) => f.posts.request],
  ['offers', (f) => f.posts.offer],
  ['vacancies', (f) => f.posts.vacancy],
  ['responses', (f) => f.responses],
  ['answered', (f) => f.conversationsWithAnswer],
  ['matches', (f) => f.matches],
  ['newResidents', (f) => f.newResidents],
  ['newVolunteers', (f) => f.newVolunteers],
  ['activeVolunteers', (f) => f.activeVolunteers],
  ['unmet', (f) => f.unmetRequests],
  ['socialValue', (f) => f.socialValueEuros],
];

/** The national figures: one row per marketplace and the total. */
export function nationalCsv(report: NationalReport, dialect: CsvDialect): string {
  const records = [
    ['marketplace', ...NATIONAL_COLUMNS.map(([key]) => key)],
    ...report.rows.map((row) => [row.code, ...NATIONAL_COLUMNS.map(([, pick]) => cell(pick(row.figures)))]),
    ['total', ...NATIONAL_COLUMNS.map(([, pick]) => cell(pick(report.total)))],
  ];
  return write(records, dialect);
}

function write(records: (string | number)[][], dialect: CsvDialect): string {
  const text = stringify(records, { delimiter: dialect === 'excel' ? ';' : ',', record_delimiter: 'windows' });
  return dialect === 'excel' ? `\ufeff${text}` : text;
}
