import { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';

/**
 * Charts drawn on the server as SVG with d3-scale and d3-shape: no chart JavaScript. Each has a
 * title and a description for screen readers and stands next to a table with the same figures;
 * a suppressed value (null) leaves a gap and is never drawn as zero.
 */

const WIDTH = 640;
const number = (value: number, locale: string) =>
  new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL').format(value);

export interface Series {
  label: string;
  className: string;
  values: (number | null)[];
}

/** Lines per month (requests and matches), with the months along the bottom. */
export function LineChart({
  id,
  title,
  description,
  labels,
  series,
  locale,
}: {
  id: string;
  title: string;
  description: string;
  labels: string[];
  series: Series[];
  locale: string;
}) {
  const height = 220;
  const margin = { top: 16, right: 16, bottom: 36, left: 48 };
  const max = Math.max(1, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const x = scalePoint<number>()
    .domain(labels.map((_, i) => i))
    .range([margin.left, WIDTH - margin.right])
    .padding(0.3);
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const path = line<number | null>()
    .defined((value) => value !== null)
    .x((_, i) => x(i) ?? 0)
    .y((value) => y(value ?? 0));
  const every = Math.ceil(labels.length / 12);
  return (
    <svg class="samen-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {y.ticks(4).map((tick) => (
        <g class="samen-chart__grid">
          <line x1={margin.left} x2={WIDTH - margin.right} y1={y(tick)} y2={y(tick)} />
          <text x={margin.left - 6} y={y(tick)} dy="0.32em" text-anchor="end">
            {number(tick, locale)}
          </text>
        </g>
      ))}
      {labels.map((label, i) =>
        i % every === 0 ? (
          <text class="samen-chart__label" x={x(i)} y={height - margin.bottom + 18} text-anchor="middle">
            {label}
          </text>
        ) : null,
      )}
      {series.map((s) => (
        <g class={`samen-chart__series ${s.className}`}>
          <path d={path(s.values) ?? ''} fill="none" />
          {s.values.map((value, i) => (value === null ? null : <circle cx={x(i)} cy={y(value)} r={3.5} />))}
        </g>
      ))}
      <g class="samen-chart__legend">
        {series.map((s, i) => (
          <g class={s.className} transform={`translate(${margin.left + i * 160}, ${height - 8})`}>
            <rect width={14} height={4} y={-6} />
            <text x={20} y={-2}>
              {s.label}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}

/** Horizontal bars, one per item, with the value at the end of each bar ("< 5" when suppressed). */
export function BarChart({
  id,
  title,
  description,
  items,
  locale,
  small,
}: {
  id: string;
  title: string;
  description: string;
  items: { label: string; value: number | null }[];
  locale: string;
  small: string;
}) {
  const rowHeight = 28;
  const labelWidth = 200;
  const height = items.length * rowHeight + 8;
  const max = Math.max(1, ...items.map((item) => item.value ?? 0));
  const x = scaleLinear()
    .domain([0, max])
    .range([0, WIDTH - labelWidth - 70]);
  const y = scaleBand<number>()
    .domain(items.map((_, i) => i))
    .range([4, height - 4])
    .paddingInner(0.25);
  return (
    <svg class="samen-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {items.map((item, i) => {
        const top = y(i) ?? 0;
        const width = item.value === null ? 0 : x(item.value);
        return (
          <g class="samen-chart__bar">
            <text
              class="samen-chart__label"
              x={labelWidth - 8}
              y={top + y.bandwidth() / 2}
              dy="0.32em"
              text-anchor="end"
            >
              {item.label}
            </text>
            <rect x={labelWidth} y={top} width={Math.max(width, 0)} height={y.bandwidth()} />
            <text x={labelWidth + width + 6} y={top + y.bandwidth() / 2} dy="0.32em">
              {item.value === null ? small : number(item.value, locale)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/**
 * The shade of a heat-table cell: white for nothing, light to mid blue up to `max`, so dark text
 * keeps at least 7:1 contrast. One scale per table (a d3 scale per cell cost more than the rest of
 * the table's rendering).
 */
export function heatColours(max: number): (value: number | null) => string {
  const scale = scaleLinear<string>()
    .domain([0, Math.max(1, max)])
    .range(['#eef4fa', '#9fc3e3'])
    .clamp(true);
  return (value) => (value === null || value === 0 ? '#ffffff' : scale(value));
}
