import type { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import type { AppEnv } from '../../core/http/env';
import { safeNext } from '../../core/http/redirect';
import { isLocale } from '../../core/i18n';
import { Heading1, Link, Paragraph } from '../../core/views/components';
import { type ViewContext, viewContext } from '../../core/views/context';
import { Layout } from '../../core/views/layout';

/** A page of plain text from the catalogue: a title and numbered sections (key.s1.title, key.s1.text…). */
function TextPage({ ctx, prefix, sections }: { ctx: ViewContext; prefix: string; sections: number }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t(`${prefix}.title`)}>
      <Heading1>{t(`${prefix}.title`)}</Heading1>
      <Paragraph lead>{t(`${prefix}.intro`)}</Paragraph>
      {Array.from({ length: sections }, (_, index) => (
        <section aria-labelledby={`${prefix}-${index + 1}`}>
          <h2 class="utrecht-heading-2" id={`${prefix}-${index + 1}`}>
            {t(`${prefix}.s${index + 1}.title`)}
          </h2>
          <Paragraph>{t(`${prefix}.s${index + 1}.text`)}</Paragraph>
        </section>
      ))}
      <Paragraph>
        <Link href="/">{t('layout.nav.home')}</Link>
      </Paragraph>
    </Layout>
  );
}

/** The pages about Samen itself: accessibility, privacy, and the language switch. */
export function registerSitePages(app: Hono<AppEnv>) {
  app.get('/toegankelijkheid', (c) => c.html(<TextPage ctx={viewContext(c)} prefix="accessibility" sections={4} />));
  app.get('/privacy', (c) => c.html(<TextPage ctx={viewContext(c)} prefix="privacy" sections={5} />));

  // The language switch is a plain link, so it works without JavaScript.
  app.get('/taal/:locale', (c) => {
    const locale = c.req.param('locale');
    const back = safeNext(c.req.query('terug'), '/');
    if (!isLocale(locale)) return c.redirect(back, 303);
    setCookie(c, 'taal', locale, {
      path: '/',
      sameSite: 'Lax',
      maxAge: 365 * 24 * 3600,
      secure: c.var.deps.config.secureCookies,
    });
    return c.redirect(back, 303);
  });
}
