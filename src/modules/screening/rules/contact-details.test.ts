import { describe, expect, it } from 'vitest';
import { LABELLED } from '../evaluation/evaluate';
import { contactDetailFindings } from './contact-details';

const found = (text: string) =>
  contactDetailFindings(text).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));

describe('contact details', () => {
  it('finds phone numbers in every common notation, and marks exactly the number', () => {
    for (const number of [
      '06-12345678',
      '06 12 34 56 78',
      '0612345678',
      '06.12.34.56.78',
      '06/12345678',
      '+31 6 12345678',
      '+31 (0)6 1234 5678',
      '0031 6 12 34 56 78',
      '+31-6-12345678',
      '030-2345678',
      '030 234 56 78',
      '(030) 2345678',
      '0318-123456',
      '+31 20 123 4567',
      '+32 470 12 34 56',
      '0800-0200',
    ])
      expect(found(`Bel mij op ${number} graag.`), number).toEqual([{ code: 'contact-phone', text: number }]);
  });

  it('reads numbers written (partly) in words', () => {
    expect(found('Bel: nul zes twaalf vierendertig zesenvijftig achtenzeventig.')[0]).toEqual({
      code: 'contact-phone',
      text: 'nul zes twaalf vierendertig zesenvijftig achtenzeventig',
    });
    expect(found('Mijn nummer is 06 twaalf vierendertig 56 78.')[0]?.code).toBe('contact-phone');
    expect(found('App me: o6-12345678')[0]?.code).toBe('contact-phone');
  });

  it('finds e-mail addresses, also written to hide them', () => {
    for (const [text, address] of [
      ['Mail naar jan.devries@gmail.com.', 'jan.devries@gmail.com'],
      ['Mijn mail is jan [at] gmail punt com.', 'jan [at] gmail punt com'],
      ['Contact: piet(at)ziggo(punt)nl', 'piet(at)ziggo(punt)nl'],
      ['Mail sanne at hotmail dot com', 'sanne at hotmail dot com'],
      ['Stuur een berichtje naar marieke @ gmail . com', 'marieke @ gmail . com'],
    ])
      expect(found(text as string), text).toEqual([{ code: 'contact-email', text: address }]);
  });

  it('finds IBANs, links and messenger handles', () => {
    expect(found('Een gift mag op NL91 ABNA 0417 1643 00.')).toEqual([
      { code: 'contact-iban', text: 'NL91 ABNA 0417 1643 00' },
    ]);
    expect(found('Kijk op www.mijnklusjes.nl voor foto’s.')).toEqual([
      { code: 'contact-link', text: 'www.mijnklusjes.nl' },
    ]);
    expect(found('Info via bit.ly/bijles-jan')[0]?.code).toBe('contact-link');
    expect(found('Kijk op www dot buurtklus dot nl')[0]?.code).toBe('contact-link');
    expect(found('Telegram: @kees_helpt')[0]?.code).toBe('contact-handle');
    expect(found('Mijn insta is tuinhulp033, stuur een dm')[0]).toMatchObject({ code: 'contact-handle' });
    expect(found('Mijn adres: Biltstraat 12, 3572 AB Utrecht.').map((f) => f.code)).toEqual([
      'contact-address',
      'contact-address',
    ]);
  });

  it('leaves look-alikes alone: times, dates, postcode areas, amounts, and platforms without a handle', () => {
    for (const text of [
      'Bel mij niet, ik hoor slecht. Stuur een bericht via Samen.',
      'Elke eerste zaterdag is er een Repair Café. We repareren ook telefoons.',
      'Ik snap WhatsApp niet. Wie legt het uit?',
      'Ik wil een WhatsApp-groep maken voor de straat.',
      'Mijn kleinzoon zet foto’s op Instagram.',
      'Ik zoek hulp van 10.00 tot 12.00 uur op 14-03-2026.',
      'Ik woon in postcodegebied 3511, vlak bij het station.',
      'Melk, brood, 6 eieren, 2 kilo aardappelen en 1 pak koffie.',
      'Kinderkleding maat 98-104, groep 7 en 8, 1, 2, 3.',
      'Ik ben om 10 uur.de tuin is klaar.nu even koffie.',
      'Ik heb een nieuw telefoonnummer en een e-mailadres.',
    ])
      expect(found(text), text).toEqual([]);
  });

  it('finds the contact details in the labelled set, and none in its legitimate posts', () => {
    const posts = LABELLED.filter((item) => ['request', 'offer', 'vacancy'].includes(item.kind));
    const textOf = (item: (typeof posts)[number]) => `${item.title ?? ''}\n${item.text}`;
    const contact = LABELLED.filter((item) => item.category === 'contact');
    const caught = contact.filter((item) => contactDetailFindings(`${item.title ?? ''}\n${item.text}`).length > 0);
    expect(caught.length / contact.length).toBeGreaterThanOrEqual(0.95);
    const flagged = posts
      .filter((item) => item.category === 'legitimate' && contactDetailFindings(textOf(item)).length > 0)
      .map((item) => item.id);
    expect(flagged).toEqual([]);
  });
});
