import './policy';

export { registerOrganisationApi, ORGANISATION_TYPES } from './api';
export {
  gemeenteOrganisationOf,
  insertOrganisation,
  organisationById,
  organisationBySlug,
  upsertMembership,
  type Organisation,
} from './queries';
import type { Executor } from '../../core/db';
import { listOrganisations } from './queries';

/** The organisations based in a municipality, for its page. */
export async function organisationsIn(db: Executor, municipalityCode: string) {
  return (await listOrganisations(db, { municipalityCode, page: 1, pageSize: 100 })).items;
}
