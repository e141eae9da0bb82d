import { defineModule } from '../../core/module';
import { registerMunicipalityApi } from './api';
import { messages } from './messages';

/** Reference data at the bottom of the platform: the 342 municipalities and 4,067 postcodes (CBS, PDOK). */
export const municipalitiesModule = defineModule({
  name: 'municipalities',
  messages,
  api: registerMunicipalityApi,
  // The list page (/gemeenten) shows which municipalities have a marketplace: the site module composes it.
});

export {
  allPostcodes,
  listMunicipalityNames,
  loadReferenceData,
  municipalityByCode,
  municipalityBySlug,
  postcodeLookup,
  postcodesWithin,
  searchMunicipalities,
  type Municipality,
  type Postcode,
} from './queries';
export { PROVINCES, slugify } from './rules';
