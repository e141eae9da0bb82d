import { defineModule } from '../../core/module';
import { registerMunicipalityApi } from './api';
import { messages } from './messages';
import { registerMunicipalityPages } from './pages';

/** Reference data at the bottom of the platform: the 342 municipalities and 4,067 postcodes (CBS, PDOK). */
export const municipalitiesModule = defineModule({
  name: 'municipalities',
  messages,
  api: registerMunicipalityApi,
  pages: registerMunicipalityPages,
});

export {
  allPostcodes,
  listMunicipalityNames,
  loadReferenceData,
  municipalityByCode,
  municipalityBySlug,
  postcodeLookup,
  postcodesWithin,
  type Municipality,
  type Postcode,
} from './queries';
export { PROVINCES, slugify } from './rules';
