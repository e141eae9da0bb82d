export { registerMunicipalityApi } from './api';
export { registerMunicipalityPages } from './pages';
export { listMunicipalityNames, loadReferenceData, municipalityByCode, municipalityBySlug, postcodeLookup, type Municipality, type Postcode } from './queries';
export { slugify } from './rules';
