import { defineModule } from '../../core/module';
import { registerReportsApi } from './api';
import { buildReportMonths } from './facts/build';
import { messages } from './messages';
import { registerMunicipalityReportApi } from './municipality/api';
import { registerMunicipalityPages } from './municipality/pages';
import { registerNationalPages } from './national/pages';
import { registerOpenDataApi } from './open-data/api';
import { registerOpenDataPages } from './open-data/pages';
import { registerReportPages } from './pages/pages';

/**
 * Reports: what a marketplace achieves, for the municipality that funds it — the funnel, the
 * speed, unmet demand by category and wijk, the social value — as pages with charts, CSV and API,
 * with small numbers protected (docs/reports.md). Every figure comes from the month queries in
 * facts/queries.ts; months are stored by a background job and recomputed when an event changes them.
 */
export const reportsModule = defineModule({
  name: 'reports',
  messages,
  api: (api, config) => {
    registerReportsApi(api);
    registerMunicipalityReportApi(api);
    registerOpenDataApi(api, config);
  },
  pages: (app) => {
    registerReportPages(app);
    registerMunicipalityPages(app);
    registerNationalPages(app);
    registerOpenDataPages(app);
  },
  schedules: [{ name: 'build report months', everyMs: 60_000, run: (ctx) => buildReportMonths(ctx) }],
});

export { buildReportMonths } from './facts/build';
