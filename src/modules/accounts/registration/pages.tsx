import type { Hono } from 'hono';
import { hashToken } from '../../../core/auth/secrets';
import { clientIp } from '../../../core/http/client-ip';
import type { AppEnv } from '../../../core/http/env';
import { setFlash } from '../../../core/http/flash';
import { parseForm, problemAsFormErrors, readForm } from '../../../core/http/forms';
import { single } from '../../../core/views/components';
import { viewContext } from '../../../core/views/context';
import { linkIsUsable } from '../links';
import { EmailOnlyPage, SentPage } from '../views';
import { register, resendVerification, verifyEmail } from './commands';
import { EmailSchema, RegistrationSchema } from './schemas';
import { CheckMailPage, ConfirmEmailPage, RegisterPage } from './views';

/** Creating an account on the web, confirming its address, and asking for the mail again. */
export function registerRegistrationPages(app: Hono<AppEnv>) {
  app.get('/registreren', (c) => c.html(<RegisterPage ctx={viewContext(c)} errors={{}} values={{}} />));
  app.post('/registreren', async (c) => {
    const form = await parseForm(c, RegistrationSchema);
    if (!form.ok) return c.html(<RegisterPage ctx={viewContext(c)} errors={form.errors} values={form.values} />, 400);
    try {
      await register(c.var.deps, form.data, clientIp(c), c.var.locale);
    } catch (error) {
      const errors = problemAsFormErrors(c, error, 'email');
      return c.html(<RegisterPage ctx={viewContext(c)} errors={errors} values={form.values} />, 400);
    }
    return c.redirect('/registreren/controleer-uw-email', 303);
  });
  app.get('/registreren/controleer-uw-email', (c) => c.html(<CheckMailPage ctx={viewContext(c)} />));

  // The link in the mail shows a button: following a link (or a mail scanner doing so) changes nothing.
  app.get('/account/bevestigen', async (c) => {
    const token = c.req.query('token') ?? '';
    const valid =
      token.length > 0 && token.length <= 200 && (await linkIsUsable(c.var.deps.db, hashToken(token), 'verify-email'));
    return c.html(<ConfirmEmailPage ctx={viewContext(c)} token={token} valid={valid} />, valid ? 200 : 400);
  });
  app.post('/account/bevestigen', async (c) => {
    const token = (single((await readForm(c)).token) ?? '').slice(0, 200);
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
    const page = (errors: Record<string, string>, status: 400 | 429) =>
      c.html(<EmailOnlyPage ctx={viewContext(c)} kind="resend" errors={errors} values={form.values} />, status);
    if (!form.ok) return page(form.errors, 400);
    try {
      await resendVerification(c.var.deps, form.data.email, clientIp(c));
    } catch (error) {
      return page(problemAsFormErrors(c, error, 'email'), 429);
    }
    return c.html(<SentPage ctx={viewContext(c)} kind="resend" />);
  });
}
