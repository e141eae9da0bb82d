export { registerMunicipalityApi } from './api';
export { registerMunicipalityPages } from './pages';
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
export { slugify } from './rules';
