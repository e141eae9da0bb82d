import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { ViewContext } from './context';

interface LayoutProps {
  ctx: ViewContext;
  title: string;
  /** true when the page shows form errors: the title then starts with "Fout:" (GOV.UK pattern) */
  hasErrors?: boolean;
  /** a tenant's theme: a stylesheet of its own and the class that applies it */
  theme?: { stylesheet: string; className: string } | undefined;
  children?: Child;
}

/** `path` is the page the link leads to, when `href` adds a query to it (the login link's `?terug=`). */
function NavLink({ ctx, href, label, path = href }: { ctx: ViewContext; href: string; label: string; path?: string }) {
  const current = ctx.path === path || (path !== '/' && ctx.path.startsWith(`${path}/`));
  return (
    <li class="utrecht-nav-list__item">
      <a
        class="utrecht-link utrecht-link--html-a utrecht-nav-list__link"
        href={href}
        aria-current={current ? 'page' : undefined}
      >
        {label}
      </a>
    </li>
  );
}

/** Pages that logging in should not lead back to: the home page and the account pages themselves. */
const NO_RETURN = /^\/(?:$|inloggen|uitloggen|registreren|wachtwoord|account\/)/;

/** The login link: back to this page afterwards (`?terug=`), unless there is no point in coming back. */
const loginHref = (ctx: ViewContext) =>
  NO_RETURN.test(ctx.path) ? '/inloggen' : `/inloggen?terug=${encodeURIComponent(ctx.url)}`;

/** "Meldingen", with the unread count read out as "3 ongelezen". */
function NotificationsLink({ ctx }: { ctx: ViewContext }) {
  const count = ctx.unreadNotifications;
  const current = ctx.path === '/meldingen' || ctx.path.startsWith('/meldingen/');
  return (
    <li class="utrecht-nav-list__item">
      <a
        class="utrecht-link utrecht-link--html-a utrecht-nav-list__link"
        href="/meldingen"
        aria-current={current ? 'page' : undefined}
      >
        {ctx.t('layout.nav.notifications')}
        {count > 0 && (
          <span class="samen-nav__count">
            <span aria-hidden="true">{count > 99 ? '99+' : count}</span>
            <span class="visually-hidden">
              {' '}
              ({ctx.t('layout.nav.notificationsUnread', { count: count > 99 ? '99+' : count })})
            </span>
          </span>
        )}
      </a>
    </li>
  );
}

export function Layout({ ctx, title, hasErrors, theme, children }: LayoutProps) {
  const { t } = ctx;
  const otherLocale = ctx.locale === 'nl' ? 'en' : 'nl';
  const asset = (name: string) => `/assets/${name}?v=${ctx.assetVersion}`;
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang={ctx.locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${hasErrors ? `${t('layout.errorPrefix')} ` : ''}${title} – Samen`}</title>
          <link rel="stylesheet" href={asset('utrecht.css')} />
          <link rel="stylesheet" href={asset('voorbeeld-theme.css')} />
          <link rel="stylesheet" href={asset('app.css')} />
          {theme && <link rel="stylesheet" href={theme.stylesheet} />}
          <link rel="icon" href={asset('favicon.svg')} type="image/svg+xml" />
          <script type="module" src={asset('app.js')} />
        </head>
        <body class={`utrecht-body utrecht-document voorbeeld-theme samen${theme ? ` ${theme.className}` : ''}`}>
          <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
            {t('layout.skipLink')}
          </a>
          <header class="utrecht-page-header samen-header">
            <div class="samen-header__inner">
              <a class="samen-logo" href="/">
                <span class="samen-logo__mark" aria-hidden="true">
                  S
                </span>
                <span class="samen-logo__name">Samen</span>
              </a>
              <nav class="samen-nav" aria-label={t('layout.mainNav')}>
                <ul class="utrecht-nav-list samen-nav__list">
                  <NavLink ctx={ctx} href="/" label={t('layout.nav.home')} />
                  <NavLink ctx={ctx} href="/gemeenten" label={t('layout.nav.municipalities')} />
                  <NavLink ctx={ctx} href="/innovatie" label={t('layout.nav.innovation')} />
                  <NavLink ctx={ctx} href="/opschalen" label={t('layout.nav.scaleUp')} />
                  {ctx.actor.kind === 'account' ? (
                    <>
                      <NavLink ctx={ctx} href="/mijn-samen" label={t('layout.nav.mySamen')} />
                      <NotificationsLink ctx={ctx} />
                      <NavLink ctx={ctx} href="/mijn-profiel" label={t('layout.nav.profile')} />
                    </>
                  ) : (
                    <>
                      <NavLink ctx={ctx} href={loginHref(ctx)} path="/inloggen" label={t('layout.nav.login')} />
                      <NavLink ctx={ctx} href="/registreren" label={t('layout.nav.register')} />
                    </>
                  )}
                </ul>
              </nav>
              <div class="samen-header__tools">
                <a
                  class="utrecht-link utrecht-link--html-a"
                  href={`/taal/${otherLocale}?terug=${encodeURIComponent(ctx.url)}`}
                  lang={otherLocale}
                  hreflang={otherLocale}
                >
                  {t('layout.switchLanguage')}
                </a>
                {ctx.actor.kind === 'account' && (
                  <form method="post" action="/uitloggen" class="samen-inline-form">
                    <input type="hidden" name="_csrf" value={ctx.csrfToken} />
                    <button type="submit" class="utrecht-link-button utrecht-link-button--html-button">
                      {t('layout.logout', { name: ctx.actor.firstName })}
                    </button>
                  </form>
                )}
              </div>
            </div>
          </header>
          <main id="inhoud" class="utrecht-page-content samen-main" tabindex={-1}>
            {ctx.flash && (
              <div class="utrecht-alert utrecht-alert--ok samen-flash" role="status">
                <p class="utrecht-paragraph">{ctx.flash}</p>
              </div>
            )}
            {children}
          </main>
          <footer class="utrecht-page-footer samen-footer">
            <div class="samen-footer__inner">
              <p class="utrecht-paragraph">{t('layout.footer.about')}</p>
              <ul class="samen-footer__links">
                <li>
                  <a class="utrecht-link utrecht-link--html-a" href="/toegankelijkheid">
                    {t('layout.footer.accessibility')}
                  </a>
                </li>
                <li>
                  <a class="utrecht-link utrecht-link--html-a" href="/privacy">
                    {t('layout.footer.privacy')}
                  </a>
                </li>
                <li>
                  <a class="utrecht-link utrecht-link--html-a" href="/api/v1/openapi.json">
                    {t('layout.footer.api')}
                  </a>
                </li>
                {ctx.devMail && (
                  <li>
                    <a class="utrecht-link utrecht-link--html-a" href="/dev/mail">
                      {t('layout.footer.devMail')}
                    </a>
                  </li>
                )}
              </ul>
              <p class="utrecht-paragraph samen-footer__source">{t('layout.footer.source')}</p>
            </div>
          </footer>
        </body>
      </html>
    </>
  );
}
