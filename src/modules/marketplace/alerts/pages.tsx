import type { Hono } from 'hono';
import type { AppEnv } from '../../../core/http/env';
import { setFlash } from '../../../core/http/flash';
import { forAccount, parseForm, problemAsFormErrors } from '../../../core/http/forms';
import { safeRedirectPath } from '../../../core/http/redirect';
import { isId } from '../../../core/vocabulary';
import { viewContext } from '../../../core/views/context';
import { forgetSearch, saveSearch } from './commands';
import { savedSearchesOf } from './queries';
import { SavedSearchInput } from './schemas';
import { SavedSearchesPage } from './views';

/** "Mijn zoekopdrachten": saving a search from the marketplace, the list, and deleting one. */
export function registerAlertsPages(app: Hono<AppEnv>) {
  app.get(
    '/mijn-zoekopdrachten',
    forAccount(async (c, actor) =>
      c.html(
        <SavedSearchesPage ctx={viewContext(c)} searches={await savedSearchesOf(c.var.deps.db, actor.accountId)} />,
      ),
    ),
  );

  app.post(
    '/mijn-zoekopdrachten',
    forAccount(async (c, actor) => {
      const form = await c.req.parseBody();
      const back = safeRedirectPath(typeof form.terug === 'string' ? form.terug : undefined) ?? '/mijn-zoekopdrachten';
      const { terug: _, _csrf: __, ...fields } = form;
      const parsed = await parseForm(c, SavedSearchInput, {
        values: Object.fromEntries(
          Object.entries(fields).filter(([, v]) => typeof v === 'string' && v !== ''),
        ) as Record<string, string>,
      });
      let errors = parsed.ok ? {} : parsed.errors;
      if (parsed.ok) {
        try {
          await saveSearch(c.var.deps, actor, parsed.data);
          setFlash(c, 'flash.alerts.saved');
          return c.redirect(back, 303);
        } catch (error) {
          errors = problemAsFormErrors(c, error, 'frequency');
        }
      }
      const searches = await savedSearchesOf(c.var.deps.db, actor.accountId);
      return c.html(<SavedSearchesPage ctx={viewContext(c)} searches={searches} errors={errors} />, 400);
    }),
  );

  app.post(
    '/mijn-zoekopdrachten/:id/verwijderen',
    forAccount(async (c, actor) => {
      const id = c.req.param('id') ?? '';
      if (!isId(id)) return c.notFound();
      await forgetSearch(c.var.deps, actor, id);
      setFlash(c, 'flash.alerts.deleted');
      return c.redirect('/mijn-zoekopdrachten', 303);
    }),
  );
}
