import { defineModule } from '../../core/module';
import { registerInnovationApi } from './api';
import { messages } from './messages';
import { registerInnovationPages } from './pages';
import { registerPolicies } from './policy';
import { anonymiseAdviceOf, innovationDataOf } from './queries';

/** Samen innoveren: initiatives, partners, experiments, advice and similarity. */
export const innovationModule = defineModule({
  name: 'innovation',
  messages,
  policies: registerPolicies,
  api: registerInnovationApi,
  pages: registerInnovationPages,
  personalData: { export: innovationDataOf, forget: anonymiseAdviceOf },
});

export { initiativesOfMunicipality } from './queries';
export { createInitiative, joinInitiative, addExperiment } from './commands';
