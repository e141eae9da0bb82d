import { z } from 'zod';
import { defineModule } from '../../core/module';
import { registerMarketplaceApi } from './api';
import { FOLLOW_UP_JOB, sendFollowUp } from './commands';
import { registerMarketplacesApi } from './marketplaces-api';
import { messages } from './messages';
import { registerMarketplacePages } from './pages';
import { registerPolicies } from './policy';
import { expireDuePosts, forgetMarketplacePerson, marketplaceDataOf } from './queries';
import { vacuumSearchIndex } from './search';

/** Samen helpen: local marketplaces for voluntary help. */
export const marketplaceModule = defineModule({
  name: 'marketplaces',
  messages,
  policies: registerPolicies,
  api: (api) => {
    registerMarketplacesApi(api);
    registerMarketplaceApi(api);
  },
  pages: registerMarketplacePages,
  jobs: [
    {
      kind: FOLLOW_UP_JOB,
      payload: z.object({ postId: z.string().uuid() }),
      run: (ctx, tx, { postId }) => sendFollowUp(tx, ctx, postId),
    },
  ],
  schedules: [
    { name: 'expire posts', everyMs: 10_000, run: (ctx) => expireDuePosts(ctx.db) },
    // PGlite has no autovacuum; the search index needs one now and then (ADR 0004).
    {
      name: 'vacuum the search index',
      everyMs: 60 * 60_000,
      onlyOn: 'pglite',
      run: (ctx) => vacuumSearchIndex(ctx.db),
    },
  ],
  personalData: { export: marketplaceDataOf, forget: forgetMarketplacePerson },
});

export { answerFollowUp, launchMarketplace } from './commands';
export { marketplaceOf, nearestMarketplaces } from './marketplaces.queries';
