import './policy';

export { registerInnovationApi } from './api';
export { registerInnovationPages } from './pages';
export { anonymiseAdviceOf, initiativesOfMunicipality, innovationDataOf } from './queries';
export { createInitiative, joinInitiative, addExperiment } from './commands';
