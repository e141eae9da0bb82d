import type { Hono } from 'hono';
import type { AppEnv } from '../../core/http/env';
import { mergeMessages } from '../../core/i18n';
import { defineModule } from '../../core/module';
import { registerHomePages } from './home-page';
import { messages } from './messages';
import { registerMunicipalityList } from './municipality-list';
import { registerMunicipalityPage } from './municipality-page';
import { registerSitePages } from './pages';
import { messages as pathMessages } from './paths-messages';

/**
 * The composition module, on top of the others: the pages that show several modules at once (the
 * home page, the list of municipalities, a municipality's page), and the pages about Samen itself.
 * No module imports it.
 */
export const siteModule = defineModule({
  name: 'site',
  messages: mergeMessages(messages, pathMessages),
  pages: (app: Hono<AppEnv>) => {
    registerHomePages(app);
    registerSitePages(app);
    registerMunicipalityList(app);
    registerMunicipalityPage(app);
  },
});
