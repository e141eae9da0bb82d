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

// What other modules, the demo data and the benchmark use.
export {
  gemeenteOrganisationOf,
  insertOrganisation,
  type Organisation,
  organisationById,
  organisationBySlug,
  organisationsIn,
  upsertMembership,
} from './queries';
export { ORGANISATION_TYPES } from './vocabulary';
