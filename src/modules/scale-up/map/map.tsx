import { createHash } from 'node:crypto';
import { raw } from 'hono/html';
import type { Translate } from '../../../core/i18n';
import { type MapGeometry, type MunicipalityPath, mapGeometry } from './geometry';
import {
  BORDER_COLOUR,
  countStages,
  lowerFirst,
  MAP_STAGES,
  type MapStage,
  municipalityCount,
  STAGE_FILL,
  type StageMap,
  stageLabel,
  stageOf,
} from './stages';
import { TableBox } from '../../../core/views/components';

/**
 * The adoption map of a national service: the Netherlands with every municipality coloured by
 * its stage, a legend with the counts, and the same facts as a table. It needs no JavaScript and
 * no inline styles (the colours are SVG fill attributes); map.css lays it out.
 */
export interface AdoptionMapProps {
  /** stage per municipality code; a municipality that is absent (or undefined) has not started */
  stages: StageMap;
  /** municipality code → name; a code without one falls back to the name in the boundary file */
  names: ReadonlyMap<string, string>;
  t: Translate;
  /** what the map shows, e.g. "Digitale Aangifte Overlijden in Nederland" */
  title: string;
  /** prefix of the ids inside the map; give each map on one page its own */
  id?: string;
}

const DEFAULT_ID = 'adoptiekaart';
/** Dutch alphabetical order ("'s-Hertogenbosch" among the h's); one collator, far faster than localeCompare. */
const collator = new Intl.Collator('nl');

/** Every municipality that the map, the names or the stages know, by code. */
function municipalityCodes(geometry: MapGeometry, stages: StageMap, names: ReadonlyMap<string, string>): string[] {
  const codes = new Set(geometry.byCode.keys());
  for (const code of names.keys()) codes.add(code);
  for (const code of stages.keys()) codes.add(code);
  return [...codes].sort();
}

function nameLookup(geometry: MapGeometry, names: ReadonlyMap<string, string>) {
  return (code: string) => names.get(code) ?? geometry.byCode.get(code)?.name ?? code;
}

/** "Kaart van Nederland met alle 342 gemeenten. … Geïnteresseerd: 130 gemeenten; …; Nog niet: 150 gemeenten." */
export function describeMap(t: Translate, counts: Record<MapStage, number>): string {
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const summary = MAP_STAGES.map((stage) =>
    t('scaleUp.map.descPart', { stage: stageLabel(t, stage), count: municipalityCount(t, counts[stage]) }),
  ).join('; ');
  return t('scaleUp.map.desc', { total, summary });
}

/** The SVG alone. Prefer renderAdoptionMapSvg, which renders each distinct map once. */
export function AdoptionMapSvg({ stages, names, t, title, id = DEFAULT_ID }: AdoptionMapProps) {
  const geometry = mapGeometry();
  const counts = countStages(municipalityCodes(geometry, stages, names), stages);
  const nameOf = nameLookup(geometry, names);
  const labels = Object.fromEntries(MAP_STAGES.map((stage) => [stage, lowerFirst(stageLabel(t, stage))]));
  // one group per stage carries the colour, so the 342 paths need no attribute but their outline
  const byStage = Object.fromEntries(MAP_STAGES.map((stage) => [stage, [] as MunicipalityPath[]])) as Record<
    MapStage,
    MunicipalityPath[]
  >;
  for (const path of geometry.paths) byStage[stageOf(stages, path.code)].push(path);
  return (
    <svg
      class="samen-map__svg"
      viewBox={`0 0 ${geometry.width} ${geometry.height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      focusable="false"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{describeMap(t, counts)}</desc>
      <g stroke={BORDER_COLOUR} stroke-width="0.5" stroke-linejoin="round">
        {MAP_STAGES.filter((stage) => byStage[stage].length > 0).map((stage) => (
          <g class={`samen-stage--${stage}`} fill={STAGE_FILL[stage]}>
            {byStage[stage].map((path) => (
              <path d={path.d}>
                <title>{t('scaleUp.map.pathTitle', { name: nameOf(path.code), stage: labels[stage] })}</title>
              </path>
            ))}
          </g>
        ))}
      </g>
    </svg>
  );
}

const CACHE_SIZE = 32;
const rendered = new Map<string, string>();
const cacheStats = { renders: 0, hits: 0 };

/** How often renderAdoptionMapSvg rendered and how often it answered from memory (for tests and metrics). */
export function adoptionMapCacheStats(): Readonly<typeof cacheStats> {
  return { ...cacheStats };
}

/** The texts the SVG is made of, without their values: a change of language changes the key. */
const TEMPLATE_KEYS = [
  ...MAP_STAGES.map((stage) => `scaleUp.stage.${stage}`),
  'scaleUp.map.desc',
  'scaleUp.map.descPart',
  'scaleUp.map.pathTitle',
  'scaleUp.map.municipalities',
];

/**
 * The SVG as a string, rendered once per distinct input and then served from memory: the key is a
 * hash of the stages, the names, the title and the texts. Computing it is a few hundred string
 * joins; rendering is 342 paths. The last 32 distinct maps are kept.
 */
export function renderAdoptionMapSvg(stages: StageMap, options: Omit<AdoptionMapProps, 'stages'>): string {
  const { names, t, title, id = DEFAULT_ID } = options;
  const hash = createHash('sha256');
  hash.update(`${id}\0${title}\0${TEMPLATE_KEYS.map((key) => t(key)).join('\0')}\0`);
  for (const code of [...stages.keys()].sort()) hash.update(`${code}=${stages.get(code) ?? ''};`);
  hash.update('\0');
  for (const code of [...names.keys()].sort()) hash.update(`${code}=${names.get(code)};`);
  const key = hash.digest('base64');

  const known = rendered.get(key);
  if (known !== undefined) {
    cacheStats.hits += 1;
    rendered.delete(key); // most recently used goes last
    rendered.set(key, known);
    return known;
  }
  const svg = (<AdoptionMapSvg stages={stages} names={names} t={t} title={title} id={id} />).toString();
  if (typeof svg !== 'string') throw new Error('The adoption map renders synchronously');
  cacheStats.renders += 1;
  rendered.set(key, svg);
  if (rendered.size > CACHE_SIZE) rendered.delete(rendered.keys().next().value as string);
  return svg;
}

function Swatch({ stage }: { stage: MapStage }) {
  return (
    <svg class="samen-map__swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="15" height="15" fill={STAGE_FILL[stage]} stroke="#767676" stroke-width="1" />
    </svg>
  );
}

/** The map with its legend (the counts per stage) and, folded away, a table with the stage of every municipality. */
export function AdoptionMap({ stages, names, t, title, id = DEFAULT_ID }: AdoptionMapProps) {
  const geometry = mapGeometry();
  const codes = municipalityCodes(geometry, stages, names);
  const counts = countStages(codes, stages);
  const nameOf = nameLookup(geometry, names);
  // the accessible alternative: every municipality with its stage, in alphabetical order
  const rows = codes
    .map((code) => ({ name: nameOf(code), stage: stageOf(stages, code) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return (
    <div class="samen-map">
      <div class="samen-map__figure">
        {raw(renderAdoptionMapSvg(stages, { names, t, title, id }))}
        <p class="samen-map__source">{t('scaleUp.map.source')}</p>
      </div>
      <div class="samen-map__aside">
        <p class="samen-map__legend-title" id={`${id}-legend`}>
          {t('scaleUp.map.legend')}
        </p>
        <ul class="samen-map__legend" aria-labelledby={`${id}-legend`}>
          {MAP_STAGES.map((stage) => (
            <li class={`samen-map__legend-item samen-map__legend-item--${stage}`}>
              <Swatch stage={stage} />
              <span>
                {t('scaleUp.map.descPart', { stage: stageLabel(t, stage), count: municipalityCount(t, counts[stage]) })}
              </span>
            </li>
          ))}
        </ul>
        <details class="samen-map__details">
          <summary>{t('scaleUp.map.table.summary')}</summary>
          <TableBox label={t('scaleUp.map.table.caption', { title })}>
            <table class="utrecht-table utrecht-table--html-table samen-table samen-map__table">
              <caption class="utrecht-table__caption">{t('scaleUp.map.table.caption', { title })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('scaleUp.map.table.municipality')}</th>
                  <th scope="col">{t('scaleUp.map.table.stage')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr>
                    <th scope="row">{row.name}</th>
                    <td>{stageLabel(t, row.stage)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableBox>
        </details>
      </div>
    </div>
  );
}
