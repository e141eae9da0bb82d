/**
 * The one rule for where Samen may send a browser: a path on this site. Everything that redirects
 * to a place taken from the request (`?terug=`, the trailing-slash redirect, the language switch)
 * goes through here.
 *
 * A browser resolves `//host`, `/\host` and `/.//host` off-site, and treats `\` as `/`; so the path
 * is normalised the way a browser would (dot segments, percent-escapes of `/` and `\` kept) and
 * refused when what is left could start a host.
 */
const BASE = 'http://samen.invalid';

export function safeRedirectPath(value: string | undefined | null): string | undefined {
  if (!value?.startsWith('/')) return undefined;
  // Control characters and backslashes have no place in a path we write ourselves.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: that is what is refused
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return undefined;
  if (/^\/(\/|%2f|%5c)/i.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return undefined;
  }
  if (url.origin !== BASE) return undefined;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // After normalisation ("/./" removed) the path must still start with exactly one slash.
  if (!/^\/(?![/\\])/.test(path) || /^\/(%2f|%5c)/i.test(path)) return undefined;
  return path;
}

/** A path to go to after a form, or `fallback` when the value is missing or not a path on this site. */
export function safeNext(value: string | undefined, fallback: string): string {
  return safeRedirectPath(value) ?? fallback;
}
