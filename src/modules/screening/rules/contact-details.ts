/**
 * Contact details in text others read: contact goes through messages on Samen, so a phone number,
 * e-mail address, IBAN, link or messenger handle in public text invites fraud. Recognised:
 * - phone numbers in Dutch and international notation: 06-12345678, 06 12 34 56 78,
 *   +31 (0)6 1234 5678, 0031 6…, 030-2345678, (030) 234 56 78, +32 470 …, with spaces, dashes,
 *   dots or slashes, and written (partly) in words: "nul zes twaalf vierendertig …";
 * - e-mail addresses, also "jan [at] gmail punt com", "piet(at)ziggo(punt)nl", "sanne at hotmail
 *   dot com", and "mijn gmail: jan.devries";
 * - IBANs (Dutch by their shape; foreign ones by their check digits);
 * - links: http(s), www., bare domains (voorbeeld.nl, bit.ly/…, wa.me/…, t.me/…);
 * - WhatsApp, Telegram, Signal, Instagram, Snapchat, TikTok, Facebook handles: "@jan_helpt",
 *   "insta: tuinhulp033". A platform named without a handle ("ik snap WhatsApp niet") is fine.
 * Pure, no I/O.
 */
import {
  fold,
  type Hit,
  hitsOf,
  NUMBER_WORD_PATTERN,
  NUMBER_WORDS,
  overlaps,
  re,
  Rewritten,
  rx,
  sentences,
} from './text';
import type { Finding } from './types';

const NUMBER_WORD = rx('g')`\b(?:${NUMBER_WORD_PATTERN})\b`;
/** A run of digits with at most three separators between them, optionally after + or 00. */
const DIGIT_RUN = /(?:\+\s?|\(\+?)?\d(?:[\s.\-/(),~_*|]{0,3}\d)+\)?/g;

/** Whether the digits of a run are a phone number. */
function isPhoneNumber(run: string): boolean {
  const international = /^\s*(?:\(?\+|00)/.test(run);
  let digits = run.replace(/\D/g, '');
  if (international) {
    if (run.trimStart().startsWith('00')) digits = digits.slice(2);
    if (digits.startsWith('31')) {
      const national = digits.slice(2).replace(/^0/, '');
      return national.length === 9;
    }
    return digits.length >= 9 && digits.length <= 15;
  }
  if (/^0[89]00\d{4}(?:\d{3})?$/.test(digits)) return true; // 0800 and 0900 numbers
  return digits.length === 10 && digits.startsWith('0') && digits[1] !== '0';
}

function phoneHits(text: string, masked: readonly Hit[]): Hit[] {
  // Twice: as written, and with number words as digits ("nul zes twaalf …", "o6-…" with a letter o).
  const asWords = Rewritten.of(text)
    .replace(NUMBER_WORD, (m) => String(NUMBER_WORDS.get(m[0]) ?? m[0]))
    .replace(/(?<![a-z])o(?=\d)/g, '0');
  const hits: Hit[] = [];
  for (const copy of [Rewritten.of(text), asWords]) {
    for (const run of hitsOf(copy.text, DIGIT_RUN)) {
      const hit = copy.original(run);
      if (isPhoneNumber(run.match[0]) && !overlaps(hit, masked) && !overlaps(hit, hits)) hits.push(hit);
    }
  }
  return hits;
}

// Not .de, .nu or .me on their own: "uur.de tuin" and "klaar.nu" are missing spaces, not links.
const TLD = '(?:nl|com|net|org|eu|be|info|io|ly|app|shop|online|site|xyz|biz|co|tk|link|click|frl)';
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}/gu;
const AT = rx('g')`\s*[[({<]\s*(?:at|@|apenstaartje|apestaartje|apestaart)\s*[\])}>]\s*|\s+(?:at|apenstaartje|
    apestaartje)\s+|\s*@\s+|\s+@\s*`;
const DOT = rx('g')`\s*[[({<]\s*(?:dot|punt|\.)\s*[\])}>]\s*|\s+(?:dot|punt)\s+(?=${TLD}\b)|\s*\.\s+(?=${TLD}\b)|
  \s+\.\s*(?=${TLD}\b)`;
const PROVIDER = /\b(?:gmail|hotmail|outlook|yahoo|icloud|kpnmail|ziggo|planet)\s*(?:adres\s*)?(?::|is)\s*[\w.-]{3,}/g;

function emailHits(folded: string): Hit[] {
  const copy = Rewritten.of(folded).replace(AT, '@').replace(DOT, '.');
  const hits = hitsOf(copy.text, EMAIL).map((hit) => copy.original(hit));
  for (const hit of hitsOf(folded, PROVIDER)) if (!overlaps(hit, hits)) hits.push(hit);
  return hits;
}

const IBAN = /\b[a-z]{2}\s?\d{2}(?:\s?[a-z0-9]{4}){2,7}(?:\s?[a-z0-9]{1,3})?\b/g;

/** ISO 13616 check: the IBAN moved around and read as a number leaves 1 after dividing by 97. */
function validIban(iban: string): boolean {
  const moved = (iban.slice(4) + iban.slice(0, 4)).toUpperCase();
  let rest = 0;
  for (const char of moved) {
    const value = char >= 'A' ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of value) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest === 1;
}

/** An address: a street with a house number ("Biltstraat 12"), or a full postcode ("3572 AB"). */
const STREET = rx('gu')`\b\p{Lu}\p{Ll}+(?:straat|laan|weg|plein|singel|gracht|kade|dijk|hof|pad|steeg|dreef|plantsoen|
    baan|erf|wal)\s+\d{1,4}(?:\s?[a-zA-Z])?\b`;
const POSTCODE = /\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b/g;

function ibanHits(folded: string): Hit[] {
  return hitsOf(folded, IBAN).filter((hit) => {
    const iban = hit.match[0].replace(/\s/g, '');
    if (/^nl\d{2}[a-z]{4}\d{10}$/.test(iban)) return true;
    return iban.length >= 15 && iban.length <= 34 && /\d{8}/.test(iban) && validIban(iban);
  });
}

// Run on the original text: a domain is typed in lower case; "tuin.Net als vorig jaar" is a typo.
const LINK = new RegExp(
  String.raw`\b(?:https?:\/\/|www\.)[^\s<>"']+|\b(?:t|wa)\.me\/[^\s<>"']+` +
    String.raw`|\b(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+${TLD}\b(?:\/[^\s<>"']*)?`,
  'g',
);

const PLATFORM =
  '(?:whats\\s?app|telegram|signal|insta(?:gram)?|snap(?:chat)?|tiktok|facebook|fb|discord|skype|twitter|threads)' +
  '(?:-?(?:pagina|groep|account|profiel|kanaal))?';
const HANDLE_AFTER_PLATFORM = rx(
  'gu',
)`\b${PLATFORM}\b(?:[-\s]?(?:account|naam|name|id|handle|profiel|messenger))?\s*(:|=|\bis\b|
  \bben\s+ik\b|\bheet\s+ik\b|\bonder\b)?\s*(@?[\p{L}\p{N}_.]{3,30})`;
/** Links as written, and spelled out: "www dot buurtklus dot nl". */
function linkHits(text: string, folded: string): Hit[] {
  const trim = (hit: Hit & { match: RegExpExecArray }): Hit => ({
    start: hit.start,
    end: hit.end - (hit.match[0].match(/[.,;:!?)]+$/)?.[0].length ?? 0),
  });
  const hits = hitsOf(text, LINK).map(trim);
  const spelled = Rewritten.of(folded).replace(/\s*[[(]?\s*\b(?:dot|punt)\b\s*[\])]?\s*(?=[a-z0-9])/g, '.');
  for (const hit of hitsOf(spelled.text, LINK)) {
    const original = spelled.original(trim(hit));
    if (!overlaps(original, hits) && /\b(?:dot|punt)\b/.test(folded.slice(original.start, original.end)))
      hits.push(original);
  }
  return hits;
}

const PLATFORM_WORD = re`\b${PLATFORM}\b`;
const STOPWORDS = new Set(['niet', 'wel', 'ook', 'een', 'het', 'de', 'mij', 'me', 'je', 'jou', 'voor', 'maar', 'dan']);
/** "@jan_helpt": an @ and a name with a letter in it, not part of an e-mail address. */
const AT_HANDLE = /(?<![\p{L}\p{N}._%+-])@(?=[\p{L}\p{N}_.]*\p{L})[\p{L}\p{N}_.]{2,30}[\p{L}\p{N}_]/gu;
/** A name that looks like a handle: "oma_truus_1950", "tuinhulp033", "lisa.2009". */
const HANDLE_LIKE = /\b\p{L}+(?:[_.][\p{L}\p{N}_.]*\p{N}?[\p{L}\p{N}]|_?\p{N}{2,})\b/gu;

function handleHits(folded: string): Hit[] {
  const hits: Hit[] = hitsOf(folded, AT_HANDLE);
  for (const hit of hitsOf(folded, HANDLE_AFTER_PLATFORM)) {
    const [, connector] = hit.match;
    const name = (hit.match[2] ?? '').replace(/^\.+|\.+$/g, '');
    if (name.length < 3) continue;
    const handle = name.startsWith('@') || /[\d_.]/.test(name) || (connector && !STOPWORDS.has(name));
    if (handle) hits.push({ start: hit.start, end: hit.end });
  }
  // A platform named in a sentence with something that looks like a handle in it.
  for (const sentence of sentences(folded))
    if (PLATFORM_WORD.test(sentence.text))
      for (const name of hitsOf(sentence.text, HANDLE_LIKE))
        hits.push({ start: sentence.start + name.start, end: sentence.start + name.end });
  return hits;
}

/** The contact details in a text, each with where it is. */
export function contactDetailFindings(text: string): Finding[] {
  const folded = fold(text);
  const findings: Finding[] = [];
  const add = (hits: Hit[], code: string) => {
    for (const hit of hits)
      if (!overlaps(hit, findings)) findings.push({ start: hit.start, end: hit.end, code, severity: 'review' });
  };
  const emails = emailHits(folded);
  add(emails, 'contact-email');
  add(ibanHits(folded), 'contact-iban');
  add(linkHits(text, folded), 'contact-link');
  add(phoneHits(folded, findings), 'contact-phone');
  add(handleHits(folded), 'contact-handle');
  add([...hitsOf(text, STREET), ...hitsOf(text, POSTCODE)], 'contact-address');
  return findings.sort((a, b) => a.start - b.start);
}
