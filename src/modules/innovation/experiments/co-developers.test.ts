// Co-developers log experiments too (issue 14): members of the owner and of every organisation
// that co-develops the initiative; not followers, not others.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../../core/db';
import { type InnovationWorld, innovationWorld, webAs } from '../testing';

let world: InnovationWorld;
const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
const experiment = (hypothesis: string) => ({ hypothesis, measure: 'Aanmeldingen per maand', date: inAWeek() });

beforeAll(async () => {
  world = await innovationWorld();
});
afterAll(() => world.testApp.close());

const joinAs = (role: 'follower' | 'co-developer') =>
  world.ahmed.client.post(`/initiatives/${world.pilot}/participants`, { organisation: world.org.gouda, role });
const leave = () => world.ahmed.client.delete(`/initiatives/${world.pilot}/participants/${world.org.gouda}`);
const logged = async () =>
  (
    await rows<{ hypothesis: string }>(
      world.testApp.db,
      sql`SELECT hypothesis FROM initiative_experiments WHERE initiative_id = ${world.pilot} ORDER BY created_at`,
    )
  ).map((row) => row.hypothesis);

describe('logging an experiment', () => {
  it('is for the owner, and not for a follower or an official of another municipality', async () => {
    expect(
      (await world.marieke.client.post(`/initiatives/${world.pilot}/experiments`, experiment('Eigenaar'))).status,
    ).toBe(201);
    expect((await joinAs('follower')).status).toBe(201);
    expect(
      (await world.ahmed.client.post(`/initiatives/${world.pilot}/experiments`, experiment('Volger'))).status,
    ).toBe(403);
    expect((await world.lotte.client.post(`/initiatives/${world.pilot}/experiments`, experiment('Ander'))).status).toBe(
      403,
    );
    const page = await (await webAs(world.testApp, world.ahmed)).get(`/innovatie/${world.pilot}`);
    expect(page.html).not.toContain(`action="/innovatie/${world.pilot}/experimenten"`);
    expect(await logged()).toEqual(['Eigenaar']);
  });

  it('is for a co-developer too, through the API and through the form on the page', async () => {
    expect((await leave()).status).toBe(204);
    expect((await joinAs('co-developer')).status).toBe(201);
    const api = await world.ahmed.client.post(`/initiatives/${world.pilot}/experiments`, experiment('Meeontwikkelaar'));
    expect(api.status).toBe(201);
    const ahmed = await webAs(world.testApp, world.ahmed);
    const page = await ahmed.get(`/innovatie/${world.pilot}`);
    expect(page.html).toContain(`action="/innovatie/${world.pilot}/experimenten"`);
    const sent = await ahmed.post(`/innovatie/${world.pilot}/experimenten`, experiment('Via de pagina'));
    expect(sent.status).toBe(303);
    expect((await ahmed.get(`/innovatie/${world.pilot}`)).html).toContain('Via de pagina');
    expect(await logged()).toEqual(['Eigenaar', 'Meeontwikkelaar', 'Via de pagina']);
  });

  it('stops when the organisation stops co-developing', async () => {
    expect((await leave()).status).toBe(204);
    expect(
      (await world.ahmed.client.post(`/initiatives/${world.pilot}/experiments`, experiment('Te laat'))).status,
    ).toBe(403);
    const ahmed = await webAs(world.testApp, world.ahmed);
    expect((await ahmed.post(`/innovatie/${world.pilot}/experimenten`, experiment('Te laat'))).status).toBe(403);
  });
});
