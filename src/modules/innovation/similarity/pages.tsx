import type { Hono } from 'hono';
import type { AppEnv } from '../../../core/http/env';
import { viewContext } from '../../../core/views/context';
import { initiativeClusters, similarInitiatives } from './present';
import { SimilarQuerySchema } from './schemas';
import { ClustersPage, SimilarResults } from './views';

/** The clusters page, and the contents of the live "Lijkt op:" panel. */
export function registerSimilarityPages(app: Hono<AppEnv>) {
  app.get('/innovatie/clusters', async (c) =>
    c.html(<ClustersPage ctx={viewContext(c)} clusters={await initiativeClusters(c.var.deps.db)} />),
  );

  // The live "Lijkt op:" panel's contents, for the enhancement script (GET: it changes nothing).
  app.get('/innovatie/lijkt-op', async (c) => {
    const parsed = SimilarQuerySchema.safeParse({
      title: c.req.query('title') ?? '',
      summary: c.req.query('summary') ?? '',
      themes: c.req.queries('themes') ?? [],
    });
    const items = parsed.success ? await similarInitiatives(c.var.deps.db, { ...parsed.data, limit: 5 }) : [];
    c.header('Cache-Control', 'no-store');
    return c.html(<SimilarResults ctx={viewContext(c)} items={items} checked={parsed.success} />);
  });
}
