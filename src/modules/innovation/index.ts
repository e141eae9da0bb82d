import type { Hono } from 'hono';
import type { ApiApp } from '../../core/http/api';
import type { AppEnv } from '../../core/http/env';
import { defineModule } from '../../core/module';
import { registerAdviceApi } from './advice/api';
import { registerAdvicePages } from './advice/pages';
import { registerContactApi } from './contact/api';
import { contactNotificationKinds } from './contact/kinds';
import { registerContactPages } from './contact/pages';
import { registerExperimentApi } from './experiments/api';
import { registerExperimentPages } from './experiments/pages';
import { registerInitiativeApi } from './initiatives/api';
import { registerDetailPages } from './initiatives/detail-page';
import { registerEditPages } from './initiatives/edit-page';
import { registerInitiativePages } from './initiatives/pages';
import { messages } from './messages';
import { innovationNotificationKinds } from './updates/kinds';
import { registerParticipationApi } from './participation/api';
import { registerParticipationPages } from './participation/pages';
import { personalData } from './personal-data';
import { registerPolicies } from './policy';
import { registerSimilarityApi } from './similarity/api';
import { registerSimilarityPages } from './similarity/pages';
import { registerUpdatePages } from './updates/pages';

/**
 * Samen innoveren, in sub-features: initiatives (list, submit, change, page, phases), participation
 * (follow, co-develop), experiments, advice, similarity ("Lijkt op:", clusters), updates (news
 * mails and their setting) and contact ("Neem contact op": conversations about an initiative).
 */
export const innovationModule = defineModule({
  name: 'innovation',
  messages,
  notifications: [...innovationNotificationKinds, ...contactNotificationKinds],
  policies: registerPolicies,
  api: (api: ApiApp) => {
    registerInitiativeApi(api);
    registerSimilarityApi(api);
    registerParticipationApi(api);
    registerExperimentApi(api);
    registerAdviceApi(api);
    registerContactApi(api);
  },
  pages: (app: Hono<AppEnv>) => {
    // Fixed paths (/innovatie/clusters, /nieuw, /lijkt-op, /meldingen, /gesprekken) before /innovatie/:id.
    registerInitiativePages(app);
    registerSimilarityPages(app);
    registerUpdatePages(app);
    registerContactPages(app);
    registerEditPages(app);
    registerDetailPages(app);
    registerParticipationPages(app);
    registerExperimentPages(app);
    registerAdvicePages(app);
  },
  personalData,
});

// What the municipality page, scaling up, the demo data, the evaluation script and the benchmark use.
export { addExperiment } from './experiments/commands';
export { createInitiative } from './initiatives/commands';
export {
  type InitiativeCarriers,
  initiativeCarriers,
  initiativesOfMunicipality,
  moveInitiativeToPhase,
  type NewInitiative,
} from './initiatives/queries';
export { joinInitiative } from './participation/commands';
export { initiativeClusters } from './similarity/present';
export { recallAtK } from './similarity/rules';
export { bulkIndexInitiativeTerms, rankingSql, rankSimilar, recountTermStats } from './similarity/similarity';
export {
  type InitiativeType,
  type ParticipantRole,
  type Phase,
  THEMES,
  type Theme,
} from './vocabulary';
