import type { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../core/http/env';
import type { ApiApp } from '../../core/http/api';
import { defineModule } from '../../core/module';
import { registerAlertsApi } from './alerts/api';
import { expiryNotices } from './alerts/expiry';
import { marketplaceNotificationKinds } from './alerts/kinds';
import { registerAlertsPages } from './alerts/pages';
import { registerConversationsApi } from './conversations/api';
import { FOLLOW_UP_JOB, sendFollowUp } from './conversations/follow-up';
import { registerConversationPages } from './conversations/pages';
import { messages } from './messages';
import { registerModerationApi } from './moderation/api';
import { registerModerationPeopleApi } from './moderation/api-people';
import { mailWaitingToBeheerders } from './moderation/digest';
import { registerModerationPages } from './moderation/pages';
import { registerModerationPeoplePages } from './moderation/pages-people';
import { forgetMarketplacePerson, marketplaceDataOf } from './personal-data';
import { registerPolicies } from './policy';
import { registerPostsApi } from './posts/api';
import { registerPostPages } from './posts/pages';
import { registerSearchApi } from './search/api';
import { registerSearchPages } from './search/pages';
import { vacuumSearchIndex } from './search/search';
import { registerSettingsApi } from './settings/api';
import { registerSettingsPages } from './settings/pages';

/**
 * Samen helpen: local marketplaces for voluntary help. Sub-features, each with its own queries,
 * commands, API routes and pages: settings (the marketplaces themselves), search, posts,
 * conversations (responses, messages, matches, the follow-up mail) and moderation (reports, the
 * queue, decisions).
 */
export const marketplaceModule = defineModule({
  name: 'marketplaces',
  messages,
  policies: registerPolicies,
  api: (api: ApiApp) => {
    registerSettingsApi(api);
    registerSearchApi(api);
    registerPostsApi(api);
    registerConversationsApi(api);
    registerModerationApi(api);
    registerModerationPeopleApi(api);
    registerAlertsApi(api);
  },
  pages: (app: Hono<AppEnv>) => {
    registerSettingsPages(app);
    registerModerationPeoplePages(app);
    registerModerationPages(app);
    registerSearchPages(app);
    registerPostPages(app);
    registerConversationPages(app);
    registerAlertsPages(app);
  },
  jobs: [
    {
      kind: FOLLOW_UP_JOB,
      payload: z.object({ postId: z.string().uuid() }),
      run: (ctx, tx, { postId }) => sendFollowUp(tx, ctx, postId),
    },
  ],
  schedules: [
    // expires what is due and tells the authors, and warns those whose post expires in a few days
    { name: 'expire posts', everyMs: 10_000, run: (ctx) => expiryNotices(ctx) },
    // the daily mail to beheerders of what waits (once a day from 08:00; claimed per beheerder and day)
    { name: 'mail beheerders what waits', everyMs: 60_000, run: (ctx) => mailWaitingToBeheerders(ctx) },
    // PGlite has no autovacuum; the search index needs one now and then (ADR 0004).
    {
      name: 'vacuum the search index',
      everyMs: 60 * 60_000,
      onlyOn: 'pglite',
      run: (ctx) => vacuumSearchIndex(ctx.db),
    },
  ],
  personalData: { export: marketplaceDataOf, forget: forgetMarketplacePerson },
  publishes: ['marketplace.launched'],
  notifications: marketplaceNotificationKinds,
});

export { answerFollowUp } from './conversations/follow-up';
export { launchMarketplace } from './settings/commands';
export { listMarketplaces, marketplaceOf, nearestMarketplaces } from './settings/queries';
