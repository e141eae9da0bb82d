// Who may do what on Samen opschalen's pages. The fixtures are those of the API table
// (api-expectations-scale-up.ts): Marieke's (official, Utrecht) pilot, co-developed by Ahmed's
// Rotterdam; Ahmed sits on the board of the fixture rounds, which still take nominations.
import { newRound, scaleUp } from './api-expectations-scale-up';
import { onlyPage, PUBLIC, type Table, who } from './matrix';
import { unique, type World } from './world';

const trajectory = async (w: World, code: 'GM0344' | 'GM0599') => {
  const s = await scaleUp(w);
  return { slug: s.serviceSlug, code };
};
/** A municipality's trajectory forms: that municipality's officials and the operator. */
function perMunicipality(form: (w: World) => Record<string, string> | Promise<Record<string, string>>) {
  return [
    {
      variant: 'own municipality (Utrecht)',
      expect: onlyPage(['official', 'operator']),
      call: async (w: World) => ({ params: await trajectory(w, 'GM0344'), form: await form(w) }),
    },
    {
      variant: 'other municipality (Rotterdam)',
      expect: onlyPage(['otherOfficial', 'operator']),
      call: async (w: World) => ({ params: await trajectory(w, 'GM0599'), form: await form(w) }),
    },
  ];
}
/** The board (Ahmed) passes; the round is not yet there, so the form answers 409. The rest: 403. */
const BOARD_PAGE_TOO_EARLY = (operator: 409 | 403) =>
  who({ anonymous: 'login', otherOfficial: 409, operator, rest: 403 });

export const scaleUpPageExpectations: Table = {
  'GET /opschalen': { expect: PUBLIC },
  'GET /opschalen/rondes': { expect: PUBLIC },
  'GET /opschalen/rondes/:id': { expect: PUBLIC, call: async (w) => ({ params: { id: (await scaleUp(w)).round } }) },
  'GET /opschalen/voorzieningen': { expect: PUBLIC },
  'GET /opschalen/voorzieningen/:slug': {
    expect: PUBLIC,
    call: async (w) => ({ params: { slug: (await scaleUp(w)).serviceSlug } }),
  },
  'GET /opschalen/voorzieningen/:slug/gemeenten/:code': {
    note: 'public; the forms, notes and stakeholders only for that municipality’s officials (services.pages.test.ts)',
    expect: PUBLIC,
    call: async (w) => ({ params: await trajectory(w, 'GM0344') }),
  },
  'POST /opschalen/rondes/:id/voordragen': {
    note: 'an official of the owner municipality, or the operator; a fresh round for every request',
    expect: onlyPage(['official', 'operator']),
    call: async (w) => ({
      params: { id: (await newRound(w)).id },
      form: { initiativeId: (await scaleUp(w)).pilot, motivation: 'Breed gedragen.' },
    }),
  },
  'POST /opschalen/rondes/:id/voordrachten/:nominationId/score': {
    note: 'board members only, not the operator; scoring has not opened yet',
    expect: BOARD_PAGE_TOO_EARLY(403),
    call: async (w) => {
      const s = await scaleUp(w);
      const field = (name: string) => `${s.nomination}.${name}`;
      return {
        params: { id: s.round, nominationId: s.nomination },
        form: {
          [field('moscow')]: 'must',
          [field('conflictOfInterest')]: 'ja',
          ...Object.fromEntries(
            [
              'maatschappelijke-waarde',
              'geinteresseerde-gemeenten',
              'volwassenheid',
              'kosten-baten',
              'standaardiseerbaarheid',
              'privacy-veiligheid',
            ].map((key) => [field(`criteria.${key}`), '4']),
          ),
        },
      };
    },
  },
  'POST /opschalen/rondes/:id/voordrachten/:nominationId/besluit': {
    note: 'the board and the operator; deciding waits for the end of scoring',
    expect: BOARD_PAGE_TOO_EARLY(409),
    call: async (w) => {
      const s = await scaleUp(w);
      return {
        params: { id: s.round, nominationId: s.nomination },
        form: { [`${s.nomination}.decision`]: 'no', [`${s.nomination}.rationale`]: 'Nee.' },
      };
    },
  },
  'POST /opschalen/rondes/:id/voorselectie': {
    expect: onlyPage(['otherOfficial', 'operator']),
    call: async (w) => ({ params: { id: (await scaleUp(w)).competition }, form: {} }),
  },
  'POST /opschalen/voorzieningen/:slug/gemeenten/:code/fase': perMunicipality(() => ({ stage: 'interested' })),
  'POST /opschalen/voorzieningen/:slug/gemeenten/:code/gebeurtenis': perMunicipality(() => ({
    eventDate: '2026-11-01',
    eventKind: 'other',
    eventNote: 'Overleg',
  })),
  'POST /opschalen/voorzieningen/:slug/gemeenten/:code/betrokkenen': perMunicipality(() => ({
    'stance.wethouder': 'voor',
  })),
  'POST /opschalen/voorzieningen/:slug/gemeenten/:code/stappen': perMunicipality(async (w) => ({
    [`step.${(await scaleUp(w)).step}`]: 'done',
  })),
  'POST /opschalen/voorzieningen/:slug/gemeenten/:code/samen-invoeren': perMunicipality(async (w) => ({
    groupId: (await scaleUp(w)).group,
  })),
  'POST /opschalen/voorzieningen/:slug/gemeenten/:code/samen-invoeren/nieuw': perMunicipality(() => ({
    groupName: unique('Groep'),
  })),
};
