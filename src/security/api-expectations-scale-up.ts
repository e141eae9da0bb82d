// Who may do what in Samen opschalen's API. Marieke (official, Utrecht) owns a pilot that Ahmed's
// Rotterdam co-develops; Ahmed (otherOfficial) sits on the portfolio board of the fixture rounds.
import { only, OPERATOR_ONLY, PUBLIC, type Table, who } from './matrix';
import { unique, type World } from './world';

const DAY = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();

export interface ScaleUp {
  pilot: string;
  serviceSlug: string;
  round: string;
  nomination: string;
  competition: string;
  service: string;
  step: string;
  group: string;
}
const built = new WeakMap<World, Promise<ScaleUp>>();

async function expectOk<T>(what: string, answer: Promise<{ status: number; body: T }>): Promise<T> {
  const { status, body } = await answer;
  if (status >= 300) throw new Error(`fixture: ${what} gave ${status} ${JSON.stringify(body)}`);
  return body;
}

export function newRound(w: World, kind: 'portfolio' | 'competition' = 'portfolio') {
  return expectOk<{ id: string }>(
    `${kind} round`,
    w.as('operator').post('/portfolio-rounds', {
      kind,
      title: unique('Ronde'),
      description: 'Voor de matrix.',
      boardMemberIds: [w.accounts.otherOfficial.id],
      nominationsCloseAt: at(10),
      scoringClosesAt: at(20),
      decisionAt: at(30),
    }),
  );
}

/** Builds the scale-up fixtures once per world, on first use. */
export function scaleUp(w: World): Promise<ScaleUp> {
  const known = built.get(w);
  if (known) return known;
  const building = (async () => {
    const official = w.as('official');
    const pilot = (
      await expectOk<{ id: string }>(
        'pilot',
        official.post('/initiatives', {
          type: 'pilot',
          title: 'Eén loket voor mantelzorgondersteuning',
          summary: 'Mantelzorgers vinden alle ondersteuning op één plek, online en in de wijk.',
          goal: 'Minder zoeken, meer steun.',
          themes: ['zorg-en-welzijn'],
          organisation: w.org.gemeenteUtrecht,
        }),
      )
    ).id;
    await expectOk('pilot phase', official.patch(`/initiatives/${pilot}`, { phase: 'pilot' }));
    await expectOk(
      'co-developer',
      w
        .as('otherOfficial')
        .post(`/initiatives/${pilot}/participants`, { municipality: 'GM0599', role: 'co-developer' }),
    );
    const round = (await newRound(w)).id;
    const nomination = (
      await expectOk<{ id: string }>(
        'nomination',
        official.post(`/portfolio-rounds/${round}/nominations`, { initiativeId: pilot, motivation: 'Breed gedragen.' }),
      )
    ).id;
    const competition = (await newRound(w, 'competition')).id;
    const service = await expectOk<{ id: string; slug: string }>(
      'service',
      w.as('operator').post('/services', {
        name: unique('Voorziening'),
        description: 'Voor de matrix.',
        operator: 'Samen',
        status: 'beschikbaar',
        steps: [{ title: 'Aansluiten', explanation: 'Sluit aan.' }],
      }),
    );
    const steps = await expectOk<{ items: { id: string }[] }>(
      'steps',
      w.anonymousApi().get(`/services/${service.id}/steps`),
    );
    await expectOk(
      'Utrecht adoption',
      official.put(`/services/${service.id}/adoptions/GM0344`, { stage: 'interested' }),
    );
    await expectOk(
      'Rotterdam adoption',
      w.as('otherOfficial').put(`/services/${service.id}/adoptions/GM0599`, { stage: 'interested' }),
    );
    const group = await expectOk<{ id: string }>(
      'group',
      official.post(`/services/${service.id}/implementation-groups`, { name: 'Regio Utrecht', municipality: 'GM0344' }),
    );
    return {
      pilot,
      serviceSlug: service.slug,
      round,
      nomination,
      competition,
      service: service.id,
      step: steps.items[0]?.id ?? '',
      group: group.id,
    };
  })();
  built.set(w, building);
  return building;
}

/** The board (Ahmed) gets past authorization and then hears the round is not there yet (409). */
const BOARD_TOO_EARLY = who({ anonymous: 401, otherOfficial: 409, operator: 409, rest: 403 });

export const scaleUpExpectations: Table = {
  'GET /portfolio-rounds': { expect: PUBLIC },
  'POST /portfolio-rounds': {
    expect: OPERATOR_ONLY,
    call: (w) => ({
      body: {
        kind: 'portfolio',
        title: unique('Ronde'),
        description: 'Nieuw.',
        boardMemberIds: [w.accounts.otherOfficial.id],
        nominationsCloseAt: at(10),
        scoringClosesAt: at(20),
        decisionAt: at(30),
      },
    }),
  },
  'GET /portfolio-rounds/{id}': { expect: PUBLIC, call: async (w) => ({ params: { id: (await scaleUp(w)).round } }) },
  'GET /portfolio-rounds/{id}/nominations': {
    expect: PUBLIC,
    call: async (w) => ({ params: { id: (await scaleUp(w)).round } }),
  },
  'POST /portfolio-rounds/{id}/nominations': {
    note: 'an official of the owner municipality, or the operator; a fresh round for every request',
    expect: only(['official', 'operator']),
    call: async (w) => ({
      params: { id: (await newRound(w)).id },
      body: { initiativeId: (await scaleUp(w)).pilot, motivation: 'Graag.' },
    }),
  },
  'PUT /portfolio-rounds/{id}/nominations/{nominationId}/scores/me': {
    note: 'board members only (Ahmed), and only while scoring is open: the fixture round still takes nominations',
    expect: who({ anonymous: 401, otherOfficial: 409, rest: 403 }),
    call: async (w) => {
      const s = await scaleUp(w);
      return {
        params: { id: s.round, nominationId: s.nomination },
        body: { criteria: {}, moscow: 'must', comment: '', conflictOfInterest: true },
      };
    },
  },
  'POST /portfolio-rounds/{id}/preselection': {
    expect: only(['otherOfficial', 'operator']),
    call: async (w) => ({ params: { id: (await scaleUp(w)).competition }, body: { nominationIds: [] } }),
  },
  'POST /portfolio-rounds/{id}/nominations/{nominationId}/decision': {
    expect: BOARD_TOO_EARLY,
    call: async (w) => {
      const s = await scaleUp(w);
      return { params: { id: s.round, nominationId: s.nomination }, body: { decision: 'no', rationale: 'Nee.' } };
    },
  },
  'GET /services': { expect: PUBLIC },
  'POST /services': {
    expect: OPERATOR_ONLY,
    call: () => ({
      body: { name: unique('Voorziening'), description: 'Nieuw.', operator: 'Samen', status: 'beschikbaar', steps: [] },
    }),
  },
  'GET /services/{id}': { expect: PUBLIC, call: async (w) => ({ params: { id: (await scaleUp(w)).service } }) },
  'GET /services/{id}/steps': { expect: PUBLIC, call: async (w) => ({ params: { id: (await scaleUp(w)).service } }) },
  'GET /services/{id}/adoptions': {
    expect: PUBLIC,
    call: async (w) => ({ params: { id: (await scaleUp(w)).service } }),
  },
  'GET /services/{id}/adoptions/{municipalityCode}': {
    note: 'public; stakeholders and notes only for the officials (scale-up.api.test.ts)',
    expect: PUBLIC,
    call: async (w) => ({ params: { id: (await scaleUp(w)).service, municipalityCode: 'GM0344' } }),
  },
  'PUT /services/{id}/adoptions/{municipalityCode}': [
    {
      variant: 'own municipality (Utrecht)',
      expect: only(['official', 'operator']),
      call: async (w) => ({
        params: { id: (await scaleUp(w)).service, municipalityCode: 'GM0344' },
        body: { stage: 'interested' },
      }),
    },
    {
      variant: 'other municipality (Rotterdam)',
      expect: only(['otherOfficial', 'operator']),
      call: async (w) => ({
        params: { id: (await scaleUp(w)).service, municipalityCode: 'GM0599' },
        body: { stage: 'interested' },
      }),
    },
  ],
  'PUT /services/{id}/adoptions/{municipalityCode}/steps/{stepId}': {
    expect: only(['official', 'operator']),
    call: async (w) => {
      const s = await scaleUp(w);
      return { params: { id: s.service, municipalityCode: 'GM0344', stepId: s.step }, body: { done: true } };
    },
  },
  'GET /services/{id}/implementation-groups': {
    expect: PUBLIC,
    call: async (w) => ({ params: { id: (await scaleUp(w)).service } }),
  },
  'POST /services/{id}/implementation-groups': {
    expect: only(['official', 'operator']),
    call: async (w) => ({
      params: { id: (await scaleUp(w)).service },
      body: { name: unique('Groep'), municipality: 'GM0344' },
    }),
  },
  'POST /services/{id}/implementation-groups/{groupId}/members': {
    expect: only(['otherOfficial', 'operator']),
    call: async (w) => {
      const s = await scaleUp(w);
      return { params: { id: s.service, groupId: s.group }, body: { municipality: 'GM0599' } };
    },
  },
};
