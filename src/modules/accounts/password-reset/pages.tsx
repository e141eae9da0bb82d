import type { Hono } from 'hono';
import { hashToken } from '../../../core/auth/secrets';
import { clientIp } from '../../../core/http/client-ip';
import type { AppEnv } from '../../../core/http/env';
import { setFlash } from '../../../core/http/flash';
import { parseForm, problemAsFormErrors } from '../../../core/http/forms';
import { single } from '../../../core/views/components';
import { viewContext } from '../../../core/views/context';
import { linkIsUsable } from '../links';
import { EmailSchema } from '../registration/schemas';
import { clearSessionCookie } from '../sessions/cookie';
import { EmailOnlyPage, SentPage } from '../views';
import { requestPasswordReset, resetPassword } from './commands';
import { ResetSchema } from './schemas';
import { ResetPage } from './views';

/** A forgotten password: ask for the link, then choose a new password with it. */
export function registerPasswordResetPages(app: Hono<AppEnv>) {
  app.get('/wachtwoord-vergeten', (c) =>
    c.html(<EmailOnlyPage ctx={viewContext(c)} kind="forgot" errors={{}} values={{}} />),
  );
  app.post('/wachtwoord-vergeten', async (c) => {
    const form = await parseForm(c, EmailSchema);
    const page = (errors: Record<string, string>, status: 400 | 429) =>
      c.html(<EmailOnlyPage ctx={viewContext(c)} kind="forgot" errors={errors} values={form.values} />, status);
    if (!form.ok) return page(form.errors, 400);
    try {
      await requestPasswordReset(c.var.deps, form.data.email, clientIp(c));
    } catch (error) {
      return page(problemAsFormErrors(c, error, 'email'), 429);
    }
    return c.html(<SentPage ctx={viewContext(c)} kind="forgot" />);
  });

  app.get('/wachtwoord-herstellen', async (c) => {
    const token = c.req.query('token') ?? '';
    const valid =
      token.length > 0 &&
      token.length <= 200 &&
      (await linkIsUsable(c.var.deps.db, hashToken(token), 'reset-password'));
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
    clearSessionCookie(c);
    setFlash(c, 'flash.passwordReset');
    return c.redirect('/inloggen', 303);
  });
}
