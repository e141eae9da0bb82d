import { describe, expect, it } from 'vitest';
import { slidingEstimate } from './rate-limit';

describe('sliding-window estimate', () => {
  it('counts the previous window in proportion to its overlap', () => {
    expect(slidingEstimate(3, 10, 0, 60)).toBe(13);
    expect(slidingEstimate(3, 10, 30, 60)).toBe(8);
    expect(slidingEstimate(3, 10, 60, 60)).toBe(3);
  });

  it('does not let a burst at a window boundary through twice', () => {
    // Ten hits just before the boundary, then one just after: still over a limit of 10.
    expect(slidingEstimate(1, 10, 0.5, 60)).toBeGreaterThan(10);
  });
});
