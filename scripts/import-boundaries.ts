// Imports a newer official file of municipal boundaries for the adoption maps, after checking it.
//
// Usage:
//   npx tsx scripts/import-boundaries.ts <file.topojson> [--object gemeente_2027] [--code-property statcode]
//     [--name-property statnaam] [--year 2027] [--municipalities reference/gemeenten-2027.csv] [--dry-run]
//
// The file is the CBS/PDOK "Gebiedsindelingen" of one year as TopoJSON in WGS84 (longitude/latitude),
// simplified for the screen — as published by github.com/cartomap/nl (`wgs84/gemeente_<year>.topojson`).
// A file in RD New (EPSG:28992) or as GeoJSON is converted first, e.g. with mapshaper:
//   npx mapshaper gemeenten.gpkg -proj wgs84 -simplify 5% keep-shapes -o format=topojson gemeenten.topojson
//
// The command checks that the object and the code and name properties exist, that every area is a
// (multi)polygon around the Netherlands, and that its municipality codes are exactly those of the
// municipality list (by default the newest reference/gemeenten-<year>.csv). It names what is wrong —
// after a municipal merger: the codes that are gone and the codes that are new. Then it writes
// reference/nl-gemeenten-<year>.topojson with one object `gemeente_<year>` and the properties
// `statcode` and `statnaam`. The map uses the newest year in reference/ from the next start.
//
// When municipalities merge on 1 January:
//   1. update the list of municipalities (reference/gemeenten-<year>.csv, and what derives from it);
//   2. import the boundaries of the same year with this command, pointing --municipalities at that list;
//   3. name the new file in reference/SOURCES.md; restart Samen.
// Exit code 0 when the file was imported (or would be, with --dry-run), 1 when it was refused.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/core/paths';
import {
  MUNICIPALITY_LIST_PATTERN,
  newestReferenceFile,
  REFERENCE_DIRECTORY,
  readMunicipalityList,
} from '../src/modules/scale-up/map/geometry';
import { prepareBoundaries } from '../src/modules/scale-up/map/import';

const usage =
  'Usage: npx tsx scripts/import-boundaries.ts <file.topojson> [--object name] [--code-property statcode] ' +
  '[--name-property statnaam] [--year 2027] [--municipalities reference/gemeenten-<year>.csv] [--dry-run]';

function refuse(lines: string[]): never {
  console.error(lines.join('\n'));
  process.exit(1);
}

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      object: { type: 'string' },
      'code-property': { type: 'string' },
      'name-property': { type: 'string' },
      year: { type: 'string' },
      municipalities: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
try {
  parsed = parse();
} catch (error) {
  refuse([(error as Error).message, usage]);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const source = positionals[0];
if (!source || positionals.length > 1) refuse([usage]);

const year = values.year === undefined ? undefined : Number(values.year);
if (year !== undefined && !(Number.isInteger(year) && year >= 2000 && year <= 2100)) {
  refuse([`--year must be a year such as 2027, not "${values.year}".`]);
}

let input: unknown;
try {
  input = JSON.parse(readFileSync(source, 'utf8'));
} catch (error) {
  refuse([`Cannot read ${source} as JSON: ${(error as Error).message}`]);
}

const listFile = values.municipalities ?? newestReferenceFile(MUNICIPALITY_LIST_PATTERN)?.path;
if (!listFile) refuse([`There is no list of municipalities (gemeenten-<year>.csv) in ${REFERENCE_DIRECTORY}.`]);
let expected: Map<string, string>;
try {
  expected = readMunicipalityList(listFile);
} catch (error) {
  refuse([`Cannot read the list of municipalities ${listFile}: ${(error as Error).message}`]);
}
const listName = relative(projectRoot, listFile) || listFile;

const result = prepareBoundaries(input, {
  object: values.object,
  codeProperty: values['code-property'],
  nameProperty: values['name-property'],
  year,
  fileName: basename(source),
  expected,
  listName,
});

for (const note of result.notes) console.log(`Note: ${note}`);
for (const warning of result.report.warnings) console.log(`Warning: ${warning}`);
if (!result.ok || !result.topology || result.year === undefined) {
  refuse([
    `${source} was not imported. What is wrong:`,
    ...result.report.problems.map((problem) => `  - ${problem}`),
    usage,
  ]);
}

const listYear = Number(MUNICIPALITY_LIST_PATTERN.exec(basename(listFile))?.[1]);
if (Number.isInteger(listYear) && listYear !== result.year) {
  console.log(`Warning: the boundaries are of ${result.year}, the list of municipalities is of ${listYear}.`);
}
const target = join(REFERENCE_DIRECTORY, `nl-gemeenten-${result.year}.topojson`);
const summary =
  `${result.report.count} municipalities, the same as ${listName}; ` +
  `the map's paths take ${Math.round(result.pathBytes / 1000)} KB.`;
if (values['dry-run']) {
  console.log(
    `${source} can be imported: ${summary} (dry run: nothing written; it would go to ${relative(projectRoot, target)})`,
  );
} else {
  writeFileSync(target, JSON.stringify(result.topology));
  console.log(`Imported ${source} → ${relative(projectRoot, target)}: ${summary}`);
  console.log('Name the file in reference/SOURCES.md (source, date, "Bron: CBS, PDOK", CC BY 4.0) and restart Samen.');
}
