/**
 * Paid work and trade: Samen is for voluntary help only. Refused: rates ("€ 12,50 per uur",
 * "vijf euro per wandeling"), paying someone ("ik betaal je per keer, contant"), prices "in
 * overleg", salary and tips, self-employed work (zzp, KvK, invoices, quotes), vouchers as a reward,
 * selling and renting. A bare amount with no explanation goes to a beheerder. Allowed, because
 * volunteering normally involves it: what a person pays themselves (the groceries, the petrol,
 * the tickets), a vrijwilligersvergoeding within the tax office's limits, onkosten- and
 * reiskostenvergoeding, a cup of coffee. Pure, no I/O.
 */
import { fold, type Hit, hitsOf, NUMBER_WORD_PATTERN, NUMBER_WORDS, overlaps, re, sentences } from './text';
import type { Finding, Severity } from './types';

const SLANG =
  String.raw`(?:een\s+)?(?:paar\s+)?` +
  String.raw`(?:(?:vijf|tien|twintig|vijftig|honderd)t?jes?|briefjes?\s+van\s+\w+|knaken|pegels)`;
const NUMBER = String.raw`(?:\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:[.,]\d{1,2})?)`;
/** An amount of money: "€ 12,50", "15 euro", "15,-", "EUR 10", "vijf euro", "twintig piek", "een tientje". */
const AMOUNT =
  String.raw`(?:€\s?${NUMBER}(?:,-)?|eur(?:o)?\s?${NUMBER}|${NUMBER}(?:,-|\s?(?:euro|eur)\b)` +
  String.raw`|\b(?:${NUMBER_WORD_PATTERN}|paar|duizend)\s+(?:euro|eur|piek|ballen)\b|\b${SLANG}\b)`;
const UNIT =
  String.raw`(?:half\s+uur|uur|u|keer|rit|ritje|bezoek|dagdeel|dag|week|maand|jaar|klus|klusje|avond|middag` +
  String.raw`|ochtend|dienst|les|lesje|\w*beurt|wandeling|adres|kast|stuk|zak|mand|kwartier|kilometer|km|nacht` +
  String.raw`|weekend|kind|hond|maaltijd|portie)\b`;
const PER = String.raw`\s*,?\s*(?:per|p\/|\/|het|à)\s*(?:een\s+)?`;
const RATE = re`${AMOUNT}${PER}(${UNIT})|\bper\s+(${UNIT})\s*[:=]?\s*${AMOUNT}|${AMOUNT}\s*,?\s*(p\.\s?u\.?|pu\b|p\/u)`;
/** "7,50 per maaltijd", and "20 per uur" where the sentence talks about a price. */
const BARE_RATE = re`\b\d+,\d{2}${PER}(${UNIT})`;
const NUMBER_RATE = re`\b\d+${PER}(${UNIT})`;
const PRICE_WORDS = /\b(?:tarief|tarieven|prijs|kost|kosten|vraag|reken|betaal\w*|loon)\b/;

/** Context that makes money fine: costs the person pays or pays back (text-wide). */
const COSTS = re`\b(?:boodschap\w*|benzine|brandstof|parkeer\w*|parkeren|kaartjes?|entree|eten|maaltijd\w*|
    materiaal|materialen|onderdelen|bonnetje|kassabon|terug\w*|voorschieten|voorgeschoten|
    pinpas|pinnen|geld\s+mee|kopen|koop|gekocht|aanschaf|bijdrage|kostten|kostte|(?:overmaken|
    overschrijven)\s+naar|opnemen|internetbankieren|bankapp|spaargeld|\w*toeslag\w*|\w+kosten|
    uitgeven|besteden|duurder|goedkoper|schuld\w*|deurwaarder|betalingsregeling|boete|aanslag|
    incasso|achterstand|rekening\w*|nota|huur|huren|pensioen\w*|uitkering|aow|inkomen|premie|abonnement\w*)\b`;
/** The person pays a cost themselves: "het zwembad kost 5 euro per keer, dat betaal ik". */
const PAYS_ONESELF = re`\b(?:dat|die|het|deze)\s+betaal\s+ik\b|\bbetaal\s+ik\s+(?:zelf|wel)\b|
  \bik\s+betaal\s+(?:het|dat|die|zelf|de\s+(?!\w+\s+(?:je|jou|u)\b)\w+)\b`;
/** A volunteer's allowance: an amount in its sentence is fine within the limits below. */
const ALLOWANCE =
  /\b(?:vrijwilligersvergoeding|onkostenvergoeding|onkosten|reiskosten\w*|kilometervergoeding|km-?vergoeding)\b/;
/** The tax office's limits for a vrijwilligersvergoeding (Belastingdienst, 2025), per unit. */
const ALLOWANCE_LIMITS: Record<string, number> = { uur: 5.6, maand: 210, jaar: 2100, kilometer: 0.25, km: 0.25 };
/** Something given in return for the help: then an amount is pay, whatever it is called. */
const REWARD = re`\b(?:voor\s+(?:de|je|jouw|uw|het)\s+(?:moeite|hulp|tijd|werk)|voor\s+de\s+(?:hele\s+)?(?:klus|
    dag|middag|ochtend|avond|week)|als\s+(?:bedankje|beloning|dank)|in\s+je\s+hand(?:je)?|voor\s+over|
    ervoor|er\s+(?:\w+\s+){0,3}voor\b|in\s+voor\s+(?:je|jou|u)|voor\s+(?:elke|iedere)|geef\s+(?:ik\s+)?(?:je|
    jou|u)|krijg\s+je|krijgt\s+u|krijg\s+jij|(?:je|u)\s+krijgt(?!\s+(?:het\s+(?:bonnetje|
    geld|wisselgeld|bedrag)|\w+\s+terug))|verdien\w*)`;
/** Doing something without pay: then being a zzp'er says who you are, not what you charge. */
const UNPAID = /\b(?:vrijwillig\w*|gratis|belangeloos|kosteloos|onbetaald|voor\s+niets|voor\s+niks)\b/;

interface Rule {
  code: string;
  pattern: RegExp;
  severity?: Severity;
  /** "geen betaald werk": skipped when "geen", "niet", "nooit" or "zonder" comes right before */
  negatable?: boolean;
  /** skipped when the text talks about costs the person pays (groceries paid in cash are fine) */
  unlessCosts?: boolean;
  /** only when the sentence also has this */
  when?: RegExp;
  /** only when the whole text also has this */
  whenText?: RegExp;
  /** not when the whole text has this */
  unless?: RegExp;
  /** skipped when the sentence has this after the match ("ik betaal je terug") */
  unlessAfter?: RegExp;
  /** skipped when the words right before match ("op weg naar betaald werk") */
  unlessBefore?: RegExp;
}

const PAY_TERMS = '(?:betaling|vergoeding|beloning|loon|prijs|prijzen|tarief|tarieven|uurprijs|kosten|bedrag)';
const RULES: Rule[] = [
  { code: 'paid-rate', pattern: RATE },
  { code: 'paid-rate', pattern: BARE_RATE },
  { code: 'paid-rate', pattern: NUMBER_RATE, when: PRICE_WORDS },
  {
    code: 'paid-payment',
    pattern: re`\b(?:ik|wij|we)\s+(?:betaal|betalen)\s+(?:(?:natuurlijk|uiteraard|graag|wel|gewoon|ook)\s+)*(?:je|
        jou|jullie|u|iemand|goed|netjes|gewoon|per\b|ervoor|er\s+(?:wat|iets|goed|netjes)\s+voor|
        voor\s+(?:je|jouw|uw|de)\s+(?:tijd|moeite|hulp|werk|diensten))`,
    unlessAfter: /\bterug|\bde\s+kosten|\bhet\s+geld/,
  },
  {
    code: 'paid-payment',
    pattern: /\b(?:betaal|betalen)\s+(?:ik|we|wij)\s+(?:je|jou|jullie|u|goed|netjes|per)\b/,
    unlessAfter: /\bterug|\bde\s+kosten|\bhet\s+geld/,
  },
  {
    code: 'paid-payment',
    pattern: re`\b(?:je|jij|u|jullie)\s+(?:wordt|word|worden|krijgt|krijg|krijgen|ontvangt)\s+(?:er\s+)?(?:goed\s+|
        netjes\s+|gewoon\s+|natuurlijk\s+|ook\s+)?(?:voor\s+)?(?:betaald|uitbetaald|beloond)\b`,
    negatable: true,
  },
  {
    code: 'paid-payment',
    pattern: re`\b(?:wordt|word|worden|krijgt|krijg|krijgen|ontvangt|ontvang)\s+(?:je|jij|u|jullie)\s+(?:(?:er\s*voor|
        ervoor|daarvoor|goed|netjes|gewoon|natuurlijk|ook|uiteraard)\s+)*(?:betaald|uitbetaald|beloond)\b`,
    negatable: true,
  },
  {
    code: 'paid-payment',
    pattern: re`\b(?:geef|betaal|bied|biedt|geven|betalen|bieden)\s+(?:ik\s+|we\s+|wij\s+)?(?:je|jou|
        u|jullie)\s+(?:\w+\s+){0,2}(?:een\s+)?(?:vergoeding|beloning|betaling|tegemoetkoming|salaris|loon)\b`,
    negatable: true,
  },
  {
    code: 'paid-payment',
    pattern: re`${AMOUNT}\s*(?:netto|bruto)\b|\b(?:netto|bruto)\s+${AMOUNT}`,
  },
  {
    code: 'paid-payment',
    pattern: /\b(?:mijn|ons|onze|het|uw|je|jouw)\s+(?:tarief|tarieven|uurprijs)\b/,
    negatable: true,
  },
  {
    code: 'paid-price',
    pattern: re`\b(?:dat|het)\s+(?:wordt|is|kost)\s+(?:dan\s+|maar\s+)?${AMOUNT}`,
    unlessCosts: true,
  },
  {
    code: 'paid-price',
    pattern: re`\bvoor\s+(?:maar\s+|slechts\s+|ongeveer\s+|zo'n\s+)?${AMOUNT}`,
    unlessCosts: true,
  },
  {
    code: 'paid-payment',
    pattern: /\btegen\s+(?:een\s+)?(?:kleine\s+|geringe\s+|goede\s+|passende\s+)?(?:betaling|vergoeding|beloning)\b/,
    negatable: true,
  },
  {
    code: 'paid-payment',
    pattern: re`\b${PAY_TERMS}\s*(?:is\s+|:\s*)?(?:in\s+overleg|n\.?o\.?t\.?k\.?|bespreekbaar|nader\s+te\s+bepalen|
      volgens\s+afspraak|op\s+aanvraag|t\.?e\.?a\.?b\.?|afhankelijk\s+van|naar\s+gelang)`,
  },
  { code: 'paid-payment', pattern: re`\b${PAY_TERMS}\s+(?:per|p\/)\s*${UNIT}` },
  {
    code: 'paid-payment',
    pattern: re`\b(?:goede|leuke|nette|prima|marktconforme|
        redelijke|passende|financiele|aantrekkelijke)\s+(?:vergoeding|beloning|betaling)\b`,
  },
  { code: 'paid-payment', pattern: /\b(?:wil|kan|wil\s+ik)\s+er\s+(?:\w+\s+){0,2}voor\s+betalen\b/ },
  { code: 'paid-payment', pattern: /\bbetaling\s+(?:via|met|na|per|vooraf|achteraf)\b/ },
  {
    code: 'paid-payment',
    pattern:
      /\b(?:bij\s*verdien\w*|zakcentje\w*|(?:verdien|verdienen|verdient)\b(?=[^.!?\n]*(?:€|\d|euro|geld|extra|per\b)))/,
  },
  {
    code: 'paid-payment',
    pattern: re`\b(?:ik\s+)?(?:reken|rekenen|vraag|vragen)\s+(?:ik\s+|wel\s+|maar\s+|slechts\s+)*${AMOUNT}`,
  },
  {
    code: 'paid-payment',
    pattern: re`\b(?:uurlonen|uurloon|uurtarieven|uurtarief|uurprijs|stukloon|arbeidsloon|salaris|honorarium|
        fooitje|fooi)\b|\b(?:je|jouw|uw)\s+(?:arbeid|werkuren|manuren|uren)\b(?=[^.!?\n]*\bbetaal)|
        (?<=\bbetaal\b[^.!?\n]*)\b(?:je|jouw|uw)\s+(?:arbeid|werkuren|manuren)\b`,
    negatable: true,
    // one's own pay, as a subject of help ("mijn werkgever betaalt mijn salaris te laat")
    unlessBefore: /\b(?:mijn|zijn|haar|ons|hun)\s+$/,
  },
  {
    code: 'paid-payment',
    pattern: re`\bbetaalde?\s+(?:klus|klusje|klussen|bijbaan|bijbaantje|opdracht|hulp|oppas|job|kracht|
        schoonmaker|schoonmaakster)\b`,
    negatable: true,
  },
  {
    code: 'paid-payment',
    pattern: /\bbetaald(?:e)?\s+(?:werk|baan)\b/,
    negatable: true,
    unlessBefore: /\b(?:naar|zoek|zoekt|zoeken|vinden|krijgen|aan|voor)\s+(?:een\s+)?$/,
  },
  {
    code: 'paid-cash',
    pattern: /\b(?:contant|cash)\b/,
    unlessCosts: true,
    when: re`\b(?:betaal|betalen|betaald|uitbetaald|uitbetaling|betaling|per\s+(?:keer|uur)|in\s+(?:de\s+|
      het\s+)?hand(?:je)?)\b`,
  },
  {
    code: 'paid-cash',
    pattern: /\bzwart\b/,
    negatable: true,
    when: /\b(?:betaal|betalen|betaald|uitbetaald|werk|werken|geld|per\s+(?:keer|uur))\b|,\s*zwart\s*[.!]?\s*$/,
  },
  { code: 'paid-cash', pattern: /\btikkie\b/, unlessCosts: true, when: /\b(?:beta+l\w*|na\s+elke|per)\b/ },
  {
    code: 'paid-business',
    pattern: /\b(?:zzp(?:'?ers?)?|freelancers?|freelance|eenmanszaak)\b/,
    negatable: true,
    unless: UNPAID,
  },
  {
    code: 'paid-business',
    pattern: re`\b(?:kvk(?:-?nummer)?|kamer\s+van\s+koophandel|kostenraming|eigen\s+bedrijf|op\s+factuurbasis|
        via\s+(?:een\s+)?factuur|factureren|(?:incl|excl|ex)\.?\s*btw|btw-?nummer|plus\s+btw)\b`,
    negatable: true,
  },
  {
    // A quote offered or asked for; not one the person received and wants to understand.
    code: 'paid-business',
    pattern: /\b(?:offertes?|prijsopgaven?)\b/,
    negatable: true,
    when: re`\b(?:vraag|aanvragen|aan\s+te\s+vragen|gratis|vrijblijvend\w*|stuur|sturen|maak|maken|op\s+aanvraag|
      graag\s+een|geef|geven)\b`,
  },
  {
    code: 'paid-business',
    pattern: /\b(?:stuur|sturen|stuurt|maak|maken|krijgt|ontvangt)\b(?:\s+\w+){0,2}\s+(?:een\s+|de\s+)?factuur\b/,
  },
  {
    code: 'paid-price',
    pattern: re`\b(?:schappelijke|schappelijk|eerlijke|redelijke|lage|kleine|klein|vriendelijke|zachte|zacht|
        scherpe|scherp|vaste|leuke|leuk)\s+(?:prijs|prijsje|tarief|tarieven|bedrag|bedragje)\b|
        \b(?:schappelijke|eerlijke|redelijke|lage|vriendelijke|scherpe)\s+prijzen\b`,
  },
  { code: 'paid-price', pattern: re`\b(?:vanaf|slechts|voor\s+maar|al\s+vanaf)\s+${AMOUNT}` },
  {
    code: 'paid-price',
    pattern: re`\b\d+\s*(?:lessen|keer|uur|stuks|beurten|ritten|wandelingen|x)(?:\s+per\s+\w+)?
      \s+(?:voor|à)\s+${AMOUNT}`,
  },
  {
    code: 'paid-voucher',
    pattern:
      /\b(?:cadeaubon\w*|waardebon\w*|tegoedbon\w*|vouchers?|giftcards?|cadeaukaart\w*|vvv-?bon\w*|bol\.com-?bon\w*)\b/,
    when: re`\b(?:krijg|krijgt|ontvang\w*|beloning|bedankje|als\s+dank|voor\s+(?:elke|iedere)|geef|geven|
      betaal\w*|in\s+ruil)\b`,
  },
  {
    code: 'paid-sale',
    pattern: re`\b(?:te\s+koop|te\s+huur|ter\s+verkoop|vraagprijs|
        huurprijs|t\.e\.a\.b|bieden\s+vanaf|wie\s+wil\s+(?:mijn|
        onze|deze|de|het)\s+\w+\s+kopen)|(?:^|[.!?]\s*)(?:verkoop|verhuur)\s*:`,
    negatable: true,
  },
  {
    // Selling to the reader has a price or asks for offers; "ik verkoop daar spullen, wie helpt" does not.
    code: 'paid-sale',
    pattern: re`\b(?:ik\s+verkoop|wij\s+verkopen|we\s+verkopen|verkoop\s+ik|verkopen\s+(?:we|wij)|ik\s+verhuur|
        (?:wij|we)\s+verhuren|verhuur\s+ik|huur\s+ik\s+uit)\b`,
    whenText: re`${AMOUNT}|\b(?:interesse|bieden|bod|reageer)\b`,
  },
  {
    code: 'paid-vague',
    severity: 'review',
    pattern: re`\bkrijg(?:t|en)?\s+(?:je|jij|u|jullie)\s+er\s+(?:natuurlijk\s+|
        ook\s+|wel\s+)?(?:iets|wat)\s+(?:voor|tegenover|bij)\b`,
  },
  {
    code: 'paid-price',
    pattern: re`${AMOUNT}\s*(?:pp\b|p\.p\.|per\s+persoon)`,
    unlessCosts: true,
  },
  { code: 'paid-price', pattern: /\b(?:prijslijst|tarievenlijst|prijsindicatie|mijn\s+prijzen|onze\s+prijzen)\b/ },
  { code: 'paid-price', pattern: /\b(?:tarieven|prijzen|prijslijst)\s+(?:op|via|zie|staan|vindt)\b/ },
  {
    code: 'paid-payment',
    pattern: /\bwat\s+(?:vraag|vraagt|reken|rekent|kost)\s+(?:je|jij|u|het)\s*(?:ervoor|daarvoor)?\s*\?/,
  },
  {
    code: 'paid-payment',
    pattern: /\b(?:pgb|persoonsgebonden\s+budget)\b/,
    when: /\b(?:beta+l\w*|uitbeta+l\w*|vergoed\w*|loon|salaris|per\s+uur)\b/,
  },
  { code: 'paid-price', pattern: /\b(?:niet|geen)\s+(?:gratis|voor\s+niets|voor\s+niks|kosteloos)\b/ },
  {
    code: 'paid-price',
    pattern: re`\b(?:pakket|strippenkaart|abonnement)\s+(?:van\s+)?\d+\s*\w*\s*[:=]?\s*(?:voor\s+)?${AMOUNT}|
      \b\d+\s*(?:lessen|keer|beurten|ritten)\s*[:=]\s*${AMOUNT}`,
  },
  {
    code: 'paid-business',
    pattern: re`\bvrijblijvend\w*|\b(?:zoek|zoekt|zoeken)\s+(?:nieuwe\s+)?(?:klanten|
        opdrachtgevers|opdrachten)\b|\b(?:aan|voor)\s+particulieren\b`,
  },
  {
    code: 'paid-price',
    pattern: /\b(?:graag|met)\s+(?:een\s+|uw\s+|je\s+)?(?:prijs|prijsje|tarief|prijsindicatie)\b/,
  },
  { code: 'paid-sale', pattern: /\b(?:of\s+(?:een\s+)?bod|hoogste\s+bod|doe\s+een\s+bod|biedingen)\b/ },
  {
    code: 'paid-payment',
    pattern: re`\b(?:wat|hoeveel)\s+(?:is\s+)?(?:je|jouw|uw)\s+budget\b|\b(?:wat|hoeveel)\s+(?:wil|
        kun|kan|gaat)\s+(?:je|u|jij)\s+(?:er\s*voor\s+|ervoor\s+)?(?:betalen|geven)\b|\bhoeveel\s+(?:betaal|
        betaalt|krijg|geef)\s+(?:je|u|ik)\b`,
  },
  {
    code: 'paid-vague',
    severity: 'review',
    pattern: re`\b(?:je|jij|u)\s+(?:krijgt|krijg|ontvangt)\s+(?:er\s+)?(?:een\s+)?(?:\w+\s+)?(?:vergoeding|
        beloning|tegenprestatie)\b`,
    unless: ALLOWANCE,
  },
  {
    code: 'paid-vague',
    severity: 'review',
    pattern: /\b(?:staat|staan)\s+(?:er\s+)?(?:\w+\s+){0,3}(?:vergoeding|beloning|tegenprestatie)\s+tegenover\b/,
  },
];

const NEGATION = /\b(?:geen|niet|nooit|zonder)\s+(?:\w+\s+)?$/;
const AMOUNTS = new RegExp(AMOUNT);
const SLANG_VALUES: Record<string, number> = { tientje: 10, tientjes: 20, vijfje: 5, vijfjes: 10 };

/** The value of an amount as written ("€ 12,50" → 12.5, "vijf euro" → 5, "een tientje" → 10). */
function amountOf(amount: string): number {
  const thousands = amount.match(/\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?/)?.[0];
  if (thousands) return Number(thousands.replace(/\./g, '').replace(',', '.'));
  const digits = amount.match(/\d+(?:[.,]\d{1,2})?/)?.[0];
  if (digits) return Number(digits.replace(',', '.'));
  const word = amount.match(/[a-z]+/g)?.find((w) => NUMBER_WORDS.has(w) || w in SLANG_VALUES);
  return word ? (NUMBER_WORDS.get(word) ?? SLANG_VALUES[word] ?? 0) : 0;
}

const unitOf = (rate: RegExpExecArray) => (rate[1] ?? rate[2] ?? (rate[3] ? 'uur' : '')).trim();

/** A rate in an allowance's sentence is fine while it stays within the tax office's limit for its unit. */
function allowedAllowance(sentence: string, rate: RegExpExecArray): boolean {
  if (!ALLOWANCE.test(sentence)) return false;
  const unit = unitOf(rate);
  const limit = ALLOWANCE_LIMITS[unit];
  return limit !== undefined && amountOf(rate[0]) <= limit;
}

/** What paid work a text asks for or offers, with where it says so. */
export function paidWorkFindings(text: string): Finding[] {
  const folded = fold(text);
  const costs = COSTS.test(folded);
  const findings: Finding[] = [];
  const add = (hit: Hit, code: string, severity: Severity) => {
    if (!overlaps(hit, findings)) findings.push({ start: hit.start, end: hit.end, code, severity });
  };
  for (const sentence of sentences(folded)) {
    const at = (hit: Hit): Hit => ({ start: sentence.start + hit.start, end: sentence.start + hit.end });
    for (const rule of RULES) {
      if (rule.when && !rule.when.test(sentence.text)) continue;
      if (rule.whenText && !rule.whenText.test(folded)) continue;
      if (rule.unless?.test(folded)) continue;
      if (rule.unlessCosts && costs) continue;
      for (const hit of hitsOf(sentence.text, rule.pattern)) {
        const before = sentence.text.slice(0, hit.start);
        if (rule.negatable && NEGATION.test(before)) continue;
        if (rule.unlessBefore?.test(before)) continue;
        if (rule.unlessAfter?.test(sentence.text.slice(hit.end))) continue;
        if (rule.code === 'paid-rate' && allowedAllowance(sentence.text, hit.match)) continue;
        if (rule.code === 'paid-rate' && PAYS_ONESELF.test(sentence.text)) continue;
        // Per week, month or year is what rent, a pension or a subscription costs, not what help is paid.
        if (rule.code === 'paid-rate' && costs && /^(?:week|maand|jaar)$/.test(unitOf(hit.match))) continue;
        const code = rule.code === 'paid-rate' && ALLOWANCE.test(sentence.text) ? 'paid-allowance' : rule.code;
        add(at(hit), code, rule.severity ?? 'refuse');
      }
    }
    // A bare amount: pay when something is given in return, fine for costs, otherwise a beheerder looks.
    for (const hit of hitsOf(sentence.text, AMOUNTS)) {
      if (PAYS_ONESELF.test(sentence.text) && !REWARD.test(sentence.text)) continue;
      if (REWARD.test(sentence.text)) add(at(hit), 'paid-payment', 'refuse');
      else if (!costs && !ALLOWANCE.test(sentence.text)) add(at(hit), 'paid-amount', 'review');
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
