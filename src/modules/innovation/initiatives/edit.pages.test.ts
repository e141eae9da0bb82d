// Owners change their initiative through the page (issue 14): the same form, the same "Lijkt op:"
// check and the same screening as submitting one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webClient } from '../../../test/web-client';
import { type InnovationWorld, innovationWorld, pilotBody, webAs } from '../testing';

let world: InnovationWorld;
let goudaMonitor: string;
let edit: string;

beforeAll(async () => {
  world = await innovationWorld();
  edit = `/innovatie/${world.pilot}/bewerken`;
  goudaMonitor = (
    await world.ahmed.client.post('/initiatives', {
      type: 'pilot',
      title: 'Monitor sociaal domein met uitkomstindicatoren',
      summary: 'Een rapportage met uitkomstindicatoren over zelfredzaamheid van inwoners in het sociaal domein.',
      goal: 'Zien wat de ondersteuning oplevert.',
      themes: ['informatievoorziening'],
    })
  ).body.id;
});
afterAll(() => world.testApp.close());

const fields = (changes: Record<string, string | string[]> = {}) => ({
  title: pilotBody.title,
  summary: pilotBody.summary,
  goal: pilotBody.goal,
  benefit: pilotBody.benefit,
  themes: pilotBody.themes,
  ...changes,
});

describe('changing an initiative through the page', () => {
  it('is offered to members of the owner only', async () => {
    const marieke = await webAs(world.testApp, world.marieke);
    expect((await marieke.get(`/innovatie/${world.pilot}`)).html).toContain(`href="${edit}"`);
    const form = await marieke.get(edit);
    expect(form.status).toBe(200);
    expect(form.html).toContain('<h1 class="utrecht-heading-1">Initiatief wijzigen</h1>');
    expect(form.html).toContain(`value="${pilotBody.title}"`);
    expect(form.html).toContain('Minder losse rapportages.');
    const ahmed = await webAs(world.testApp, world.ahmed);
    expect((await ahmed.get(`/innovatie/${world.pilot}`)).html).not.toContain(`href="${edit}"`);
    expect((await ahmed.get(edit)).status).toBe(403);
    expect((await ahmed.post(edit, fields({ title: 'Overgenomen' }))).status).toBe(403);
    expect((await webClient(world.testApp).get(edit)).location).toBe(`/inloggen?terug=${encodeURIComponent(edit)}`);
  });

  it('shows what resembles the new text after "Controleer" (not the initiative itself), saving nothing', async () => {
    const marieke = await webAs(world.testApp, world.marieke);
    await marieke.get(edit);
    const checked = await marieke.post(edit, fields({ actie: 'controleer', title: 'Monitor met uitkomsten' }));
    expect(checked.status).toBe(200);
    expect(checked.html).toContain('Lijkt op:');
    expect(checked.html).toContain(`href="/innovatie/${goudaMonitor}"`);
    expect(checked.html).not.toContain(`href="/innovatie/${world.pilot}#meedoen"`);
    expect(checked.html).toContain('value="Monitor met uitkomsten"');
    expect((await world.marieke.client.get(`/initiatives/${world.pilot}`)).body.title).toBe(pilotBody.title);
    // The live panel leaves it out too.
    const live = await marieke.get(
      `/innovatie/lijkt-op?title=${encodeURIComponent(pilotBody.title)}&zonder=${world.pilot}`,
    );
    expect(live.html).not.toContain(`href="/innovatie/${world.pilot}"`);
    expect(live.html).toContain(`href="/innovatie/${goudaMonitor}"`);
  });

  it('says what is missing and refuses a sales pitch, field by field, like submitting does', async () => {
    const marieke = await webAs(world.testApp, world.marieke);
    await marieke.get(edit);
    const missing = await marieke.post(edit, fields({ title: '', themes: [] }));
    expect(missing.status).toBe(400);
    expect(missing.html).toContain('href="#veld-title"');
    expect(missing.html).toContain('href="#veld-themes"');
    const pitch = await marieke.post(edit, fields({ benefit: 'Vraag een demo aan, vanaf €499 per maand.' }));
    expect(pitch.status).toBe(400);
    expect(pitch.html).toContain('href="#veld-benefit"');
    expect((await world.marieke.client.get(`/initiatives/${world.pilot}`)).body.benefit).toBe(pilotBody.benefit);
  });

  it('saves the change, clearing what was emptied, and the page shows it', async () => {
    const marieke = await webAs(world.testApp, world.marieke);
    await marieke.get(edit);
    const saved = await marieke.post(
      edit,
      fields({
        summary: 'Rapporteren met uitkomsten: hoe zelfredzaam worden inwoners?',
        benefit: '',
        seeks: ['partners'],
      }),
    );
    expect(saved.status).toBe(303);
    expect(saved.location).toBe(`/innovatie/${world.pilot}`);
    const page = await marieke.get(`/innovatie/${world.pilot}`);
    expect(page.html).toContain('Uw wijzigingen zijn opgeslagen.');
    expect(page.html).toContain('hoe zelfredzaam worden inwoners?');
    const stored = (await world.marieke.client.get(`/initiatives/${world.pilot}`)).body;
    expect(stored).toMatchObject({ benefit: '', seeks: ['partners'], title: pilotBody.title, phase: 'idee' });
  });
});

describe('the screening of a change', () => {
  it('gives a change exactly the outcome submitting the same text gets', async () => {
    const texts = [
      'Vraag een demo aan.',
      'Vanaf €499 per gemeente per maand.',
      'Vraag een offerte op maat.',
      'We voeren gesprekken in buurthuizen.',
    ];
    const refused: boolean[] = [];
    for (const text of texts) {
      const created = await world.marieke.client.post('/initiatives', { ...pilotBody, summary: text });
      const changed = await world.marieke.client.patch(`/initiatives/${world.pilot}`, { summary: text });
      expect(changed.status === 200, text).toBe(created.status === 201);
      expect(changed.body.invalidParams, text).toEqual(created.body.invalidParams);
      refused.push(created.status === 400);
    }
    // Both outcomes were met: the comparison says something.
    expect(refused).toEqual([true, true, true, false]);
  });
});
