import type { Context } from 'hono';
import { type Actor, anonymous } from '../authz';
import type { AppEnv } from '../http/env';
import { type Locale, type Translate, translator } from '../i18n';
import { dayIn } from '../i18n/dates';

/** Everything a page template needs from the request, passed explicitly. */
export interface ViewContext {
  t: Translate;
  locale: Locale;
  path: string;
  /** path + query, for "back" links such as the language switch */
  url: string;
  actor: Actor;
  csrfToken: string;
  flash?: string | undefined;
  devMail: boolean;
  assetVersion: string;
  /** today in the Netherlands (YYYY-MM-DD), from the app's clock: for examples in hints */
  today: string;
  /** the count beside "Meldingen" in the header */
  unreadNotifications: number;
}

let assetVersion = 'dev';
export function setAssetVersion(version: string): void {
  assetVersion = version;
}

export function viewContext(c: Context<AppEnv>): ViewContext {
  const url = new URL(c.req.url);
  return {
    t: c.var.t ?? translator('nl'),
    locale: c.var.locale ?? 'nl',
    path: url.pathname,
    url: url.pathname + url.search,
    actor: c.var.actor ?? anonymous,
    csrfToken: c.var.csrfToken ?? '',
    flash: c.var.flash,
    devMail: c.var.deps?.config.devMail ?? false,
    assetVersion,
    today: dayIn(c.var.deps?.clock.now() ?? new Date()),
    unreadNotifications: c.var.unreadNotifications ?? 0,
  };
}
