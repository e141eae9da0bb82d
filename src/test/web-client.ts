import type { TestApp } from './harness';
import { freshIp } from './harness';

/**
 * A minimal browser for page tests: keeps cookies, posts forms with the CSRF token taken from
 * the last page, and does not follow redirects (tests assert them).
 */
export function webClient(testApp: TestApp) {
  const cookies = new Map<string, string>();
  const ip = freshIp();
  let lastHtml = '';

  function store(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, ...rest] = (pair ?? '').split('=');
      if (!name) continue;
      const value = rest.join('=');
      if (value === '' || /max-age=0/i.test(header)) cookies.delete(name.trim());
      else cookies.set(name.trim(), value);
    }
  }
  const cookieHeader = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');

  async function get(path: string) {
    const response = await testApp.app.request(path, { headers: { Cookie: cookieHeader(), 'X-Forwarded-For': ip } });
    store(response);
    const html = await response.text();
    if (response.headers.get('content-type')?.includes('html')) lastHtml = html;
    return { status: response.status, html, location: response.headers.get('location'), headers: response.headers };
  }

  function csrf(): string {
    return lastHtml.match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '';
  }

  async function post(path: string, fields: Record<string, string | string[]>, options: { csrf?: string } = {}) {
    const body = new URLSearchParams({ _csrf: options.csrf ?? csrf() });
    // Repeated fields (checkboxes) are sent once per value, as a browser does.
    for (const [name, value] of Object.entries(fields))
      for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
    const response = await testApp.app.request(path, {
      method: 'POST',
      headers: { Cookie: cookieHeader(), 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': ip },
      body: body.toString(),
    });
    store(response);
    const html = await response.text();
    if (response.headers.get('content-type')?.includes('html')) lastHtml = html;
    return { status: response.status, html, location: response.headers.get('location'), headers: response.headers };
  }

  return { get, post, csrf, cookies };
}
