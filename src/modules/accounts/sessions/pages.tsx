import type { Context, Hono } from 'hono';
import { clientIp } from '../../../core/http/client-ip';
import type { AppEnv } from '../../../core/http/env';
import { setFlash } from '../../../core/http/flash';
import { parseForm, problemAsFormErrors } from '../../../core/http/forms';
import { statusOf } from '../../../core/http/problem';
import { safeNext } from '../../../core/http/redirect';
import { viewContext } from '../../../core/views/context';
import { checkCredentials, endSession, startSession } from './commands';
import { clearSessionCookie, setSessionCookie } from './cookie';
import { LoginSchema } from './schemas';
import { AFTER_LOGIN, LoginPage } from './views';

/**
 * Where to go after logging in: back to the page the person came from (`?terug=`, a path on this
 * site only), or else Mijn Samen. Never the login page itself.
 */
const afterLogin = (c: Context<AppEnv>) => {
  const next = safeNext(c.req.query('terug'), AFTER_LOGIN);
  return /^\/inloggen(?:[/?#]|$)/.test(next) ? AFTER_LOGIN : next;
};

/** Logging in and out on the web, with a session cookie. */
export function registerSessionPages(app: Hono<AppEnv>) {
  app.get('/inloggen', (c) => {
    const next = afterLogin(c);
    if (c.var.actor.kind === 'account') return c.redirect(next, 303);
    return c.html(<LoginPage ctx={viewContext(c)} errors={{}} values={{}} next={next} />);
  });

  app.post('/inloggen', async (c) => {
    const next = afterLogin(c);
    const form = await parseForm(c, LoginSchema);
    if (!form.ok)
      return c.html(<LoginPage ctx={viewContext(c)} errors={form.errors} values={form.values} next={next} />, 400);
    let accountId: string;
    try {
      accountId = await checkCredentials(c.var.deps, form.data.email, form.data.password, clientIp(c));
    } catch (error) {
      const errors = problemAsFormErrors(c, error, 'email');
      const status = statusOf(error) === 429 ? 429 : 400;
      return c.html(<LoginPage ctx={viewContext(c)} errors={errors} values={form.values} next={next} />, status);
    }
    setSessionCookie(c, await startSession(c.var.deps, accountId, c.var.sessionHash));
    return c.redirect(next, 303);
  });

  app.post('/uitloggen', async (c) => {
    if (c.var.sessionHash) await endSession(c.var.deps, c.var.sessionHash);
    clearSessionCookie(c);
    setFlash(c, 'flash.loggedOut');
    return c.redirect('/', 303);
  });
}
