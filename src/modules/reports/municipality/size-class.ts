/**
 * CBS's size classes of municipalities by number of inhabitants (gemeentegrootteklassen, as in
 * CBS StatLine), used to compare a municipality with others of its size.
 */
export const SIZE_CLASSES = [
  { key: 'tot-10k', below: 10_000 },
  { key: '10k-20k', below: 20_000 },
  { key: '20k-50k', below: 50_000 },
  { key: '50k-100k', below: 100_000 },
  { key: '100k-150k', below: 150_000 },
  { key: '150k-250k', below: 250_000 },
  { key: '250k-plus', below: Number.POSITIVE_INFINITY },
] as const;

export type SizeClass = (typeof SIZE_CLASSES)[number]['key'];

export const sizeClassOf = (population: number): SizeClass =>
  SIZE_CLASSES.find((size) => population < size.below)?.key ?? '250k-plus';

/** Fewer other municipalities than this in a class and the comparison is not shown: it would point at them. */
export const MIN_TO_COMPARE = 3;
