import type { Context, Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { clientIp } from '../../../core/http/client-ip';
import type { AppEnv } from '../../../core/http/env';
import { setFlash } from '../../../core/http/flash';
import { forAccount, parseForm, problemAsFormErrors } from '../../../core/http/forms';
import type { Locale } from '../../../core/i18n';
import { viewContext } from '../../../core/views/context';
import { clearSessionCookie } from '../sessions/cookie';
import { confirmPassword, deleteAccount, updateProfile } from './commands';
import { exportAccount } from './present';
import { type Profile, profileById } from './queries';
import { DeleteConfirmationSchema, ProfileFormSchema } from './schemas';
import { DeletePage, ProfilePage } from './views';

const valuesOf = (profile: Profile) => ({
  name: profile.firstName,
  lastName: profile.lastName ?? undefined,
  postcode: profile.postcode ?? undefined,
  locale: profile.locale,
});

/** The website speaks the language the person chose in their profile from now on. */
function rememberLocale(c: Context<AppEnv>, locale: Locale) {
  setCookie(c, 'taal', locale, {
    path: '/',
    sameSite: 'Lax',
    maxAge: 365 * 24 * 3600,
    secure: c.var.deps.config.secureCookies,
  });
}

/** "Mijn profiel": seeing and changing one's details, downloading them, deleting the account. */
export function registerProfilePages(app: Hono<AppEnv>) {
  app.get(
    '/mijn-profiel',
    forAccount(async (c, actor) => {
      const profile = await profileById(c.var.deps.db, actor.accountId);
      if (!profile) return c.redirect('/inloggen', 303);
      return c.html(<ProfilePage ctx={viewContext(c)} profile={profile} errors={{}} values={valuesOf(profile)} />);
    }),
  );

  app.post(
    '/mijn-profiel',
    forAccount(async (c, actor) => {
      const profile = await profileById(c.var.deps.db, actor.accountId);
      if (!profile) return c.redirect('/inloggen', 303);
      const form = await parseForm(c, ProfileFormSchema);
      const page = (errors: Record<string, string>) =>
        c.html(<ProfilePage ctx={viewContext(c)} profile={profile} errors={errors} values={form.values} />, 400);
      if (!form.ok) return page(form.errors);
      try {
        await updateProfile(c.var.deps, actor.accountId, form.data);
      } catch (error) {
        return page(problemAsFormErrors(c, error, 'name'));
      }
      if (form.data.locale) rememberLocale(c, form.data.locale);
      setFlash(c, 'flash.profileSaved');
      return c.redirect('/mijn-profiel', 303);
    }),
  );

  app.get(
    '/mijn-profiel/gegevens',
    forAccount(async (c, actor) => {
      const profile = await profileById(c.var.deps.db, actor.accountId);
      if (!profile) return c.redirect('/inloggen', 303);
      c.header('Content-Disposition', 'attachment; filename="samen-mijn-gegevens.json"');
      c.header('Cache-Control', 'no-store');
      return c.json(await exportAccount(c.var.deps.db, profile));
    }),
  );

  app.get(
    '/mijn-profiel/verwijderen',
    forAccount((c) => c.html(<DeletePage ctx={viewContext(c)} errors={{}} />)),
  );

  app.post(
    '/mijn-profiel/verwijderen',
    forAccount(async (c, actor) => {
      const form = await parseForm(c, DeleteConfirmationSchema);
      if (!form.ok) return c.html(<DeletePage ctx={viewContext(c)} errors={form.errors} />, 400);
      const profile = await profileById(c.var.deps.db, actor.accountId);
      if (!profile) return c.redirect('/', 303);
      let confirmed: boolean;
      try {
        const ip = clientIp(c);
        confirmed = await confirmPassword(c.var.deps, actor.accountId, profile.email, form.data.password, ip);
      } catch (error) {
        return c.html(<DeletePage ctx={viewContext(c)} errors={problemAsFormErrors(c, error, 'password')} />, 429);
      }
      if (!confirmed)
        return c.html(<DeletePage ctx={viewContext(c)} errors={{ password: c.var.t('delete.wrongPassword') }} />, 400);
      await deleteAccount(c.var.deps, actor.accountId);
      clearSessionCookie(c);
      setFlash(c, 'flash.accountDeleted');
      return c.redirect('/', 303);
    }),
  );
}
