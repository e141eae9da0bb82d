import './policy';

export { registerInnovationApi } from './api';
export { registerInnovationPages } from './pages';
export { initiativesOfMunicipality } from './queries';
export { createInitiative, joinInitiative, addExperiment } from './commands';
