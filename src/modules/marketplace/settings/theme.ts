import { createHash } from 'node:crypto';
import { logoPath, themePath } from '../paths';
import type { Marketplace } from './queries';

const classOf = (marketplace: Marketplace) => `samen-theme-${marketplace.municipalityCode.toLowerCase()}`;

/** The theme's version: a hash of its stylesheet, so a changed colour is a new address at once. */
export const themeVersion = (marketplace: Marketplace) =>
  createHash('sha256').update(themeCss(marketplace)).digest('base64url').slice(0, 16);

/** A marketplace's own colours: its stylesheet (at a versioned address) and the class that scopes it. */
export function themeOf(marketplace: Marketplace) {
  return { stylesheet: `${themePath(marketplace)}?v=${themeVersion(marketplace)}`, className: classOf(marketplace) };
}

/** The logo's versioned address (its change stamp), or null without a logo. */
export const logoUrl = (marketplace: Marketplace) =>
  marketplace.logoVersion === null ? null : `${logoPath(marketplace)}?v=${marketplace.logoVersion}`;

/**
 * How long a browser keeps the theme or logo: a year at the versioned address (a change gets a new
 * one), and only after asking again at any other.
 */
export const cacheControlFor = (asked: string | undefined, current: string | null) =>
  asked !== undefined && asked === current ? 'public, max-age=31536000, immutable' : 'no-cache';

/**
 * The theme as NL Design System tokens on the tenant's class; served as a stylesheet (no inline
 * styles under our CSP). The focus ring on the page is drawn in the brand colour, in the header in
 * the text colour (assets/focus.css); the theme check keeps both visible (focusRingProblem).
 */
export function themeCss(marketplace: Marketplace): string {
  const className = classOf(marketplace);
  const { brandColor, brandTextColor } = marketplace;
  return `.${className} {
  --samen-brand: ${brandColor};
  --samen-brand-text: ${brandTextColor};
  --utrecht-button-primary-action-background-color: ${brandColor};
  --utrecht-button-primary-action-color: ${brandTextColor};
}
.${className} .samen-header { background: ${brandColor}; color: ${brandTextColor}; }
.${className} .samen-header a, .${className} .samen-header .utrecht-link-button { color: ${brandTextColor}; }
body.samen.${className} { --samen-focus-color: ${brandColor}; }
`;
}
