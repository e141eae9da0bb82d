import type { Aggregate, RoundPhase } from '../rules';
import type { BoardMember, Nomination, Round, StoredScore } from '../rounds/queries';

/** One nomination as the round's page shows it to this person. */
export interface NominationView {
  nomination: Nomination;
  /** after scoring closes */
  aggregate: Aggregate | null;
  /** before scoring closes only the person's own; afterwards all of them, for board members */
  scores: StoredScore[];
  serviceSlug: string | null;
  /** the person is a board member whose municipality carries this initiative */
  conflict: boolean;
  mayScore: boolean;
  mayDecide: boolean;
}

export interface RoundView {
  round: Round;
  phase: RoundPhase;
  board: BoardMember[];
  nominations: NominationView[];
  names: ReadonlyMap<string, string>;
  /** the initiatives the person may nominate; null when the person may not nominate now */
  nominate: { options: { value: string; label: string }[]; byId: boolean } | null;
  mayPreselect: boolean;
}
