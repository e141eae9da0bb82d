/**
 * Threatening, discriminatory and abusive language, from the word list in abuse-words.ts.
 * Four levels, most serious first:
 * - `abuse-threat`: "ik maak je af", "ik weet waar je woont", "ik steek je huis in de fik";
 * - `abuse-discrimination`: slurs, and excluding a group ("geen buitenlanders", "alleen voor
 *   blanke mensen", "vuile jood");
 * - `abuse-insult`: scheldwoorden aimed at a person ("klootzak", "jij eikel", "krijg de tering");
 * - `abuse-vulgar`: vulgar words not aimed at anyone ("kutweer").
 * The text is read as words after normalisation: lower case without accents, leetspeak
 * (k4nk3rl1jer), letters repeated three times or more (hoeeeer), letters spaced or dotted out
 * (k u t w i j f, t.y.f.u.s), masked letters (f*ck). Never substrings. Pure, no I/O.
 */
import {
  AIMED,
  CURSE_PREFIXES,
  DISEASE_CURSES,
  DIRECTED,
  DIRECTED_OBJECTS,
  EXCLUSIVE_ADJECTIVES,
  GROUP_ADJECTIVES,
  GROUP_NOUNS,
  INSULTS,
  NAME_ONLY_PARTS,
  PEOPLE,
  PERSON_NOUNS,
  SLUR_PARTS,
  SLURS,
  THING_NOUNS,
  VULGAR,
} from './abuse-words';
import { fold, hitsOf, re } from './text';
import type { Finding, Severity } from './types';

type Level = 'threat' | 'discrimination' | 'insult' | 'vulgar';
const SEVERITY: Record<Level, Severity> = {
  threat: 'refuse',
  discrimination: 'refuse',
  insult: 'review',
  vulgar: 'review',
};
const RANK: Record<Level, number> = { threat: 0, discrimination: 1, insult: 2, vulgar: 3 };

const set = (words: readonly string[]) => new Set(words);
const slurs = set(SLURS);
const insults = set(INSULTS);
const directed = set([...DIRECTED, ...DIRECTED_OBJECTS]);
const vulgar = set(VULGAR);
const persons = set(PERSON_NOUNS);
const groups = set(GROUP_NOUNS);
const things = set(THING_NOUNS);
const LEXICON = [...slurs, ...insults, ...directed, ...vulgar, ...groups, ...CURSE_PREFIXES];
const lexicon = set(LEXICON);

/** A word of the text as the rules read it, with where it is in the original. */
interface Word {
  word: string;
  start: number;
  end: number;
}

const LEET: Record<string, string> = { '0': 'o', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };

/** "hoeeeer" → "hoeer" and "hoer"; "k1ootzak" → "kiootzak" and "klootzak"; the first the list knows wins. */
function candidates(token: string): string[] {
  const spellings = /[1|]/.test(token) ? [token.replace(/[1|]/g, 'i'), token.replace(/[1|]/g, 'l')] : [token];
  return spellings.flatMap((s) => [s, s.replace(/(.)\1{2,}/g, '$1$1'), s.replace(/(.)\1{2,}/g, '$1')]);
}

function masked(token: string): string | undefined {
  if (!token.includes('*')) return undefined;
  const pattern = new RegExp(`^${token.replace(/\*+/g, (stars) => '[a-z]'.repeat(stars.length))}$`);
  return LEXICON.find((word) => pattern.test(word));
}

function normalise(token: string): string {
  const leet = (t: string) => (/\p{L}/u.test(t) ? [...t].map((c) => LEET[c] ?? c).join('') : t).replace(/'/g, '');
  const plain = leet(token);
  if (plain.includes('*')) return masked(plain) ?? plain;
  // "Klootviool123": a name with digits after it is still the word.
  const bare = /\p{L}\d+$/u.test(token) ? [leet(token.replace(/\d+$/, ''))] : [];
  const options = [plain, ...bare].flatMap(candidates);
  return options.find((option) => lexicon.has(option) || compoundLevel(option)) ?? options[0] ?? plain;
}

const TOKEN = /[\p{L}\p{N}]+(?:[*@$!'|]+[\p{L}\p{N}]+)*\**|[.,!?;:]/gu;
/** Single letters spaced or dotted out: "k u t w i j f", "t.y.f.u.s". */
const SPACED = /(?<![\p{L}\p{N}])[\p{L}\p{N}](?:[\s.\-_]+[\p{L}\p{N}](?![\p{L}\p{N}])){3,}/gu;

function wordsOf(text: string): Word[] {
  const folded = fold(text);
  const spaced = hitsOf(folded, SPACED);
  const words: Word[] = [];
  for (const hit of hitsOf(folded, TOKEN)) {
    const inSpaced = spaced.find((s) => s.start <= hit.start && hit.end <= s.end);
    if (inSpaced) {
      if (inSpaced.start === hit.start) {
        const joined = inSpaced.match[0].replace(/[^\p{L}\p{N}]/gu, '');
        words.push({ word: normalise(joined), start: inSpaced.start, end: inSpaced.end });
      }
      continue;
    }
    words.push({ word: normalise(hit.match[0]), start: hit.start, end: hit.end });
  }
  return words;
}

/** What a compound with a curse or a slur in it is: "kankerlijer", "tyfusmarokkanen", "kutweer", "nikkerhater". */
function compoundLevel(word: string): Level | undefined {
  if (SLUR_PARTS.some((part) => word.length > part.length && (word.startsWith(part) || word.endsWith(part))))
    return 'discrimination';
  for (const prefix of CURSE_PREFIXES) {
    if (!word.startsWith(prefix) || word.length === prefix.length) continue;
    const rest = word.slice(prefix.length).replace(/^[-s](?=\w{3})/, '');
    if (groups.has(rest)) return 'discrimination';
    const aimed = AIMED.includes(rest) || CURSE_PREFIXES.includes(rest);
    if (persons.has(rest) || insults.has(rest) || directed.has(rest) || aimed) return 'insult';
    if (things.has(rest)) return DISEASE_CURSES.includes(prefix) ? 'insult' : 'vulgar';
  }
  return undefined;
}

const alt = (words: readonly string[]) => words.join('|');
/** What follows a group when it is excluded ("geen buitenlanders alsjeblieft", "geen moslims of Polen"). */
const EXCLUDING =
  String.raw`(?=\s*(?:[.,!?;:]|$|alsjeblieft|aub|a\.u\.b|graag|meer|of|en|want|omdat|hier|welkom|toegestaan|` +
  String.raw`gewenst|in\s+(?:mijn|onze|de|ons)\s+\w+))`;
const DIRECTORS =
  'jij|jou|jullie|vuile|vieze|stomme|domme|smerige|gore|achterlijke|lelijke|luie|zielige|kut|kanker|tyfus|tering|rot';
// Phrases, on the normalised words joined by single spaces (punctuation marks are words too).
const PHRASES: { level: Level; pattern: RegExp }[] = [
  {
    level: 'threat',
    pattern: re`\b(?:ik|we|wij)\s+(?:ga\s+|gaan\s+|kom\s+|zal\s+)?(?:je|jou|jullie|u)\s+(?:vermoorden|
        doodmaken|doodslaan|doodschieten|doodsteken|neersteken|neerschieten|kapotmaken|opwachten|
        in elkaar slaan|in elkaar trappen|slaan|pakken|grijpen|te grazen nemen|een lesje leren)\b`,
  },
  { level: 'threat', pattern: /\b(?:maak|maken)\s+(?:ik|we|wij)\s+(?:je|jou|jullie|u)\s+(?:af|kapot|dood)\b/ },
  {
    level: 'threat',
    pattern:
      /\b(?:ik|we|wij)\s+(?:maak|maken)\s+(?:je|jou|jullie|u)\s+(?:allemaal\s+|even\s+|eens\s+)?(?:af|kapot|dood)\b/,
  },
  { level: 'threat', pattern: /\bnog\s+niet\s+jarig\b/ },
  {
    level: 'threat',
    pattern: re`\b(?:sla|slaan|schop|schoppen|trap|trappen|steek|steken|schiet|schieten)\s+(?:ik\s+|
        we\s+|wij\s+)?(?:je|jou|jullie|u|hem|haar|ze)\s+(?:in elkaar|verrot|dood|neer|kapot|
        overhoop|lens|bont en blauw|het ziekenhuis in|tot moes)\b`,
  },
  { level: 'threat', pattern: /\b(?:schiet|steek|sla)\s+(?:ik|we)\s+(?:\w+\s+)?(?:neer|dood|overhoop)\b/ },
  {
    level: 'threat',
    pattern: re`\b(?:sla|slaan|trap|trappen|schop|schoppen)\s+(?:ik\s+|we\s+)?(?:je|jouw|zijn|haar|jullie)\s+(?:kop|
        kaak|hoofd|tanden|smoel|bek|schedel|neus)\s+(?:in|eraf|kapot|eruit|dicht|stuk|verrot)\b`,
  },
  { level: 'threat', pattern: /\bik\s+weet\s+(?:waar\s+(?:je|jij|u|jullie)\s+(?:woont|wonen|woon)|je\s+adres)\b/ },
  { level: 'threat', pattern: /\b(?:je|jij|u)\s+(?:gaat|gaan)\s+eraan\s*(?:[,.!]|$)/ },
  { level: 'threat', pattern: /\b(?:je|jij|u)\s+(?:bent|ben)\s+(?:zo\s+|straks\s+)?dood\b/ },
  {
    level: 'threat',
    pattern: re`\b(?:steek|steken|zet|zetten)\s+(?:ik\s+|we\s+)?(?:je|jouw|uw|jullie|zijn|haar)\s+(?:huis|
        auto|deur|winkel|schuur)\s+in\s+(?:de\s+)?(?:brand|fik|hens)\b`,
  },
  { level: 'threat', pattern: /\b(?:i ll|i will)\s+kill\s+you\b|\bkill\s+yourself\b|\b(?:pleeg|ga)\s+zelfmoord\b/ },
  {
    level: 'discrimination',
    pattern: re`(?<!\b(?:bijna|nauwelijks|weinig|vrijwel)\s)\b(?:geen|behalve|zonder|weg met(?: de| die| al die)?|
      haat aan|hekel aan|niet voor|niks voor)\s+(?:de\s+|die\s+)?(?:${alt(GROUP_NOUNS)})\b${EXCLUDING}`,
  },
  {
    level: 'discrimination',
    pattern: re`\b(?:geen|behalve|zonder|niet\s+voor)\s+(?:${alt(GROUP_ADJECTIVES)})\s+(?:mensen|
      vrouwen|mannen|jongens|meisjes|hulp|vrijwilligers|buren|kinderen|families|gezinnen)\b`,
  },
  {
    level: 'discrimination',
    pattern: re`\b(?:geen|niet|zonder)\s+(?:iemand|mensen|vrouwen|mannen|hulp)\s+met\s+(?:een\s+)?(?:hoofddoek|
        hoofddoekje|boerka|niqab|keppel|tulband|donkere\s+huid|donkere\s+huidskleur|accent)\b`,
  },
  {
    level: 'threat',
    pattern: re`\b(?:je|jouw|uw|jullie|zijn|haar)\s+(?:huis|auto|deur|winkel|schuur)\s+in\s+(?:de\s+)?(?:brand|
        fik|hens)\s+(?:steken|zetten)\b`,
  },
  {
    level: 'insult',
    pattern: re`\bwens\s+(?:ik\s+)?(?:je|jou|u|jullie|hem|haar)\s+(?:de\s+|het\s+)?(?:kanker|tyfus|
        tering|pest|pleuris|dood|ziekte|ellende)\s+toe\b`,
  },
  { level: 'insult', pattern: re`\b(?:${alt(DIRECTED)})\s+als\s+(?:jij|jou|u|jullie)\b` },
  {
    level: 'discrimination',
    pattern: re`\balleen\s+(?:voor\s+|maar\s+)?(?:${alt(EXCLUSIVE_ADJECTIVES)})\s+(?:${alt(PEOPLE)})\b`,
  },
  {
    level: 'discrimination',
    pattern: re`\b(?:vuile|vieze|smerige|gore|kut|kanker|tyfus|tering|rot)\s+(?:${alt(GROUP_NOUNS)})\b`,
  },
  {
    level: 'insult',
    pattern:
      /\bkrijg\s+(?:toch\s+)?(?:de\s+|het\s+|een\s+)?(?:kanker|tyfus|tering|klere|kolere|pleuris|pest|pokken|takke)\b/,
  },
  { level: 'insult', pattern: /\b(?:kanker|tyfus|tering|klere|kolere|pleuris)\s+(?:toch\s+|maar\s+)?op\b/ },
  { level: 'insult', pattern: /(?:^|[.!?,]\s)(?:rot|donder|flikker|sodemieter)\s+(?:toch\s+|maar\s+|jij\s+)?op\b/ },
  { level: 'insult', pattern: /(?:^|[.!?,]\s)ga\s+(?:toch\s+|maar\s+|lekker\s+)?dood\b/ },
  { level: 'insult', pattern: /\bfuck\s+(?:you|jou|je|u|jullie|off|hem|haar)\b/ },
  {
    level: 'insult',
    pattern: re`\bhoop\s+dat\s+(?:je|jij|u|jullie)\s+(?:\w+\s+){0,2}(?:doodgaat|
        dood gaat|sterft|verrekt|crepeert|verongelukt|kanker krijgt)\b`,
  },
  {
    level: 'insult',
    pattern: re`\b(?:schiet|hang|verzuip)\s+(?:jezelf|je)\s+(?:maar\s+|
        toch\s+)?(?:door je kop|dood|neer|op)\b|\bspring\s+(?:maar\s+|toch\s+)?voor\s+de\s+trein\b`,
  },
  {
    level: 'insult',
    pattern: re`\b(?:je|jij|u)\s+(?:bent|ben)\s+(?:echt\s+|zo\s+|gewoon\s+|ontzettend\s+|zo ontzettend\s+)?(?:dom|
        stom|achterlijk|gestoord|lelijk|waardeloos|een schande)\b`,
  },
  {
    level: 'threat',
    pattern: re`\b(?:klap|dreun|mep|knal|beuk|trap)\s+(?:voor|op|tegen)\s+(?:je|jouw|zijn|haar)\s+(?:kop|
        bek|smoel|hoofd|harses)\b|\bpak\s+slaag\b|\b(?:sla|slaan)\s+(?:ik\s+|we\s+)?(?:alles\s+|
        je\s+|jou\s+)?kort\s+en\s+klein\b`,
  },
  {
    level: 'insult',
    pattern: re`\b(?:je|jij|u)\s+(?:bent|ben)\s+(?:(?!niet\b|geen\b)\w+\s+){0,2}(?:domste|stomste|achterlijkste|
        lelijkste|slechtste|grootste\s+(?:sukkel|idioot|loser|lul))\b`,
  },
  { level: 'insult', pattern: /\bstuk\s+(?:stront|vreten|ongeluk|shit|vuil|drek|schijt)\b/ },
  {
    level: 'discrimination',
    pattern: re`\b(?:${alt(GROUP_NOUNS)})\b(?:\s+\S+){0,4}\s+(?:zijn|blijven)\s+(?:allemaal\s+|altijd\s+|gewoon\s+|
      toch\s+)*(?:\w+\s+)?(?:criminelen|dieven|tuig|gespuis|uitschot|lui|vies|dom|terroristen|
      profiteurs|parasieten|ratten|beesten|honden|apen|ongedierte)\b`,
  },
  {
    // a disease curse as a swear word before another word ("kanker eind"), not the disease itself
    level: 'insult',
    pattern: re`(?:^|[.!?,]\s)(?:kanker|kk|kkr|tyfus|tering|klere|kolere|pleuris)\s(?!(?:is|was|wordt|
        werd|heeft|had|en|of|op|bij|in|door|komt|kan|kun|moet|gehad|patienten|patient|onderzoek|
        behandeling|bestrijden|bestrijding|zorg|fonds|cellen|risico|preventie|ziekte|diagnose|afdeling|
        vereniging|genezen|overleven)\b)[a-z]+`,
  },
  {
    level: 'insult',
    pattern: /\b(?:die|deze|al die|dat)\s+(?:kakkerlakken|ratten|parasieten|ongedierte|luizen|gespuis|tuig|uitschot)\b/,
  },
  {
    level: 'insult',
    pattern: re`\b(?:${DIRECTORS})\s+(?:${alt([...DIRECTED, ...DIRECTED_OBJECTS])})\b`,
  },
  {
    level: 'insult',
    pattern: re`\b(?:wat\s+een|bent\s+een|ben\s+een|is\s+een|bent\s+echt\s+een|zijn\s+allemaal|(?:jij|
      je|u)\s+een|wat\s+ben\s+(?:jij|je)\s+een)\s+(?:\w+\s+){0,2}(?:${alt(DIRECTED)})\b`,
  },
  // Called names: "Sukkel, je …", "…, idioot." and a text that is only the word.
  { level: 'insult', pattern: re`(?:^|[.!?]\s)(?:${alt(DIRECTED)})\s(?:[,!]|$)` },
  { level: 'insult', pattern: re`,\s(?:${alt(DIRECTED)})(?:\s[.!?])*$` },
];

function levelOf(word: string, name: boolean): Level | undefined {
  if (slurs.has(word)) return 'discrimination';
  if (insults.has(word)) return 'insult';
  if (vulgar.has(word)) return 'vulgar';
  const compound = compoundLevel(word);
  if (compound) return compound;
  // In a name even the disease words are curses: no one is called "Kanker Henk".
  if (name && CURSE_PREFIXES.includes(word)) return 'vulgar';
  if (name && NAME_ONLY_PARTS.some((part) => word.startsWith(part) || word.endsWith(part))) return 'discrimination';
  return undefined;
}

/** The abusive language in a text; `name` for names of people and organisations. */
export function abuseFindings(text: string, options: { name?: boolean } = {}): Finding[] {
  const words = wordsOf(text);
  const found: (Finding & { rank: number })[] = [];
  const add = (start: number, end: number, level: Level) =>
    found.push({ start, end, code: `abuse-${level}`, severity: SEVERITY[level], rank: RANK[level] });
  for (const word of words) {
    const level = levelOf(word.word, options.name ?? false);
    if (level) add(word.start, word.end, level);
  }
  // The joined words, and for each character of the join the word it belongs to.
  let joined = '';
  const owner: number[] = [];
  words.forEach((word, index) => {
    if (index > 0) {
      joined += ' ';
      owner.push(index);
    }
    joined += word.word;
    for (let i = 0; i < word.word.length; i++) owner.push(index);
  });
  for (const { level, pattern } of PHRASES) {
    for (const hit of hitsOf(joined, pattern)) {
      const text = hit.match[0];
      const first = words[owner[hit.start + (text.length - text.trimStart().length)] ?? 0];
      const last = words[owner[hit.start + text.trimEnd().length - 1] ?? 0];
      if (first && last) add(first.start, last.end, level);
    }
  }
  // The most serious finding wins where two overlap.
  found.sort((a, b) => a.rank - b.rank || a.start - b.start);
  const kept: Finding[] = [];
  for (const { rank: _rank, ...finding } of found)
    if (!kept.some((k) => k.start < finding.end && finding.start < k.end)) kept.push(finding);
  return kept.sort((a, b) => a.start - b.start);
}
