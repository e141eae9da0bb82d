import type { ParticipantRole, Phase } from '../vocabulary';

/** What happened to an initiative, told to its contacts. */
export type InitiativeNews =
  | { kind: 'phase'; phase: Phase }
  | { kind: 'joined'; organisation: string; role: ParticipantRole }
  | { kind: 'experiment'; hypothesis: string }
  | { kind: 'advice' };
