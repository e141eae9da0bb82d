import type { Hono } from 'hono';
import type { AppEnv } from '../../../core/http/env';
import { registerAdoptionPages } from './adoption-forms';
import { registerOverviewPage } from './overview';
import { registerRoundPages } from './round-forms';
import { registerRoundListPage } from './rounds-list';
import { registerServicePage } from './service-page';
import { registerServiceListPage } from './services-list';

export { pageMessages } from './messages';

/** The pages of Samen opschalen under /opschalen: rounds, national services and each municipality's adoption. */
export function registerScaleUpPages(app: Hono<AppEnv>) {
  registerOverviewPage(app);
  registerRoundListPage(app);
  registerRoundPages(app);
  registerServiceListPage(app);
  registerServicePage(app);
  registerAdoptionPages(app);
}
