import { describe, expect, it } from 'vitest';
import { LABELLED } from '../evaluation/evaluate';
import { abuseFindings } from './abuse';

const found = (text: string, name = false) =>
  abuseFindings(text, { name }).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));
const codes = (text: string) => found(text).map((f) => f.code);

describe('abuse', () => {
  it('knows threats, discrimination, insults and vulgar words apart', () => {
    expect(codes('Als je nog één keer zo praat, maak ik je af.')).toEqual(['abuse-threat']);
    expect(codes('Ik weet waar je woont.')).toEqual(['abuse-threat']);
    expect(codes('Ik zoek hulp, maar geen buitenlanders alsjeblieft.')).toEqual(['abuse-discrimination']);
    expect(codes('Alleen voor blanke mensen.')).toEqual(['abuse-discrimination']);
    expect(codes('Rot op, vuile jood.')).toEqual(['abuse-insult', 'abuse-discrimination']);
    expect(codes('Mijn buurman is een klootzak.')).toEqual(['abuse-insult']);
    expect(codes('Wat een eikel ben jij.')).toEqual(['abuse-insult']);
    expect(codes('Krijg de tering.')).toEqual(['abuse-insult']);
    expect(codes('Wat een kutweer.')).toEqual(['abuse-vulgar']);
  });

  it('reads leetspeak, repeated, spaced, dotted and masked letters, and marks the word', () => {
    expect(found('K4nk3rl1jer!')).toEqual([{ code: 'abuse-insult', text: 'K4nk3rl1jer' }]);
    expect(found('Je bent een kl00tzak.')).toEqual([{ code: 'abuse-insult', text: 'kl00tzak' }]);
    expect(found('Vieze hoeeeer')).toEqual([{ code: 'abuse-insult', text: 'hoeeeer' }]);
    expect(found('k u t w i j f')).toEqual([{ code: 'abuse-insult', text: 'k u t w i j f' }]);
    expect(found('t.y.f.u.s.l.i.j.e.r')[0]?.code).toBe('abuse-insult');
    expect(codes('f*ck jou')).toEqual(['abuse-insult']);
    expect(codes('NikkerHater')).toEqual(['abuse-discrimination']);
  });

  it('matches whole words only: no Scunthorpe problem', () => {
    for (const text of [
      'Elke zondag klootschieten met de buurt.',
      'De lamp in de gang flikkert steeds.',
      'Ik loop de collecte voor KWF Kankerbestrijding.',
      'Ik heb kanker en ben vaak moe.',
      'Ik moet een prik tegen buiktyfus.',
      'Hoera, we hebben een moestuin!',
      'Negeer de bel beneden, die doet het niet.',
      'Ik woon in Assen.',
      'Wie gaat met mijn kleinkinderen eikels zoeken?',
      'Onze teef heeft acht pups gekregen.',
      'Ik sukkel al weken met mijn rug.',
      'Mijn buren komen uit Mongolië.',
      'Wie maakt de kast af? Ik krijg hem niet af. Wie maakt hem af?',
      'Ik kom je halen en breng je weer thuis.',
      'Een zak aardappelen en een pak koffie.',
      'Bijna geen statushouders met betalingsachterstanden.',
    ])
      expect(found(text), text).toEqual([]);
    expect(found('Kutlu', true)).toEqual([]);
    expect(found('Kanker Henk', true)).toEqual([{ code: 'abuse-insult', text: 'Kanker Henk' }]);
    expect(found('Henk Kanker', true)).toEqual([{ code: 'abuse-vulgar', text: 'Kanker' }]);
    expect(found('Henk Kanker')).toEqual([]);
  });

  it('finds the abuse in the labelled set, and none in its legitimate texts', () => {
    const textOf = (item: (typeof LABELLED)[number]) => `${item.title ?? ''}\n${item.text}`;
    const isName = (item: (typeof LABELLED)[number]) => item.kind.endsWith('-name');
    const abuse = LABELLED.filter((item) => item.category === 'abuse');
    const caught = abuse.filter((item) => abuseFindings(textOf(item), { name: isName(item) }).length > 0);
    expect(caught.length / abuse.length).toBeGreaterThanOrEqual(0.95);
    const flagged = LABELLED.filter(
      (item) => item.category === 'legitimate' && abuseFindings(textOf(item), { name: isName(item) }).length > 0,
    ).map((item) => item.id);
    // v055 quotes slurs to describe a reporting point: mention, not use — a known limit (docs/screening.md).
    expect(flagged).toEqual(['v055']);
  });
});
