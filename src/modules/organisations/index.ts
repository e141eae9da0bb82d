import { defineModule } from '../../core/module';
import { registerOrganisationApi } from './api';
import { messages } from './messages';
import { registerPolicies } from './policy';

/** Organisations (municipalities, welfare organisations, …) and the people who work there. */
export const organisationsModule = defineModule({
  name: 'organisations',
  messages,
  policies: registerPolicies,
  api: registerOrganisationApi,
});

export { ORGANISATION_TYPES } from './api';
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
