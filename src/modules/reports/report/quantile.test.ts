import { quantile } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { histogramQuantile } from './quantile';

describe('histogramQuantile', () => {
  it('gives the median and 90th percentile as d3-array does on the expanded values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ value: fc.integer({ min: 0, max: 500 }), count: fc.integer({ min: 0, max: 6 }) }), {
          maxLength: 30,
        }),
        fc.constantFrom(0.5, 0.9, 0.25),
        (histogram, p) => {
          const values = histogram.flatMap((bin) => Array.from({ length: bin.count }, () => bin.value));
          const expected = values.length ? (quantile(values, p) ?? null) : null;
          const actual = histogramQuantile(histogram, p);
          if (expected === null) expect(actual).toBeNull();
          else expect(actual).toBeCloseTo(expected, 9);
        },
      ),
    );
  });

  it('knows the hand-computed cases', () => {
    expect(
      histogramQuantile(
        [
          { value: 3, count: 1 },
          { value: 1, count: 1 },
          { value: 10, count: 2 },
        ],
        0.5,
      ),
    ).toBe(6.5);
    expect(histogramQuantile([{ value: 2, count: 10 }], 0.9)).toBe(2);
    expect(histogramQuantile([], 0.5)).toBeNull();
  });
});
