import { describe, expect, it } from 'vitest';
import { type History, spamFindings } from './spam';

const post = (title: string, text: string, marketplace = 'GM0344') => ({
  kind: 'post' as const,
  title,
  text,
  marketplace,
});
const earlier = (title: string, text: string, minutesAgo: number, status = 'open', marketplace = 'GM0344') => ({
  title,
  text,
  minutesAgo,
  status,
  marketplace,
});
const codes = (subject: Parameters<typeof spamFindings>[0], history: History, hasLink = false) =>
  spamFindings(subject, history, hasLink).map((f) => `${f.code}:${f.severity}`);

describe('spam', () => {
  const title = 'Hulp bij boodschappen';
  const text = 'Wie doet op dinsdag boodschappen met mij?';

  it('refuses the same post on the same marketplace while the first is up; elsewhere it waits', () => {
    const up = { accountAgeDays: 100, posts: [earlier(title, text, 60)] };
    expect(codes(post(title, text), up)).toEqual(['spam-repeat:refuse']);
    expect(codes(post('HULP bij boodschappen!', ` ${text}  `), up)).toEqual(['spam-repeat:refuse']);
    expect(codes(post(title, text, 'GM0599'), up)).toEqual(['spam-repeat-elsewhere:review']);
    expect(codes(post(title, text), { accountAgeDays: 100, posts: [earlier(title, text, 60, 'withdrawn')] })).toEqual(
      [],
    );
    expect(codes(post(title, `${text} Graag!`), up)).toEqual([]);
  });

  it('holds the fourth post in ten minutes, not the third', () => {
    const two = [earlier('a', 'eerste', 2), earlier('b', 'tweede', 8)];
    expect(codes(post(title, text), { accountAgeDays: 100, posts: two })).toEqual([]);
    const three = [...two, earlier('c', 'derde', 9)];
    expect(codes(post(title, text), { accountAgeDays: 100, posts: three })).toEqual(['spam-burst:review']);
    const older = [...two, earlier('c', 'derde', 11)];
    expect(codes(post(title, text), { accountAgeDays: 100, posts: older })).toEqual([]);
  });

  it('holds a new account’s post with a link, and refuses its message with a link', () => {
    expect(codes(post(title, text), { accountAgeDays: 2 }, true)).toEqual(['spam-new-account-link:review']);
    expect(codes({ kind: 'message', text: 'www.x.nl' }, { accountAgeDays: 2 }, true)).toEqual([
      'spam-new-account-link:refuse',
    ]);
    expect(codes({ kind: 'message', text: 'www.x.nl' }, { accountAgeDays: 8 }, true)).toEqual([]);
  });

  it('refuses a long response sent to three other posts today; a short "ik help graag" stays fine', () => {
    const long = 'Hallo, ik ben Marco en ik help graag met alles in huis en tuin. Stuur me een bericht!';
    const sent = (message: string, times: number) => ({
      accountAgeDays: 30,
      responses: Array.from({ length: times }, (_, i) => ({ text: message, minutesAgo: 10 + i })),
    });
    expect(codes({ kind: 'response', text: long }, sent(long, 3))).toEqual(['spam-copied-response:refuse']);
    expect(codes({ kind: 'response', text: long }, sent(long, 2))).toEqual([]);
    expect(codes({ kind: 'response', text: 'Ik help graag!' }, sent('Ik help graag!', 5))).toEqual([]);
  });
});
