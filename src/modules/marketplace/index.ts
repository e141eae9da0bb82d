import './policy';

export { registerMarketplaceApi } from './api';
export { registerMarketplacesApi } from './marketplaces-api';
export { registerMarketplacePages } from './pages';
export { answerFollowUp, FOLLOW_UP_JOB, launchMarketplace, sendFollowUp } from './commands';
export { expireDuePosts, forgetMarketplacePerson, marketplaceDataOf } from './queries';
export { marketplaceOf, nearestMarketplaces } from './marketplaces.queries';
export { vacuumSearchIndex } from './search';
