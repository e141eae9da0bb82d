import type { Hono } from 'hono';
import type { AppEnv } from '../../core/http/env';
import { defineModule } from '../../core/module';
import { registerHomePages } from './home-page';
import { messages } from './messages';
import { registerMunicipalityPage } from './municipality-page';
import { registerSitePages } from './pages';

/**
 * The composition module, on top of the others: the pages that show several modules at once (the
 * home page, a municipality's page), and the pages about Samen itself. No module imports it.
 */
export const siteModule = defineModule({
  name: 'site',
  messages,
  pages: (app: Hono<AppEnv>) => {
    registerHomePages(app);
    registerSitePages(app);
    registerMunicipalityPage(app);
  },
});
