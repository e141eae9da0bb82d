import { themePath } from '../paths';
import type { Marketplace } from './queries';

/** A marketplace's own colours: its stylesheet and the class that scopes it. */
export function themeOf(marketplace: Marketplace) {
  return {
    stylesheet: themePath(marketplace),
    className: `samen-theme-${marketplace.municipalityCode.toLowerCase()}`,
  };
}

/**
 * The theme as NL Design System tokens on the tenant's class; served as a stylesheet (no inline
 * styles under our CSP).
 */
export function themeCss(marketplace: Marketplace): string {
  const { className } = themeOf(marketplace);
  const { brandColor, brandTextColor } = marketplace;
  return `.${className} {
  --samen-brand: ${brandColor};
  --samen-brand-text: ${brandTextColor};
  --utrecht-button-primary-action-background-color: ${brandColor};
  --utrecht-button-primary-action-color: ${brandTextColor};
}
.${className} .samen-header { background: ${brandColor}; color: ${brandTextColor}; }
.${className} .samen-header a, .${className} .samen-header .utrecht-link-button { color: ${brandTextColor}; }
`;
}
