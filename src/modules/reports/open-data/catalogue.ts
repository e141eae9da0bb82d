import { stringify } from 'csv-stringify/sync';
import { OPEN_DATA_COLUMNS, type OpenDataRow } from './rows';

export const CC0 = 'https://creativecommons.org/publicdomain/zero/1.0/';

/** The open data as CSV; a suppressed count is "<5". Excel: semicolons and a byte-order mark. */
export function openDataCsv(rows: readonly OpenDataRow[], dialect: 'api' | 'excel'): string {
  const records = [
    [...OPEN_DATA_COLUMNS],
    ...rows.map((row) => OPEN_DATA_COLUMNS.map((column) => (row[column] === null ? '<5' : String(row[column])))),
  ];
  const text = stringify(records, { delimiter: dialect === 'excel' ? ';' : ',', record_delimiter: 'windows' });
  return dialect === 'excel' ? `\ufeff${text}` : text;
}

/** The catalogue entry of the dataset, in DCAT terms (JSON-LD), so portals such as data.overheid.nl can list it. */
export function catalogue(publicUrl: string) {
  const base = publicUrl.replace(/\/$/, '');
  return {
    '@context': { dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/' },
    '@type': 'dcat:Catalog',
    'dct:title': 'Samen — open data',
    'dcat:dataset': [
      {
        '@type': 'dcat:Dataset',
        'dct:identifier': 'samen-maandcijfers',
        'dct:title': 'Maandcijfers van de marktplaatsen voor vrijwillige hulp',
        'dct:description':
          'Per gemeente per maand per soort hulp: het aantal hulpvragen, hulpaanbod en vacatures dat op de ' +
          'marktplaats kwam, de reacties en de matches. Getallen van 1 tot en met 4 staan er als "<5" (CSV) of ' +
          'null (JSON), zodat niemand te herkennen is. Dezelfde definities als de rapportages (docs/reports.md).',
        'dct:license': CC0,
        'dct:publisher': 'Samen',
        'dct:accrualPeriodicity': 'http://purl.org/cld/freq/monthly',
        'dct:temporal': 'de laatste 12 afgeronde maanden (met ?from= en ?to= elke periode tot 5 jaar)',
        'dcat:keyword': ['vrijwilligerswerk', 'burenhulp', 'sociaal domein', 'gemeenten'],
        'dcat:distribution': [
          {
            '@type': 'dcat:Distribution',
            'dct:format': 'text/csv',
            'dcat:downloadURL': `${base}/api/v1/open-data/monthly-activity?format=csv`,
            'dct:license': CC0,
          },
          {
            '@type': 'dcat:Distribution',
            'dct:format': 'application/json',
            'dcat:downloadURL': `${base}/api/v1/open-data/monthly-activity`,
            'dct:license': CC0,
          },
        ],
        columns: {
          municipality: 'CBS-code van de gemeente (GM0344)',
          month: 'kalendermaand (JJJJ-MM, Europe/Amsterdam)',
          category: 'soort hulp',
          requests: 'hulpvragen die in de maand op de marktplaats kwamen',
          offers: 'hulpaanbod dat in de maand op de marktplaats kwam',
          vacancies: 'vrijwilligersvacatures die in de maand op de marktplaats kwamen',
          responses: 'reacties in de maand op plaatsingen van deze soort',
          matches: 'matches in de maand op plaatsingen van deze soort',
        },
      },
    ],
  };
}
