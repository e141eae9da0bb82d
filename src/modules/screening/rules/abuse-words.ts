/**
 * The word list of the abuse rule set (rules/abuse.ts): threatening, discriminatory and abusive
 * Dutch words and phrases, and a few English ones that Dutch people use.
 *
 * Source and approach: written for Samen from everyday Dutch usage — the scheldwoorden, ziekte-
 * vloeken (kanker-, tyfus-, tering-) and slurs that moderators of Dutch neighbourhood platforms
 * meet — not copied from another list or project. It is data: add a word with its forms (plural,
 * diminutive) in the right list. Every word is matched as a whole word after normalisation (lower
 * case, no accents, leetspeak, repeated and spaced-out letters), never as part of a longer word,
 * so "Scunthorpe"-style innocents pass: klootschieten, flikkeren (van een lamp), kankeronderzoek,
 * buiktyfus, Hoera, negeren, Kutlu (a Turkish first name).
 *
 * A word that also has an innocent meaning goes in DIRECTED: it counts only when it is aimed at
 * someone ("jij eikel", "wat een eikel", "Eikel!") — an eikel is also an acorn, a teef a female dog,
 * sukkelen means being ill. The disease words themselves (kanker, tyfus, tering) count only in a
 * curse ("krijg de kanker", "tyfus op"), in a compound with a person or a group ("kankerlijer",
 * "tyfusmarokkanen"), or in a name.
 */

/** Slurs: always refused. */
export const SLURS = [
  'neger',
  'negers',
  'nikker',
  'nikkers',
  'zandneger',
  'zandnegers',
  'bosneger',
  'bosnegers',
  'roetmop',
  'roetmoppen',
  'makak',
  'makakken',
  'geitenneuker',
  'geitenneukers',
  'kameelneuker',
  'kameelneukers',
  'spleetoog',
  'spleetogen',
  'poepchinees',
  'poepchinezen',
  'flikker',
  'flikkers',
  'bruinwerker',
  'bruinwerkers',
  'jodenhoer',
  'nigger',
  'niggers',
  'nigga',
  'niggas',
  'faggot',
  'faggots',
];

/** Parts of slurs that stay slurs inside a longer word ("nikkerhater", "kutnikker"). */
export const SLUR_PARTS = ['nikker', 'nigger', 'zandneger', 'bosneger', 'roetmop', 'geitenneuker', 'spleetoog'];

/** Insults: aimed at a person by what they are. */
export const INSULTS = [
  'klootzak',
  'klootzakken',
  'kloothommel',
  'klootviool',
  'hufter',
  'hufters',
  'rotzak',
  'rotzakken',
  'lul',
  'hoer',
  'hoeren',
  'hoertje',
  'hoerenloper',
  'hoerenlopers',
  'hoerenzoon',
  'hoerenjong',
  'slet',
  'sletten',
  'sletje',
  'sloerie',
  'sloeries',
  'trut',
  'trutten',
  'debiel',
  'debielen',
  'randdebiel',
  'imbeciel',
  'imbecielen',
  'spast',
  'spasten',
  'spasticus',
  'kinderlokker',
  'kinderlokkers',
  'motherfucker',
  'fucker',
  'asshole',
  'bitch',
  'bitches',
  'cunt',
  'dickhead',
  'retard',
  'whore',
  'slut',
  'wanker',
  'fuckyou',
  'fuckoff',
  'gespuis',
  'uitschot',
  'schorem',
  'tuig',
];

/** Words that are insults only when aimed at someone ("jij sukkel", "wat een idioot", "Sukkel, …"). */
export const DIRECTED = [
  'eikel',
  'idioot',
  'idioten',
  'sukkel',
  'sukkels',
  'wijf',
  'wijven',
  'loser',
  'losers',
  'dombo',
  'domkop',
  'stommerd',
  'oen',
  'kneus',
  'mongool',
  'mongolen',
  'mietje',
  'lesbo',
  'pedo',
  'pedofiel',
];

/**
 * Words that are insults only right after a word that aims them ("vuile aap", "jij zak", "stomme
 * koe"): on their own they are a bag, a cow, acorns, a female dog, a niece.
 */
export const DIRECTED_OBJECTS = [
  'eikels',
  'teef',
  'teven',
  'zak',
  'aap',
  'varken',
  'rund',
  'koe',
  'pinda',
  'kakkerlak',
  'zigeuner',
  'nicht',
  'rat',
  'ratten',
  'kakkerlakken',
  'luis',
  'luizen',
  'parasiet',
  'parasieten',
  'ongedierte',
  'hond',
  'honden',
  'heks',
];

/** Vulgar words: not aimed at anyone, but not for public text either. */
export const VULGAR = ['kut', 'kutje', 'godverdomme', 'godver', 'fuck', 'fucking', 'pleuris', 'klere', 'kolere'];

/** Curses that make a compound abusive: kanker-lijer, tyfus-marokkaan, kut-weer. */
export const CURSE_PREFIXES = [
  'kanker',
  'kkr',
  'tyfus',
  'tering',
  'klere',
  'kolere',
  'pleuris',
  'kut',
  'godver',
  'fuck',
];
/** The disease curses: harsher than kut-, so even "kankerzooi" is an insult, not merely vulgar. */
export const DISEASE_CURSES = ['kanker', 'kkr', 'kk', 'tyfus', 'tering', 'klere', 'kolere', 'pleuris'];
/** How groups are named as adjectives ("geen buitenlandse mensen"). */
export const GROUP_ADJECTIVES = [
  'buitenlandse',
  'allochtone',
  'marokkaanse',
  'turkse',
  'zwarte',
  'islamitische',
  'joodse',
  'poolse',
  'surinaamse',
  'antilliaanse',
  'arabische',
  'afrikaanse',
  'oost-europese',
  'homoseksuele',
];
/** After a curse, "you" or "off" makes it an insult ("fuckyou" spaced out, "kankerop"). */
export const AIMED = ['you', 'jou', 'je', 'u', 'jullie', 'op', 'off', 'hem', 'haar'];

/** In a name: hate symbols, also inside a longer name ("Hitler88"). In a text they can be history. */
export const NAME_ONLY_PARTS = ['hitler', 'nazi', 'heilhitler', 'siegheil', 'whitepower', '1488'];

/** After a curse: a person makes an insult ("kankerlijer", "kutbuurman"). */
export const PERSON_NOUNS = [
  'lijer',
  'lijers',
  'hoer',
  'hoeren',
  'wijf',
  'wijven',
  'lul',
  'kind',
  'kinderen',
  'jong',
  'vent',
  'kerel',
  'gozer',
  'buurman',
  'buurvrouw',
  'buren',
  'man',
  'vrouw',
  'mens',
  'zak',
  'hond',
  'honden',
  'beest',
  'mongool',
  'mongolen',
  'mietje',
  'leraar',
  'juf',
];

/** After a curse or with "geen", "behalve", "vuile": a group of people makes a slur or discrimination. */
export const GROUP_NOUNS = [
  'buitenlander',
  'buitenlanders',
  'allochtoon',
  'allochtonen',
  'moslim',
  'moslims',
  'moslima',
  'marokkaan',
  'marokkanen',
  'turk',
  'turken',
  'jood',
  'joden',
  'zwarten',
  'neger',
  'negers',
  'polen',
  'surinamer',
  'surinamers',
  'antillianen',
  'arabieren',
  'chinezen',
  'afrikanen',
  'zigeuners',
  'roma',
  'homo',
  'homos',
  'homofielen',
  'lesbiennes',
  'transgenders',
  'vluchtelingen',
  'asielzoekers',
  'statushouders',
  'gehandicapten',
  'hindoes',
  'christenen',
  'nederlanders',
];

/** After a curse: a thing makes it vulgar ("kutweer", "kankerzooi"). */
export const THING_NOUNS = [
  'weer',
  'zooi',
  'ding',
  'dingen',
  'dag',
  'plan',
  'idee',
  'app',
  'site',
  'fiets',
  'auto',
  'werk',
  'bedrijf',
  'buurt',
  'straat',
  'land',
  'school',
  'baan',
  'telefoon',
  'computer',
  'gemeente',
  'bus',
  'trein',
  'muziek',
  'herrie',
  'project',
  'vraag',
];

/** Who a group is said to be in "alleen voor blanke mensen". */
export const EXCLUSIVE_ADJECTIVES = ['blanke', 'witte', 'echte', 'autochtone', 'nederlandse', 'christelijke'];
export const PEOPLE = ['mensen', 'nederlanders', 'buren', 'bewoners', 'klanten', 'kinderen', 'gezinnen'];
