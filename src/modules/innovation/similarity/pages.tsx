import type { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../../core/http/env';
import { viewContext } from '../../../core/views/context';
import { isId } from '../../../core/vocabulary';
import { initiativeClusters, similarInitiatives } from './present';
import { SimilarQuerySchema } from './schemas';
import { ClustersPage, SimilarResults } from './views';

const CLUSTERS_PER_PAGE = 10;
const ClustersQuery = z.object({ pagina: z.coerce.number().int().min(1).max(10_000).catch(1) });

/** The clusters page, and the contents of the live "Lijkt op:" panel. */
export function registerSimilarityPages(app: Hono<AppEnv>) {
  // Groups collapsed, a page at a time: the whole list is long on a phone.
  app.get('/innovatie/clusters', async (c) => {
    const page = ClustersQuery.parse(c.req.query()).pagina;
    const clusters = await initiativeClusters(c.var.deps.db);
    return c.html(
      <ClustersPage
        ctx={viewContext(c)}
        clusters={clusters.slice((page - 1) * CLUSTERS_PER_PAGE, page * CLUSTERS_PER_PAGE)}
        total={clusters.length}
        page={page}
        pageSize={CLUSTERS_PER_PAGE}
        url={new URL(c.req.url)}
      />,
    );
  });

  // The live "Lijkt op:" panel's contents, for the enhancement script (GET: it changes nothing).
  app.get('/innovatie/lijkt-op', async (c) => {
    const parsed = SimilarQuerySchema.safeParse({
      title: c.req.query('title') ?? '',
      summary: c.req.query('summary') ?? '',
      themes: c.req.queries('themes') ?? [],
    });
    // While an initiative is being changed, it is left out of what it resembles.
    const zonder = c.req.query('zonder');
    const excludeId = zonder && isId(zonder) ? zonder : undefined;
    const items = parsed.success
      ? await similarInitiatives(c.var.deps.db, { ...parsed.data, excludeId, limit: 5 })
      : [];
    c.header('Cache-Control', 'no-store');
    return c.html(<SimilarResults ctx={viewContext(c)} items={items} checked={parsed.success} />);
  });
}
