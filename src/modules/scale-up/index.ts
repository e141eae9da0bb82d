import { followerMessages, scaleUpNotificationKinds } from './adoptions/followers';
import { defineModule } from '../../core/module';
import { registerAdoptionApi } from './adoptions/api';
import { markMarketplaceLive } from './adoptions/marketplace';
import { messages as mapMessages } from './map/messages';
import { problemMessages } from './messages';
import { pageMessages, registerScaleUpPages } from './pages';
import { mergeMessages } from '../../core/i18n';
import { registerPolicies } from './policy';
import { registerRoundApi } from './rounds/api';
import { registerServiceApi } from './services/api';

/**
 * Samen opschalen: portfolio rounds and open competitions pick the best pilots, they become
 * national services with a learning path, and each municipality's adoption — its decision
 * trajectory — is tracked, compared and shown on a map.
 */
export const scaleUpModule = defineModule({
  name: 'scale-up',
  messages: mergeMessages(problemMessages, mapMessages, pageMessages, followerMessages),
  policies: registerPolicies,
  api: (api) => {
    registerRoundApi(api);
    registerServiceApi(api);
    registerAdoptionApi(api);
  },
  pages: registerScaleUpPages,
  publishes: ['scaleUp.nominationDecided', 'scaleUp.adoptionChanged'],
  notifications: scaleUpNotificationKinds,
  // The local marketplace is itself a national service: launching one makes that adoption live.
  subscribes: { 'marketplace.launched': markMarketplaceLive },
});

export { adoptionsOfMunicipality, type MunicipalityAdoption } from './adoptions/queries';
