import type { SignedIn } from '../../../core/authz';
import type { AppContext } from '../../../core/context';
import { conflict, invalidField, notFound } from '../../../core/errors';
import { municipalityByCode, postcodeLookup } from '../../municipalities';
import { wordRanges } from '../rules';
import { countSavedSearches, deleteSavedSearch, insertSavedSearch, type SavedSearch, stemsOf } from './queries';
import { MAX_SAVED_SEARCHES } from './rules';
import type { SavedSearchInput } from './schemas';

/** A search from the marketplace, kept: new posts that fit it will be told to its owner. */
export async function saveSearch(deps: AppContext, actor: SignedIn, input: SavedSearchInput): Promise<SavedSearch> {
  if (input.radiusKm !== undefined && !input.near) throw invalidField('near', 'alerts.validation.radiusWithoutNear');
  if (input.near && input.municipality) throw invalidField('municipality', 'alerts.validation.nearOrMunicipality');
  return deps.db.transaction(async (tx) => {
    if (input.near && !(await postcodeLookup(tx, input.near)))
      throw invalidField('near', 'validation.postcodeUnknown', { pc4: input.near });
    if (input.municipality && !(await municipalityByCode(tx, input.municipality)))
      throw invalidField('municipality', 'validation.municipalityUnknown');
    if ((await countSavedSearches(tx, actor.accountId)) >= MAX_SAVED_SEARCHES)
      throw conflict('alerts.saved.tooMany', { max: MAX_SAVED_SEARCHES });
    const q = input.q || null;
    const starts = q ? wordRanges(await stemsOf(tx, q)).map(({ lo }) => lo) : [];
    // Words that stem to nothing ("de", "het") leave a search for everything of its kind and place.
    return insertSavedSearch(
      tx,
      actor.accountId,
      {
        kind: input.kind,
        q,
        category: input.category ?? null,
        near: input.near ?? null,
        radiusKm: input.near ? (input.radiusKm ?? 10) : null,
        municipality: input.near ? null : (input.municipality ?? null),
        frequency: input.frequency,
      },
      starts,
    );
  });
}

export async function forgetSearch(deps: AppContext, actor: SignedIn, id: string): Promise<void> {
  if (!(await deleteSavedSearch(deps.db, actor.accountId, id))) throw notFound('alerts.saved.notFound');
}
