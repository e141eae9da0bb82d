import { describe, expect, it } from 'vitest';
import { amsterdamTime, duePeriod, isoWeek } from './rules';
import { signUnsubscribe, verifyUnsubscribe } from './unsubscribe/token';

describe('digest periods in Amsterdam time', () => {
  it('sends the daily digest at 8 local time, in winter and in summer', () => {
    expect(amsterdamTime(2026, 12, 2, 8).toISOString()).toBe('2026-12-02T07:00:00.000Z');
    expect(amsterdamTime(2026, 7, 1, 8).toISOString()).toBe('2026-07-01T06:00:00.000Z');
    // the night the clocks go forward (29 March 2026) and back (25 October 2026)
    expect(amsterdamTime(2026, 3, 29, 8).toISOString()).toBe('2026-03-29T06:00:00.000Z');
    expect(amsterdamTime(2026, 10, 25, 8).toISOString()).toBe('2026-10-25T07:00:00.000Z');
  });

  it('gives the latest period whose send time has passed', () => {
    expect(duePeriod('daily', new Date('2026-12-02T07:30:00Z')).key).toBe('daily:2026-12-02');
    expect(duePeriod('daily', new Date('2026-12-02T06:59:00Z')).key).toBe('daily:2026-12-01');
    // Wednesday 2 December 2026 → the week that began on Monday 30 November
    expect(duePeriod('weekly', new Date('2026-12-02T12:00:00Z'))).toEqual({
      key: 'weekly:2026-W49',
      sendAt: new Date('2026-11-30T07:00:00Z'),
    });
    // Monday before 8: still last week's
    expect(duePeriod('weekly', new Date('2026-12-07T06:00:00Z')).key).toBe('weekly:2026-W49');
    expect(duePeriod('weekly', new Date('2026-12-07T07:00:00Z')).key).toBe('weekly:2026-W50');
  });

  it('numbers ISO weeks across a year end', () => {
    expect(isoWeek(2026, 12, 28)).toBe('2026-W53');
    expect(isoWeek(2027, 1, 4)).toBe('2027-W01');
    expect(isoWeek(2021, 1, 1)).toBe('2020-W53');
  });
});

describe('the unsubscribe token', () => {
  const secret = 'a-secret-of-at-least-thirty-two-characters';
  const now = new Date('2026-12-02T10:00:00Z');

  it('round-trips, and refuses a changed, truncated or foreign token', () => {
    const token = signUnsubscribe(secret, 'account-1', 'marketplace.message', now);
    expect(verifyUnsubscribe(secret, token, now)).toMatchObject({
      ok: true,
      claim: { accountId: 'account-1', kind: 'marketplace.message' },
    });
    const [payload, signature] = token.split('.');
    const other = Buffer.from(JSON.stringify({ a: 'account-2', k: '*', e: 9_999_999_999 })).toString('base64url');
    expect(verifyUnsubscribe(secret, `${other}.${signature}`, now)).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyUnsubscribe(secret, `${payload}`, now)).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyUnsubscribe(`${secret}x`, token, now)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('expires after half a year', () => {
    const token = signUnsubscribe(secret, 'account-1', '*', now);
    expect(verifyUnsubscribe(secret, token, new Date('2027-05-01T00:00:00Z')).ok).toBe(true);
    expect(verifyUnsubscribe(secret, token, new Date('2027-06-15T00:00:00Z'))).toEqual({
      ok: false,
      reason: 'expired',
    });
  });
});
