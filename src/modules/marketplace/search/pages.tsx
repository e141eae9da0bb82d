import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../../core/http/env';
import { fieldErrors, invalidParams } from '../../../core/http/validation';
import { viewContext } from '../../../core/views/context';
import { PC4 } from '../../../core/vocabulary';
import { postcodeLookup } from '../../municipalities';
import { KIND_PATHS } from '../paths';
import { CATEGORIES, POST_KINDS, type PostKind } from '../rules';
import { pageMarketplace, pageNeighbours } from './context';
import { searchPosts } from './search';
import { MarketplacePage } from './views';

/** A marketplace page's search form, in its query; what does not fit falls back to the default. */
const SearchQuery = z.object({
  zoek: z.string().trim().max(200, 'validation.tooLong').optional(),
  categorie: z.enum(CATEGORIES).optional().catch(undefined),
  postcode: z.string().trim().max(7, 'validation.postcode').optional(),
  afstand: z.enum(['2', '5', '10', '25']).catch('5'),
  sorteer: z.enum(['relevance', 'distance', 'date']).catch('relevance'),
  pagina: z.coerce.number().int().min(1).max(10_000).catch(1),
});
const PAGE_SIZE = 20;

async function marketplacePage(c: Context<AppEnv>, kind: PostKind) {
  const parsed = SearchQuery.safeParse(c.req.query());
  const marketplace = await pageMarketplace(c);
  const values = parsed.success ? parsed.data : { afstand: '5' as const, sorteer: 'relevance' as const, pagina: 1 };
  let errors = parsed.success ? {} : fieldErrors(invalidParams(parsed.error, c.var.t));
  let near: { lat: number; lon: number } | undefined;
  if (values.postcode) {
    const pc4 = values.postcode.replace(/\s+/g, '').slice(0, 4);
    near = PC4.test(pc4) ? await postcodeLookup(c.var.deps.db, pc4) : undefined;
    if (!near)
      errors = {
        ...errors,
        postcode: c.var.t(PC4.test(pc4) ? 'validation.postcodeUnknown' : 'validation.postcode', { pc4 }),
      };
  }
  // Without a postcode the marketplace lists its own posts, and its neighbours' when it chose to.
  const neighbours = !near && marketplace.showNeighbours ? await pageNeighbours(c, marketplace) : [];
  const result = await searchPosts(c.var.deps.db, {
    kind,
    q: values.zoek,
    category: values.categorie,
    municipalityCodes: near ? undefined : [marketplace.municipalityCode, ...neighbours.map((n) => n.municipalityCode)],
    near,
    radiusKm: near ? Number(values.afstand) : undefined,
    sort: values.sorteer,
    page: values.pagina,
    pageSize: PAGE_SIZE,
  });
  return c.html(
    <MarketplacePage
      ctx={viewContext(c)}
      marketplace={marketplace}
      kind={kind}
      values={values}
      errors={errors}
      items={result.items}
      total={result.total}
      totalIsExact={result.totalIsExact}
      fuzzy={result.fuzzy}
      url={new URL(c.req.url)}
      neighbours={neighbours}
    />,
    Object.keys(errors).length > 0 ? 400 : 200,
  );
}

/** A marketplace's front page per kind of post: its posts (and its neighbours'), searched. */
export function registerSearchPages(app: Hono<AppEnv>) {
  for (const kind of POST_KINDS)
    app.get(`/gemeenten/:slug/marktplaats${KIND_PATHS[kind]}`, (c) => marketplacePage(c, kind));
}
