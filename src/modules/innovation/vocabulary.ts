/** The words of Samen innoveren every sub-feature shares: kinds, phases, themes, roles. No I/O. */

export const INITIATIVE_TYPES = ['challenge', 'pilot', 'best-practice', 'praktijkproef'] as const;
export type InitiativeType = (typeof INITIATIVE_TYPES)[number];

export const PHASES = ['idee', 'pilot', 'evaluatie', 'opschaling', 'landelijk'] as const;
export type Phase = (typeof PHASES)[number];

/** The national theme list; slugs are stable, names come from the i18n catalogue (theme.<slug>). */
export const THEMES = [
  'schulden',
  'ouderen',
  'werk-en-inkomen',
  'jeugd',
  'zorg-en-welzijn',
  'wonen',
  'vervoer',
  'participatie',
  'veiligheid',
  'dienstverlening',
  'informatievoorziening',
  'gezondheid',
  'onderwijs',
  'duurzaamheid',
  'inburgering',
] as const;
export type Theme = (typeof THEMES)[number];

export const SEEKS = ['partners', 'expertise', 'funding'] as const;
export type Seek = (typeof SEEKS)[number];

export const PARTICIPANT_ROLES = ['follower', 'co-developer'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** Longer free texts of an initiative (goal, approach, results, advice), in characters. */
export const LONG_TEXT = 5000;
/** A search in the text of initiatives, in characters. */
export const SEARCH_MAX = 200;
