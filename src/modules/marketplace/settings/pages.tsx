import type { Context, Hono } from 'hono';
import type { SignedIn } from '../../../core/authz';
import { notFound } from '../../../core/errors';
import type { AppEnv } from '../../../core/http/env';
import { setFlash } from '../../../core/http/flash';
import { forAccount, parseForm, problemAsFormErrors } from '../../../core/http/forms';
import type { FieldErrors } from '../../../core/http/validation';
import { viewContext } from '../../../core/views/context';
import { marketplaceBySlug } from '../http';
import { settingsPath } from '../paths';
import { changeMarketplace, changeMarketplaceLogo, managedMarketplaceOf } from './commands';
import { marketplaceLogo } from './queries';
import { MarketplaceSettingsForm, settingsFieldOf } from './schemas';
import { cacheControlFor, themeCss, themeVersion } from './theme';
import { SettingsPage, settingsValues } from './views';

/**
 * A marketplace's theme and logo for everyone; its settings and logo form for its beheerders (or
 * the platform operator).
 */
export function registerSettingsPages(app: Hono<AppEnv>) {
  app.get('/gemeenten/:slug/marktplaats/thema.css', async (c) => {
    const marketplace = await marketplaceBySlug(c);
    return c.body(themeCss(marketplace), 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': cacheControlFor(c.req.query('v'), themeVersion(marketplace)),
    });
  });

  app.get('/gemeenten/:slug/marktplaats/logo', async (c) => {
    const marketplace = await marketplaceBySlug(c);
    const logo = await marketplaceLogo(c.var.deps.db, marketplace.municipalityCode);
    if (!logo) throw notFound();
    // Shown through <img>; opened on its own, this policy keeps any script in an SVG from running.
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    return c.body(new Uint8Array(logo.bytes), 200, {
      'Content-Type': logo.contentType,
      'Cache-Control': cacheControlFor(c.req.query('v'), marketplace.logoVersion),
      'X-Content-Type-Options': 'nosniff',
    });
  });

  /** The marketplace of the page, for those who may run it (403 for anyone else). */
  async function managed(c: Context<AppEnv>, actor: SignedIn) {
    const marketplace = await marketplaceBySlug(c);
    await managedMarketplaceOf(c.var.deps.db, actor, marketplace.municipalityCode);
    return marketplace;
  }

  app.get(
    '/gemeenten/:slug/marktplaats/beheer/instellingen',
    forAccount(async (c, actor) => {
      const marketplace = await managed(c, actor);
      const values = settingsValues(marketplace);
      return c.html(<SettingsPage ctx={viewContext(c)} marketplace={marketplace} values={values} errors={{}} />);
    }),
  );

  app.post(
    '/gemeenten/:slug/marktplaats/beheer/instellingen',
    forAccount(async (c, actor) => {
      const form = await parseForm(c, MarketplaceSettingsForm, { fieldOf: settingsFieldOf });
      const marketplace = await managed(c, actor);
      const render = (errors: FieldErrors) =>
        c.html(
          <SettingsPage ctx={viewContext(c)} marketplace={marketplace} values={form.values} errors={errors} />,
          400,
        );
      if (!form.ok) return render(form.errors);
      try {
        await changeMarketplace(c.var.deps, actor, marketplace.municipalityCode, form.data);
      } catch (error) {
        return render(problemAsFormErrors(c, error, 'name'));
      }
      setFlash(c, 'flash.settingsSaved');
      return c.redirect(settingsPath(marketplace), 303);
    }),
  );

  app.post(
    '/gemeenten/:slug/marktplaats/beheer/instellingen/logo',
    forAccount(async (c, actor) => {
      const file = (await c.req.parseBody()).logo;
      const marketplace = await managed(c, actor);
      const render = (errors: FieldErrors) =>
        c.html(
          <SettingsPage
            ctx={viewContext(c)}
            marketplace={marketplace}
            values={settingsValues(marketplace)}
            errors={errors}
          />,
          400,
        );
      if (!(file instanceof File) || file.size === 0) return render({ logo: c.var.t('settings.logoMissing') });
      if (file.type !== 'image/png' && file.type !== 'image/svg+xml')
        return render({ logo: c.var.t('validation.logoType') });
      try {
        await changeMarketplaceLogo(c.var.deps, actor, marketplace.municipalityCode, {
          bytes: new Uint8Array(await file.arrayBuffer()),
          contentType: file.type,
        });
      } catch (error) {
        return render(problemAsFormErrors(c, error, 'logo'));
      }
      setFlash(c, 'flash.logoSaved');
      return c.redirect(settingsPath(marketplace), 303);
    }),
  );

  app.post(
    '/gemeenten/:slug/marktplaats/beheer/instellingen/logo/weghalen',
    forAccount(async (c, actor) => {
      const marketplace = await managed(c, actor);
      await changeMarketplaceLogo(c.var.deps, actor, marketplace.municipalityCode, null);
      setFlash(c, 'flash.logoRemoved');
      return c.redirect(settingsPath(marketplace), 303);
    }),
  );
}
