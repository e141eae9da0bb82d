// A beheerder changes the logo or the colours and sees the change at once (issue 14): the theme
// and logo are served at versioned addresses, cached for a year; a change makes a new address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../../../test/api-client';
import type { TestApp } from '../../../test/harness';
import { webClient } from '../../../test/web-client';
import { type Client, marketplaceWorld } from '../testing';

let testApp: TestApp;
let sanne: Client; // beheerder Utrecht

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>');
const YEAR = 'public, max-age=31536000, immutable';

beforeAll(async () => {
  ({ testApp, sanne } = await marketplaceWorld());
});
afterAll(() => testApp.close());

/** The stylesheet and logo addresses the marketplace's page uses now. */
async function addresses() {
  const page = await webClient(testApp).get('/gemeenten/utrecht/marktplaats');
  return {
    theme: page.html.match(/<link rel="stylesheet" href="(\/gemeenten\/utrecht\/marktplaats\/thema\.css[^"]*)"/)?.[1],
    logo: page.html.match(/<img src="(\/gemeenten\/utrecht\/marktplaats\/logo[^"]*)"/)?.[1],
  };
}
const get = (path: string) => testApp.app.request(path.replaceAll('&amp;', '&'));

describe('the theme of a marketplace', () => {
  it('is linked at a versioned address that is cached for a year; other addresses are checked each time', async () => {
    const { theme } = await addresses();
    expect(theme).toMatch(/^\/gemeenten\/utrecht\/marktplaats\/thema\.css\?v=[\w-]{16}$/);
    const versioned = await get(theme as string);
    expect(versioned.headers.get('cache-control')).toBe(YEAR);
    expect(await versioned.text()).toContain('#0b5394');
    expect((await get('/gemeenten/utrecht/marktplaats/thema.css')).headers.get('cache-control')).toBe('no-cache');
    expect((await get('/gemeenten/utrecht/marktplaats/thema.css?v=old')).headers.get('cache-control')).toBe('no-cache');
  });

  it('gets a new address as soon as a colour changes, on every page of the marketplace', async () => {
    const before = (await addresses()).theme;
    const changed = await sanne.client.patch('/marketplaces/GM0344', { brandColor: '#7a1f5c' });
    expect(changed.status).toBe(200);
    const after = (await addresses()).theme as string;
    expect(after).not.toBe(before);
    expect(await (await get(after)).text()).toContain('#7a1f5c');
    const form = await webClient(testApp).get('/gemeenten/utrecht/marktplaats/hulpaanbod');
    expect(form.html).toContain(`href="${after}"`);
    // The old address still answers, with today's colours, and is not kept.
    const old = await get(before as string);
    expect(await old.text()).toContain('#7a1f5c');
    expect(old.headers.get('cache-control')).toBe('no-cache');
  });
});

describe('the logo of a marketplace', () => {
  it('is shown at a versioned address, cached for a year, and a new logo gets a new one', async () => {
    expect((await addresses()).logo).toBeUndefined();
    const put = (bytes: Buffer, contentType: string) =>
      sanne.client.put('/marketplaces/GM0344/logo', { contentType, data: bytes.toString('base64') });
    expect((await put(PNG, 'image/png')).status).toBe(204);
    const first = (await addresses()).logo as string;
    expect(first).toMatch(/^\/gemeenten\/utrecht\/marktplaats\/logo\?v=\d+$/);
    const served = await get(first);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('cache-control')).toBe(YEAR);
    expect((await get('/gemeenten/utrecht/marktplaats/logo')).headers.get('cache-control')).toBe('no-cache');

    expect((await put(SVG, 'image/svg+xml')).status).toBe(204);
    const second = (await addresses()).logo as string;
    expect(second).not.toBe(first);
    expect((await get(second)).headers.get('content-type')).toBe('image/svg+xml');
    // The API hands out the same versioned address.
    const listed = (await apiClient(testApp).get('/marketplaces')).body.items.find(
      (m: { municipality: { code: string } }) => m.municipality.code === 'GM0344',
    );
    expect(listed.logo).toBe(second);
  });
});
