import { describe, expect, it } from 'vitest';
import { LABELLED } from '../evaluation/evaluate';
import { paidWorkFindings } from './paid-work';

const found = (text: string) => paidWorkFindings(text).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));
const POSTS = new Set(['request', 'offer', 'vacancy']);

describe('paid work', () => {
  it('refuses rates in any wording, and says where they are', () => {
    expect(found('Ik betaal €12,50 per uur.')).toEqual([{ code: 'paid-rate', text: '€12,50 per uur' }]);
    expect(found('Je krijgt 8 euro per uur.')[0]).toMatchObject({ code: 'paid-rate', text: '8 euro per uur' });
    expect(found('Ik geef je vijf euro per wandeling.')[0]).toMatchObject({ text: 'vijf euro per wandeling' });
    expect(found('Huiswerkhulp, €15 p/u.')[0]).toMatchObject({ code: 'paid-rate' });
    expect(found('Uurprijs 22,50 per uur')[0]).toMatchObject({ code: 'paid-payment' });
    expect(found('Verse maaltijden, 7,50 per maaltijd.')[0]).toMatchObject({ code: 'paid-rate' });
  });

  it('refuses paying someone, cash, "in overleg", invoices, quotes, vouchers and selling', () => {
    const codes = (text: string) => found(text).map((f) => f.code);
    expect(codes('Ik betaal je per keer, contant.')).toEqual(['paid-payment', 'paid-cash']);
    expect(codes('Vergoeding in overleg.')).toEqual(['paid-payment']);
    expect(codes("Ik werk als zzp'er. Vraag een offerte aan.")).toEqual(['paid-business', 'paid-business']);
    expect(codes('Ik stuur achteraf een factuur.')).toEqual(['paid-business']);
    expect(codes('Help je mij, dan krijg je een cadeaubon.')).toEqual(['paid-voucher']);
    expect(codes('Nette damesfiets te koop.')).toEqual(['paid-sale']);
    expect(codes('Zwart betalen is geen probleem.')).toEqual(['paid-cash']);
    expect(codes('Je wordt netjes betaald.')).toEqual(['paid-payment']);
  });

  it('sends a bare amount and a vague reward to a beheerder', () => {
    expect(paidWorkFindings('Wie hangt een lamp op? €20.')).toEqual([
      expect.objectContaining({ code: 'paid-amount', severity: 'review' }),
    ]);
    expect(paidWorkFindings('Natuurlijk krijg je er iets voor.')[0]).toMatchObject({ severity: 'review' });
  });

  it('allows what volunteering involves', () => {
    for (const text of [
      'Ik betaal de boodschappen zelf, het gaat om het tillen.',
      'Je ontvangt een vrijwilligersvergoeding volgens de regels van de Belastingdienst.',
      'Reiskosten worden vergoed en er is een onkostenvergoeding.',
      'Vrijwilligersvergoeding van € 5 per uur.',
      'Parkeerkosten en benzine betaal ik natuurlijk.',
      'Ik zet graag een kopje koffie voor u.',
      'Ik geef 50 euro mee voor de boodschappen en je krijgt het bonnetje terug.',
      'Dit is vrijwilligerswerk, geen betaald werk.',
      'Ik zoek betaald werk en wil hulp bij mijn cv.',
      'Heeft u iets nodig dat in Kamerik niet te koop is?',
      'Ik heb geen pinpas en betaal contant. Ik geef het geld mee voor de boodschappen.',
      'Het zwembad kost 5 euro per keer, dat betaal ik.',
      'Mijn huur is met 80 euro per maand verhoogd.',
      'Ik heb een offerte gekregen voor een traplift. Wie kijkt mee?',
    ])
      expect(found(text), text).toEqual([]);
  });

  it('finds paid work in the paid posts of the labelled set, and not in its legitimate posts', () => {
    const posts = LABELLED.filter((item) => POSTS.has(item.kind));
    const textOf = (item: (typeof posts)[number]) => `${item.title ?? ''}\n${item.text}`;
    const paid = posts.filter((item) => item.category === 'paid');
    const caught = paid.filter((item) => paidWorkFindings(textOf(item)).length > 0);
    expect(caught.length / paid.length).toBeGreaterThanOrEqual(0.95);
    const legitimate = posts.filter((item) => item.category === 'legitimate');
    const flagged = legitimate.filter((item) => paidWorkFindings(textOf(item)).length > 0).map((item) => item.id);
    expect(flagged).toEqual([]);
  });
});
