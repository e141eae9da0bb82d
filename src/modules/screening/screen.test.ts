import { describe, expect, it } from 'vitest';
import { registerMessages } from '../../core/i18n';
import { messages } from './messages';
import { screen } from './screen';

registerMessages(messages);

describe('the verdict for each kind of text', () => {
  it('refuses paid work in a post, holds its contact details, and says in plain words what to change', () => {
    const paid = screen({ title: 'Tuin', description: 'Ik betaal €12,50 per uur.' }, { kind: 'request' });
    expect(paid.outcome).toBe('refuse');
    expect(paid.reasons[0]).toMatchObject({
      code: 'paid-rate',
      rule: 'paid-work',
      field: 'description',
      severity: 'refuse',
      spans: [{ field: 'description', start: 10, end: 24, text: '€12,50 per uur' }],
    });
    expect(paid.reasons[0]?.message).toContain('vrijwillige hulp');
    expect(paid.reasons[0]?.message).toContain('€12,50 per uur');
    const phone = screen({ title: 'Bel 06-12345678', description: 'Hulp bij boodschappen.' }, { kind: 'offer' });
    expect(phone).toMatchObject({ outcome: 'review', reasons: [{ code: 'contact-phone', field: 'title' }] });
    expect(screen({ title: 'Boodschappen', description: 'Wie helpt mij?' }, { kind: 'vacancy' }).outcome).toBe(
      'publish',
    );
  });

  it('still does what the marketplace’s own rules did', () => {
    const post = (description: string) => screen({ title: 'Hulp', description }, { kind: 'request' });
    expect(post('Ik zoek iemand voor de tuin, €15 per uur.').reasons.map((r) => r.code)).toEqual(['paid-rate']);
    expect(screen({ title: 'Betaalde klus: schilderen', description: 'De schuur.' }, { kind: 'offer' }).outcome).toBe(
      'refuse',
    );
    expect(post('Wie helpt mij met boodschappen op dinsdag?').outcome).toBe('publish');
    for (const [description, code] of [
      ['Bel 06-12345678', 'contact-phone'],
      ['mail jan@voorbeeld.nl', 'contact-email'],
      ['Kijk op www.voorbeeld.nl', 'contact-link'],
    ])
      expect(post(description as string)).toMatchObject({ outcome: 'review', reasons: [{ code }] });
    expect(post('Elke dinsdag om 10 uur').outcome).toBe('publish');
  });

  it('lets two people exchange contact details and costs in private, but no insults or paid work', () => {
    expect(screen({ message: 'Bel me op 06-12345678, de boodschappen waren €12.' }, { kind: 'response' }).outcome).toBe(
      'publish',
    );
    expect(screen({ body: 'Wat een kutweer vandaag.' }, { kind: 'message' }).outcome).toBe('publish');
    expect(screen({ body: 'Je bent een klootzak.' }, { kind: 'message' }).outcome).toBe('refuse');
    expect(screen({ body: 'Ik doe het voor 15 euro per uur.' }, { kind: 'message' }).outcome).toBe('refuse');
  });

  it('refuses in names and initiatives what a post would hold (they have no queue)', () => {
    expect(screen({ name: 'Jan 0612345678' }, { kind: 'profile-name' }).outcome).toBe('refuse');
    expect(screen({ name: 'Klootzak' }, { kind: 'organisation-name' }).outcome).toBe('refuse');
    expect(screen({ name: 'Fatima' }, { kind: 'profile-name' }).outcome).toBe('publish');
    expect(screen({ title: 'Plan', summary: 'Wat een kutplan.' }, { kind: 'initiative' }).outcome).toBe('refuse');
    // Public bodies name budgets and contact points: only abuse is screened in initiatives and advice.
    expect(
      screen({ body: 'Zwolle deed het met 40.000 euro per jaar, zie www.zwolle.nl.' }, { kind: 'advice' }).outcome,
    ).toBe('publish');
  });

  it('screens spam only with the account’s history, and answers in English when asked', () => {
    const history = { accountAgeDays: 1 };
    const parts = { message: 'Kijk op www.gratis-geld.nl' };
    expect(screen(parts, { kind: 'response' }).outcome).toBe('publish');
    const verdict = screen(parts, { kind: 'response', history, locale: 'en' });
    expect(verdict).toMatchObject({ outcome: 'refuse', reasons: [{ code: 'spam-new-account-link', spans: [] }] });
    expect(verdict.reasons[0]?.message).toContain('New accounts');
  });
});
