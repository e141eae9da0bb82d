import './policy';

export { registerMarketplaceApi } from './api';
export { registerMarketplacePages } from './pages';
export { answerFollowUp, FOLLOW_UP_JOB, launchMarketplace, sendFollowUp } from './commands';
export { expireDuePosts, forgetMarketplacePerson, marketplaceDataOf, marketplaceOf, nearestMarketplaces } from './queries';
