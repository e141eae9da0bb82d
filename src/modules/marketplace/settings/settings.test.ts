import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../../../test/api-client';
import type { TestApp } from '../../../test/harness';
import { webClient } from '../../../test/web-client';
import { logoProblem } from '../rules';
import { type Client, marketplaceWorld } from '../testing';

let testApp: TestApp;
let operator: Client;
let fatima: Client;
let sanne: Client; // beheerder Utrecht
let rob: Client; // beheerder Rotterdam

// A 1×1 transparent PNG, and an SVG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const SVG = Buffer.from(
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">' +
    '<rect width="10" height="10" fill="#a3141d"/></svg>',
);

beforeAll(async () => {
  ({ testApp, operator, fatima, sanne, rob } = await marketplaceWorld());
});
afterAll(() => testApp.close());

describe('launching a marketplace', () => {
  it('refuses a colour pair below WCAG AA contrast, a second launch and non-operators', async () => {
    const organisation = (
      await operator.client.post('/organisations', {
        name: 'Welzijn Meppel',
        type: 'welzijnsorganisatie',
        municipality: 'GM0119',
      })
    ).body.id;
    const pale = await operator.client.post('/marketplaces', {
      municipality: 'GM0119',
      operatorOrganisation: organisation,
      name: 'Meppel voor elkaar',
      brandColor: '#ffd700',
      brandTextColor: '#ffffff',
    });
    expect(pale.status).toBe(400);
    expect(pale.body.invalidParams[0]).toMatchObject({
      name: 'brandTextColor',
      reason: expect.stringContaining('4,5:1'),
    });
    expect(
      (
        await fatima.client.post('/marketplaces', {
          municipality: 'GM0119',
          operatorOrganisation: organisation,
          name: 'X',
          brandColor: '#0b5394',
          brandTextColor: '#ffffff',
        })
      ).status,
    ).toBe(403);
    const utrechtAgain = await operator.client.post('/marketplaces', {
      municipality: 'GM0344',
      operatorOrganisation: organisation,
      name: 'Nog een',
      brandColor: '#0b5394',
      brandTextColor: '#ffffff',
    });
    expect(utrechtAgain.status).toBe(409);
    const list = await apiClient(testApp).get('/marketplaces');
    expect(list.body.items.map((m: { name: string }) => m.name)).toEqual([
      'Rotterdam voor elkaar',
      'Utrecht voor elkaar',
    ]);
  });
});

describe('marketplace settings through the API', () => {
  it('lets its own beheerder change them, field by field; they take effect', async () => {
    const changed = await sanne.client.patch('/marketplaces/GM0344', {
      premoderation: true,
      disabledCategories: ['oppas'],
      expiryWeeks: 4,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      name: 'Utrecht voor elkaar',
      premoderation: true,
      disabledCategories: ['oppas'],
      expiryWeeks: 4,
      theme: { brandColor: '#0b5394' },
    });
    const request = {
      title: 'Hulp bij de boodschappen',
      description: 'Wie helpt mij op dinsdag?',
      category: 'boodschappen',
      postcode: '3511',
      when: { kind: 'flexible' },
    };
    expect((await fatima.client.post('/help-requests', request)).body.status).toBe('in-review');
    expect((await fatima.client.post('/help-requests', { ...request, category: 'oppas' })).body.invalidParams).toEqual([
      expect.objectContaining({ name: 'category' }),
    ]);
    await sanne.client.patch('/marketplaces/GM0344', { status: 'paused' });
    expect((await fatima.client.post('/help-requests', request)).status).toBe(409);
    await sanne.client.patch('/marketplaces/GM0344', { status: 'live', premoderation: false });
  });

  it('refuses a colour pair below WCAG AA contrast, bad values, and anyone but its beheerders', async () => {
    const pale = await sanne.client.patch('/marketplaces/GM0344', { brandTextColor: '#6fa8dc' });
    expect(pale.status).toBe(400);
    expect(pale.body.invalidParams[0]).toMatchObject({
      name: 'brandTextColor',
      reason: expect.stringContaining('4,5:1'),
    });
    // Black on yellow reads well (14:1), but the focus ring, yellow on the white page, would vanish (1.4:1).
    const yellow = await sanne.client.patch('/marketplaces/GM0344', {
      brandColor: '#ffd700',
      brandTextColor: '#000000',
    });
    expect(yellow.status).toBe(400);
    expect(yellow.body.invalidParams).toEqual([
      { name: 'brandColor', reason: expect.stringMatching(/focus.*1\.4\d:1.*minstens 3:1/s) },
    ]);
    const bad = await sanne.client.patch('/marketplaces/GM0344', {
      expiryWeeks: 0,
      status: 'weg',
      disabledCategories: ['schilderen'],
    });
    expect(bad.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual([
      'disabledCategories.0',
      'expiryWeeks',
      'status',
    ]);
    expect((await rob.client.patch('/marketplaces/GM0344', { name: 'Overgenomen' })).status).toBe(403);
    expect((await fatima.client.patch('/marketplaces/GM0344', { name: 'Overgenomen' })).status).toBe(403);
    expect(
      (await apiClient(testApp).get('/marketplaces')).body.items.find(
        (m: { municipality: { code: string } }) => m.municipality.code === 'GM0344',
      ),
    ).toMatchObject({ name: 'Utrecht voor elkaar', theme: { brandTextColor: '#ffffff' } });
  });

  it('takes a PNG or SVG logo, serves it sandboxed, and refuses what is not an image', async () => {
    expect(
      (await sanne.client.put('/marketplaces/GM0344/logo', { contentType: 'image/png', data: PNG.toString('base64') }))
        .status,
    ).toBe(204);
    const served = await testApp.app.request('/gemeenten/utrecht/marktplaats/logo');
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('content-security-policy')).toContain('sandbox');
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);
    expect((await apiClient(testApp).get('/marketplaces')).body.items[1].logo).toMatch(
      /^\/gemeenten\/utrecht\/marktplaats\/logo\?v=\w+$/,
    );

    const html = await sanne.client.put('/marketplaces/GM0344/logo', {
      contentType: 'image/svg+xml',
      data: Buffer.from('<html><script>alert(1)</script></html>').toString('base64'),
    });
    expect(html.body.invalidParams).toEqual([expect.objectContaining({ name: 'logo' })]);
    const fakePng = await sanne.client.put('/marketplaces/GM0344/logo', {
      contentType: 'image/png',
      data: SVG.toString('base64'),
    });
    expect(fakePng.status).toBe(400);
    expect(
      (await rob.client.put('/marketplaces/GM0344/logo', { contentType: 'image/png', data: PNG.toString('base64') }))
        .status,
    ).toBe(403);
    const huge = await sanne.client.put('/marketplaces/GM0344/logo', {
      contentType: 'image/png',
      data: 'A'.repeat(1_200_000),
    });
    expect(huge.status).toBe(413);
    expect(huge.body.title).toBe('Te groot');
    expect(
      (
        await sanne.client.put('/marketplaces/GM0344/logo', {
          contentType: 'image/svg+xml',
          data: SVG.toString('base64'),
        })
      ).status,
    ).toBe(204);
    expect((await testApp.app.request('/gemeenten/utrecht/marktplaats/logo')).headers.get('content-type')).toBe(
      'image/svg+xml',
    );
    expect((await sanne.client.delete('/marketplaces/GM0344/logo')).status).toBe(204);
    expect((await testApp.app.request('/gemeenten/utrecht/marktplaats/logo')).status).toBe(404);
  });
});

describe('marketplace settings through the pages', () => {
  it('shows the form to its beheerder only, saves it, and explains a bad colour beside the field', async () => {
    const web = webClient(testApp);
    await web.get('/inloggen');
    await web.post('/inloggen', { email: sanne.email, password: sanne.password });
    const path = '/gemeenten/utrecht/marktplaats/beheer/instellingen';
    const form = await web.get(path);
    expect(form.status).toBe(200);
    expect(form.html).toContain('value="Utrecht voor elkaar"');
    const fields = {
      name: 'Utrecht helpt elkaar',
      brandColor: '#a3141d',
      brandTextColor: '#ffffff',
      options: 'showNeighbours',
      disabledCategories: ['oppas', 'dieren'],
      expiryWeeks: '6',
      followUpDays: '5',
      status: 'live',
    };
    const bad = await web.post(path, { ...fields, brandTextColor: '#ff0000' });
    expect(bad.status).toBe(400);
    expect(bad.html).toContain('href="#veld-brandTextColor"');
    const saved = await web.post(path, fields);
    expect(saved.status).toBe(303);
    const market = await web.get('/gemeenten/utrecht/marktplaats');
    expect(market.html).toContain('Utrecht helpt elkaar');
    expect((await web.get('/gemeenten/utrecht/marktplaats/thema.css')).html).toContain('#a3141d');
    const after = (await apiClient(testApp).get('/marketplaces')).body.items.find(
      (m: { municipality: { code: string } }) => m.municipality.code === 'GM0344',
    );
    expect(after).toMatchObject({
      premoderation: false,
      showNeighbours: true,
      disabledCategories: ['oppas', 'dieren'],
      expiryWeeks: 6,
      followUpDays: 5,
    });

    const robWeb = webClient(testApp);
    await robWeb.get('/inloggen');
    await robWeb.post('/inloggen', { email: rob.email, password: rob.password });
    expect((await robWeb.get(path)).status).toBe(403);
    expect((await robWeb.post(path, fields)).status).toBe(403);
  });
});

describe('logo check', () => {
  it('knows a PNG by its signature and an SVG by its root element', () => {
    expect(logoProblem(PNG, 'image/png')).toBeNull();
    expect(logoProblem(SVG, 'image/svg+xml')).toBeNull();
    expect(logoProblem(SVG, 'image/png')).toBe('validation.logoNotImage');
    expect(logoProblem(Buffer.from('GIF89a'), 'image/svg+xml')).toBe('validation.logoNotImage');
    expect(logoProblem(new Uint8Array(200_001), 'image/png')).toBe('validation.logoSize');
    expect(logoProblem(new Uint8Array(0), 'image/png')).toBe('settings.logoMissing');
  });
});
