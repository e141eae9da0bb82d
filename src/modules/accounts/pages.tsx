import type { Context, Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { clientIp } from '../../core/http/client-ip';
import type { AppEnv } from '../../core/http/env';
import { setFlash } from '../../core/http/flash';
import { parseForm, problemAsFormErrors, signedInOrLogin } from '../../core/http/forms';
import { safeNext } from '../../core/http/redirect';
import { email } from '../../core/http/fields';
import { hashToken } from '../../core/auth/secrets';
import { single } from '../../core/views/components';
import { viewContext } from '../../core/views/context';
import { z } from '@hono/zod-openapi';
import {
  checkCredentials,
  confirmPassword,
  deleteAccount,
  endSession,
  requestPasswordReset,
  resendVerification,
  resetPassword,
  register,
  startSession,
  updateProfile,
  verifyEmail,
} from './commands';
import { exportAccount } from './present';
import { linkIsUsable, profileById } from './queries';
import { DeleteConfirmationSchema, LoginSchema, ProfileChangeSchema, RegistrationSchema, ResetSchema } from './schemas';
import { SESSION_COOKIE } from './session';
import {
  CheckMailPage,
  ConfirmEmailPage,
  DeletePage,
  EmailOnlyPage,
  LoginPage,
  ProfilePage,
  RegisterPage,
  ResetPage,
  SentPage,
} from './views';
import { statusOf } from '../../core/http/problem';

const EmailSchema = z.object({ email: email() });
const ProfileFormSchema = ProfileChangeSchema.required({ name: true }).extend({
  // On the form an empty field means "remove it".
  lastName: ProfileChangeSchema.shape.lastName.transform((value) => value ?? null),
  postcode: ProfileChangeSchema.shape.postcode.transform((value) => value ?? null),
});

function setSessionCookie(c: Context<AppEnv>, token: string) {
  const { config } = c.var.deps;
  setCookie(c, SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: config.secureCookies,
    maxAge: config.sessionTtlHours * 3600,
  });
}

export function registerAccountPages(app: Hono<AppEnv>) {
  app.get('/registreren', (c) => c.html(<RegisterPage ctx={viewContext(c)} errors={{}} values={{}} />));
  app.post('/registreren', async (c) => {
    const form = await parseForm(c, RegistrationSchema);
    if (!form.ok) return c.html(<RegisterPage ctx={viewContext(c)} errors={form.errors} values={form.values} />, 400);
    try {
      await register(c.var.deps, form.data, clientIp(c), c.var.locale);
    } catch (error) {
      return c.html(
        <RegisterPage ctx={viewContext(c)} errors={problemAsFormErrors(c, error, 'email')} values={form.values} />,
        400,
      );
    }
    return c.redirect('/registreren/controleer-uw-email', 303);
  });
  app.get('/registreren/controleer-uw-email', (c) => c.html(<CheckMailPage ctx={viewContext(c)} />));

  app.get('/account/bevestigen', async (c) => {
    const token = c.req.query('token') ?? '';
    const valid =
      token.length > 0 &&
      token.length <= 200 &&
      !!(await linkIsUsable(c.var.deps.db, hashToken(token), 'verify-email'));
    return c.html(<ConfirmEmailPage ctx={viewContext(c)} token={token} valid={valid} />, valid ? 200 : 400);
  });
  app.post('/account/bevestigen', async (c) => {
    const body = await c.req.parseBody();
    const token = typeof body.token === 'string' ? body.token.slice(0, 200) : '';
    try {
      await verifyEmail(c.var.deps, token);
    } catch {
      return c.html(<ConfirmEmailPage ctx={viewContext(c)} token="" valid={false} />, 400);
    }
    setFlash(c, 'flash.verified');
    return c.redirect('/inloggen', 303);
  });

  app.get('/account/bevestigen/opnieuw', (c) =>
    c.html(<EmailOnlyPage ctx={viewContext(c)} kind="resend" errors={{}} values={{}} />),
  );
  app.post('/account/bevestigen/opnieuw', async (c) => {
    const form = await parseForm(c, EmailSchema);
    if (!form.ok)
      return c.html(
        <EmailOnlyPage ctx={viewContext(c)} kind="resend" errors={form.errors} values={form.values} />,
        400,
      );
    try {
      await resendVerification(c.var.deps, form.data.email, clientIp(c));
    } catch (error) {
      return c.html(
        <EmailOnlyPage
          ctx={viewContext(c)}
          kind="resend"
          errors={problemAsFormErrors(c, error, 'email')}
          values={form.values}
        />,
        429,
      );
    }
    return c.html(<SentPage ctx={viewContext(c)} kind="resend" />);
  });

  app.get('/inloggen', (c) => {
    if (c.var.actor.kind === 'account') return c.redirect('/mijn-profiel', 303);
    return c.html(
      <LoginPage ctx={viewContext(c)} errors={{}} values={{}} next={safeNext(c.req.query('terug'), '/mijn-profiel')} />,
    );
  });
  app.post('/inloggen', async (c) => {
    const next = safeNext(c.req.query('terug'), '/mijn-profiel');
    const form = await parseForm(c, LoginSchema);
    if (!form.ok)
      return c.html(<LoginPage ctx={viewContext(c)} errors={form.errors} values={form.values} next={next} />, 400);
    let accountId: string;
    try {
      accountId = await checkCredentials(c.var.deps, form.data.email, form.data.password, clientIp(c));
    } catch (error) {
      const status = statusOf(error) === 429 ? 429 : 400;
      return c.html(
        <LoginPage
          ctx={viewContext(c)}
          errors={problemAsFormErrors(c, error, 'email')}
          values={form.values}
          next={next}
        />,
        status,
      );
    }
    setSessionCookie(c, await startSession(c.var.deps, accountId, c.var.sessionHash));
    return c.redirect(next, 303);
  });

  app.post('/uitloggen', async (c) => {
    if (c.var.sessionHash) await endSession(c.var.deps, c.var.sessionHash);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    setFlash(c, 'flash.loggedOut');
    return c.redirect('/', 303);
  });

  app.get('/wachtwoord-vergeten', (c) =>
    c.html(<EmailOnlyPage ctx={viewContext(c)} kind="forgot" errors={{}} values={{}} />),
  );
  app.post('/wachtwoord-vergeten', async (c) => {
    const form = await parseForm(c, EmailSchema);
    if (!form.ok)
      return c.html(
        <EmailOnlyPage ctx={viewContext(c)} kind="forgot" errors={form.errors} values={form.values} />,
        400,
      );
    try {
      await requestPasswordReset(c.var.deps, form.data.email, clientIp(c));
    } catch (error) {
      return c.html(
        <EmailOnlyPage
          ctx={viewContext(c)}
          kind="forgot"
          errors={problemAsFormErrors(c, error, 'email')}
          values={form.values}
        />,
        429,
      );
    }
    return c.html(<SentPage ctx={viewContext(c)} kind="forgot" />);
  });

  app.get('/wachtwoord-herstellen', async (c) => {
    const token = c.req.query('token') ?? '';
    const valid =
      token.length > 0 &&
      token.length <= 200 &&
      !!(await linkIsUsable(c.var.deps.db, hashToken(token), 'reset-password'));
    return c.html(<ResetPage ctx={viewContext(c)} errors={{}} token={token} valid={valid} />, valid ? 200 : 400);
  });
  app.post('/wachtwoord-herstellen', async (c) => {
    const form = await parseForm(c, ResetSchema);
    const token = single(form.values.token) ?? '';
    if (!form.ok)
      return c.html(<ResetPage ctx={viewContext(c)} errors={form.errors} token={token} valid={!!token} />, 400);
    try {
      await resetPassword(c.var.deps, form.data.token, form.data.password);
    } catch {
      return c.html(<ResetPage ctx={viewContext(c)} errors={{}} token="" valid={false} />, 400);
    }
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    setFlash(c, 'flash.passwordReset');
    return c.redirect('/inloggen', 303);
  });

  app.get('/mijn-profiel', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    const profile = await profileById(c.var.deps.db, actor.accountId);
    if (!profile) return c.redirect('/inloggen', 303);
    const values = {
      name: profile.firstName,
      lastName: profile.lastName ?? undefined,
      postcode: profile.postcode ?? undefined,
      locale: profile.locale,
    };
    return c.html(<ProfilePage ctx={viewContext(c)} profile={profile} errors={{}} values={values} />);
  });
  app.post('/mijn-profiel', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    const profile = await profileById(c.var.deps.db, actor.accountId);
    if (!profile) return c.redirect('/inloggen', 303);
    const form = await parseForm(c, ProfileFormSchema);
    if (!form.ok)
      return c.html(
        <ProfilePage ctx={viewContext(c)} profile={profile} errors={form.errors} values={form.values} />,
        400,
      );
    try {
      await updateProfile(c.var.deps, actor.accountId, form.data);
    } catch (error) {
      return c.html(
        <ProfilePage
          ctx={viewContext(c)}
          profile={profile}
          errors={problemAsFormErrors(c, error, 'name')}
          values={form.values}
        />,
        400,
      );
    }
    if (form.data.locale)
      setCookie(c, 'taal', form.data.locale, {
        path: '/',
        sameSite: 'Lax',
        maxAge: 365 * 24 * 3600,
        secure: c.var.deps.config.secureCookies,
      });
    setFlash(c, 'flash.profileSaved');
    return c.redirect('/mijn-profiel', 303);
  });

  app.get('/mijn-profiel/gegevens', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    const profile = await profileById(c.var.deps.db, actor.accountId);
    if (!profile) return c.redirect('/inloggen', 303);
    c.header('Content-Disposition', 'attachment; filename="samen-mijn-gegevens.json"');
    c.header('Cache-Control', 'no-store');
    return c.json(await exportAccount(c.var.deps.db, profile));
  });

  app.get('/mijn-profiel/verwijderen', (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    return c.html(<DeletePage ctx={viewContext(c)} errors={{}} />);
  });
  app.post('/mijn-profiel/verwijderen', async (c) => {
    const actor = signedInOrLogin(c);
    if (actor instanceof Response) return actor;
    const form = await parseForm(c, DeleteConfirmationSchema);
    if (!form.ok) return c.html(<DeletePage ctx={viewContext(c)} errors={form.errors} />, 400);
    const profile = await profileById(c.var.deps.db, actor.accountId);
    if (!profile) return c.redirect('/', 303);
    let confirmed: boolean;
    try {
      confirmed = await confirmPassword(c.var.deps, actor.accountId, profile.email, form.data.password, clientIp(c));
    } catch (error) {
      return c.html(<DeletePage ctx={viewContext(c)} errors={problemAsFormErrors(c, error, 'password')} />, 429);
    }
    if (!confirmed)
      return c.html(<DeletePage ctx={viewContext(c)} errors={{ password: c.var.t('delete.wrongPassword') }} />, 400);
    await deleteAccount(c.var.deps, actor.accountId);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    setFlash(c, 'flash.accountDeleted');
    return c.redirect('/', 303);
  });
}
