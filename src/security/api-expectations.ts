// Who may do what in the API: one entry per operation of the OpenAPI document, keyed
// "METHOD /path" as the document spells it. A new operation without an entry fails the matrix.
import { pathsApiExpectations } from './api-expectations-paths';
import { moderationApiExpectations } from './api-expectations-moderation';
import { notificationExpectations } from './api-expectations-notifications';
import { reportExpectations } from './api-expectations-reports';
import { scaleUpExpectations } from './api-expectations-scale-up';
import { type Case, only, OPERATOR_ONLY, PUBLIC, SIGNED_IN, type Table, TOKEN_GATED, who } from './matrix';
import { rotterdamCoDevelops } from './paths-fixtures';
import {
  experimentBody,
  initiativeBody,
  KIND_PATHS,
  ownerOf,
  PASSWORD,
  PNG,
  type PostKind,
  postBody,
  type Role,
  unique,
  type World,
} from './world';

const madeUpToken = 'bm90LWEtcmVhbC10b2tlbi1idXQtbG9uZy1lbm91Z2g';
const otherKind = (kind: PostKind): PostKind => (kind === 'request' ? 'offer' : 'request');

/** Both marketplaces: a beheerder may run their own and is refused on the other (the tenant dimension). */
function perMarketplace(make: (code: 'GM0344' | 'GM0599') => Omit<Case, 'expect' | 'variant'>): Case[] {
  return [
    { variant: 'own marketplace (Utrecht)', expect: only(['beheerder', 'operator']), ...make('GM0344') },
    { variant: 'other marketplace (Rotterdam)', expect: only(['otherBeheerder', 'operator']), ...make('GM0599') },
  ];
}

/** Gemeente Rotterdam (otherOfficial's) is not taking part / is taking part before the request. */
async function rotterdamParticipates(w: World, participates: boolean) {
  const path = `/initiatives/${w.initiative}/participants`;
  if (participates) await w.as('operator').post(path, { municipality: 'GM0599', role: 'follower' });
  else await w.as('operator').delete(`${path}/${w.org.gemeenteRotterdam}`);
}

function postRoutes(kind: PostKind): Table {
  const path = KIND_PATHS[kind];
  const owner = ownerOf(kind);
  const ownerOnly = only([owner, 'operator']);
  const wrongKind: Case = {
    variant: 'a post of another kind through this path',
    expect: who({ anonymous: 401, rest: 404 }),
    call: (w) => ({ params: { id: w.posts.open[otherKind(kind)] }, body: { reason: 'Klopt niet' } }),
  };
  return {
    [`GET ${path}`]: { expect: PUBLIC, call: () => ({ query: { municipality: 'GM0344' } }) },
    [`POST ${path}`]:
      kind === 'vacancy'
        ? {
            note: 'on behalf of Gemeente Utrecht: its members only',
            expect: only(['official', 'operator']),
            call: (w) => ({ body: postBody(kind, w.org.gemeenteUtrecht) }),
          }
        : { expect: SIGNED_IN, call: (w) => ({ body: postBody(kind, w.org.gemeenteUtrecht) }) },
    [`GET ${path}/{id}`]: [
      { variant: 'open', expect: PUBLIC, call: (w) => ({ params: { id: w.posts.open[kind] } }) },
      {
        variant: 'concept',
        expect: who({ rest: 404, [owner]: 'allow' }),
        call: (w) => ({ params: { id: w.posts.concept[kind] } }),
      },
      {
        variant: 'in review',
        expect: who({ rest: 404, [owner]: 'allow' }),
        call: (w) => ({ params: { id: w.posts.inReview[kind] } }),
      },
      {
        variant: wrongKind.variant,
        expect: who({ rest: 404 }),
        call: (w) => ({ params: { id: w.posts.open[otherKind(kind)] } }),
      },
    ],
    [`PATCH ${path}/{id}`]: {
      expect: ownerOnly,
      call: (w) => ({ params: { id: w.posts.open[kind] }, body: { title: 'Hulp bij boodschappen op dinsdag' } }),
    },
    [`POST ${path}/{id}/responses`]: [
      {
        variant: 'open (a fresh post per request)',
        expect: who({ anonymous: 401, rest: 'allow', [owner]: 409 }),
        call: async (w) => ({
          params: { id: await w.freshPost(kind) },
          body: { message: 'Ik help graag, ik woon in de buurt.' },
        }),
      },
      {
        variant: 'concept',
        expect: who({ anonymous: 401, rest: 404 }),
        call: (w) => ({ params: { id: w.posts.concept[kind] }, body: { message: 'Ik help graag.' } }),
      },
    ],
    [`POST ${path}/{id}/close`]: {
      expect: ownerOnly,
      call: async (w) => ({ params: { id: await w.freshPost(kind) }, body: { reason: 'Het is gelukt' } }),
    },
    [`POST ${path}/{id}/publish`]: {
      expect: ownerOnly,
      call: async (w) => ({ params: { id: await w.freshPost(kind, { concept: true }) } }),
    },
    [`POST ${path}/{id}/withdraw`]: {
      expect: ownerOnly,
      call: async (w) => ({ params: { id: await w.freshPost(kind) } }),
    },
    [`POST ${path}/{id}/reports`]: [
      {
        variant: 'public post',
        // a fresh post each time: reports from three different accounts would hide a shared one
        expect: SIGNED_IN,
        call: async (w) => ({ params: { id: await w.freshPost(kind) }, body: { reason: 'Dit lijkt betaald werk' } }),
      },
      {
        variant: 'concept the reporter cannot see',
        note: 'only what one can see can be reported: the author sees their concept, nobody else does',
        expect: who({ anonymous: 401, rest: 404, [owner]: 'allow' }),
        call: (w) => ({ params: { id: w.posts.concept[kind] }, body: { reason: 'Gezien?' } }),
      },
      wrongKind,
    ],
  };
}

/** What the role would type as its own name (PATCH /me changes nothing that matters). */
const ownName = (w: World, role: Role) => (role === 'anonymous' ? 'Niemand' : w.firstName(role));

export const apiExpectations: Table = {
  ...scaleUpExpectations,
  ...notificationExpectations,
  ...moderationApiExpectations,
  ...reportExpectations,
  ...pathsApiExpectations,
  // --- reference data ---
  'GET /municipalities': { expect: PUBLIC },
  'GET /municipalities/{code}': { expect: PUBLIC, call: () => ({ params: { code: 'GM0344' } }) },
  'GET /postcodes/{pc4}': { expect: PUBLIC, call: () => ({ params: { pc4: '3511' } }) },

  // --- accounts ---
  'POST /accounts': {
    expect: PUBLIC,
    call: () => ({ body: { email: `${unique('nieuw')}@voorbeeld.nl`, password: PASSWORD, name: 'Nieuw' } }),
  },
  'POST /accounts/verify': { expect: TOKEN_GATED, call: () => ({ body: { token: madeUpToken } }) },
  'POST /password-resets': {
    note: 'always 202, so nobody learns who has an account',
    expect: PUBLIC,
    call: () => ({ body: { email: `${unique('vergeten')}@voorbeeld.nl` } }),
  },
  'POST /password-resets/confirm': {
    expect: TOKEN_GATED,
    call: () => ({ body: { token: madeUpToken, password: PASSWORD } }),
  },
  'POST /tokens': {
    note: 'with a wrong password: nobody gets a token',
    expect: who({ rest: 401 }),
    call: () => ({ body: { email: `${unique('onbekend')}@voorbeeld.nl`, password: 'niet het goede wachtwoord' } }),
  },
  'DELETE /tokens/current': { note: 'a fresh token, revoked', expect: SIGNED_IN, call: () => ({ fresh: true }) },
  'GET /me': { expect: SIGNED_IN },
  'PATCH /me': { expect: SIGNED_IN, call: (w, role) => ({ body: { name: ownName(w, role) } }) },
  'DELETE /me': [
    {
      variant: 'bearer token only',
      note: 'a (stolen) token alone must not delete the account: the password is asked for',
      expect: who({ rest: 'refused' }),
      last: true,
    },
    {
      variant: 'wrong password',
      expect: who({ anonymous: 401, rest: 403 }),
      call: () => ({ body: { password: 'niet het goede wachtwoord' } }),
      last: true,
    },
  ],
  'GET /me/export': { expect: SIGNED_IN },

  // --- organisations ---
  'GET /organisations': { expect: PUBLIC },
  'POST /organisations': {
    expect: OPERATOR_ONLY,
    call: () => ({ body: { name: unique('Buurthuis'), type: 'welzijnsorganisatie', municipality: 'GM0344' } }),
  },
  'GET /organisations/{id}': { expect: PUBLIC, call: (w) => ({ params: { id: w.org.welzijnUtrecht } }) },
  'POST /organisations/{id}/members': [
    {
      variant: 'Welzijn Utrecht (the beheerder is its beheerder)',
      expect: only(['beheerder', 'operator']),
      call: (w) => ({
        params: { id: w.org.welzijnUtrecht },
        body: { email: w.accounts.spare.email, role: 'medewerker' },
      }),
    },
    {
      variant: 'Gemeente Utrecht (the official is a medewerker, not a beheerder)',
      expect: OPERATOR_ONLY,
      call: (w) => ({
        params: { id: w.org.gemeenteUtrecht },
        body: { email: w.accounts.spare.email, role: 'beheerder' },
      }),
    },
  ],

  // --- innovation ---
  'GET /initiatives': { expect: PUBLIC },
  'POST /initiatives': {
    note: 'on behalf of Gemeente Utrecht: its members only',
    expect: only(['official', 'operator']),
    call: (w) => ({ body: initiativeBody(w.org.gemeenteUtrecht) }),
  },
  'POST /initiatives/similar': {
    expect: PUBLIC,
    call: () => ({ body: { title: 'Schulden', summary: 'Vroegsignalering van schulden' } }),
  },
  'GET /initiative-clusters': { expect: PUBLIC },
  'GET /initiatives/{id}': { expect: PUBLIC, call: (w) => ({ params: { id: w.initiative } }) },
  'PATCH /initiatives/{id}': {
    note: 'members of the owner (Gemeente Utrecht)',
    expect: only(['official', 'operator']),
    call: (w) => ({ params: { id: w.initiative }, body: { results: 'Eerste gesprekken gevoerd.' } }),
  },
  'GET /initiatives/{id}/similar': { expect: PUBLIC, call: (w) => ({ params: { id: w.initiative } }) },
  'GET /initiatives/{id}/participants': { expect: PUBLIC, call: (w) => ({ params: { id: w.initiative } }) },
  'POST /initiatives/{id}/participants': {
    note: 'on behalf of Gemeente Rotterdam: its members only',
    expect: only(['otherOfficial', 'operator']),
    call: async (w) => {
      await rotterdamParticipates(w, false);
      return { params: { id: w.initiative }, body: { municipality: 'GM0599', role: 'follower' } };
    },
  },
  'DELETE /initiatives/{id}/participants/{organisationId}': {
    note: 'Gemeente Rotterdam stops: its members only',
    expect: only(['otherOfficial', 'operator']),
    call: async (w) => {
      await rotterdamParticipates(w, true);
      return { params: { id: w.initiative, organisationId: w.org.gemeenteRotterdam } };
    },
  },
  'GET /initiatives/{id}/experiments': { expect: PUBLIC, call: (w) => ({ params: { id: w.initiative } }) },
  'POST /initiatives/{id}/experiments': [
    {
      note: 'members of the owner (Gemeente Utrecht)',
      expect: only(['official', 'operator']),
      call: async (w) => {
        await rotterdamCoDevelops(w, false);
        return { params: { id: w.initiative }, body: experimentBody() };
      },
    },
    {
      variant: 'while Gemeente Rotterdam co-develops',
      note: 'and members of a co-developing organisation',
      expect: only(['official', 'otherOfficial', 'operator']),
      call: async (w) => {
        await rotterdamCoDevelops(w, true);
        return { params: { id: w.initiative }, body: experimentBody() };
      },
    },
  ],
  'GET /initiatives/{id}/advice': { expect: PUBLIC, call: (w) => ({ params: { id: w.initiative } }) },
  'POST /initiatives/{id}/advice': {
    note: 'the innovation panel (none of the roles) and the operator',
    expect: OPERATOR_ONLY,
    call: (w) => ({ params: { id: w.initiative }, body: { body: 'Betrek ook de bibliotheek.' } }),
  },
  'POST /initiatives/{id}/advice/{adviceId}/response': {
    expect: only(['official', 'operator']),
    call: (w) => ({ params: { id: w.initiative, adviceId: w.advice }, body: { response: 'Dank, doen we.' } }),
  },

  // --- marketplaces and moderation ---
  'GET /marketplaces': { expect: PUBLIC },
  'POST /marketplaces': {
    expect: OPERATOR_ONLY,
    call: (w) => ({
      body: {
        municipality: 'GM0363',
        operatorOrganisation: w.org.welzijnAmsterdam,
        name: 'Amsterdam voor elkaar',
        brandColor: '#0b5394',
        brandTextColor: '#ffffff',
      },
    }),
  },
  'PATCH /marketplaces/{code}': perMarketplace((code) => ({
    call: () => ({ params: { code }, body: { followUpDays: 7 } }),
  })),
  'PUT /marketplaces/{code}/logo': perMarketplace((code) => ({
    call: () => ({ params: { code }, body: { contentType: 'image/png', data: PNG.toString('base64') } }),
  })),
  'DELETE /marketplaces/{code}/logo': perMarketplace((code) => ({ call: () => ({ params: { code } }) })),
  'GET /categories': { expect: PUBLIC },
  'GET /moderation/items': perMarketplace((code) => ({ call: () => ({ query: { marketplace: code } }) })),
  'POST /moderation/items/{id}/decision': perMarketplace((code) => ({
    call: async (w) => ({
      params: { id: await w.freshPost('request', { inReview: true, rotterdam: code === 'GM0599' }) },
      body: { decision: 'approve', reason: 'In orde' },
    }),
  })),
  'GET /moderation/conversations': perMarketplace((code) => ({ call: () => ({ query: { marketplace: code } }) })),
  'POST /moderation/conversations/{id}/resolve': perMarketplace((code) => ({
    call: async (w) => {
      const id = code === 'GM0344' ? w.conversations.toResolve : w.conversations.rotterdamToResolve;
      await w.reportConversation(id);
      return { params: { id } };
    },
  })),

  // --- posts, per kind ---
  ...postRoutes('request'),
  ...postRoutes('offer'),
  ...postRoutes('vacancy'),

  // --- conversations (the resident's requests, answered by Piet, who is none of the roles) ---
  'POST /responses/{id}/accept': {
    expect: only(['resident', 'operator']),
    call: async (w) => ({ params: { id: (await w.freshConversation()).id } }),
  },
  'GET /conversations/{id}/messages': [
    {
      variant: 'not reported',
      note: 'private to its two parties: not even the operator reads along',
      expect: only(['resident']),
      call: (w) => ({ params: { id: w.conversations.quiet } }),
    },
    {
      variant: 'reported (Utrecht)',
      note: 'a reported conversation may be read by the beheerders of its marketplace (audited)',
      expect: only(['resident', 'beheerder', 'operator']),
      call: (w) => ({ params: { id: w.conversations.reported } }),
    },
    {
      variant: 'report handled',
      note: 'once the report is handled the beheerder (and the operator) no longer reads along',
      expect: only(['resident']),
      call: (w) => ({ params: { id: w.conversations.resolved } }),
    },
    {
      variant: 'reported (Rotterdam)',
      expect: only(['resident', 'otherBeheerder', 'operator']),
      call: (w) => ({ params: { id: w.conversations.rotterdamReported } }),
    },
  ],
  'POST /conversations/{id}/messages': [
    {
      variant: 'not reported',
      note: 'only the two parties write; the operator is not one',
      expect: only(['resident']),
      call: (w) => ({ params: { id: w.conversations.quiet }, body: { body: 'Tot dinsdag!' } }),
    },
    {
      variant: 'reported (the beheerder reads, never writes)',
      expect: only(['resident']),
      call: (w) => ({ params: { id: w.conversations.reported }, body: { body: 'Tot dinsdag!' } }),
    },
  ],
  'POST /conversations/{id}/reports': {
    note: 'a party reports a conversation',
    expect: only(['resident']),
    call: async (w) => ({ params: { id: (await w.freshConversation()).id }, body: { reason: 'Vervelend' } }),
  },

  // --- screening ---
  'POST /screening-checks': {
    note: 'feedback while typing: anyone (a token adds the account’s history); rate limited per address',
    expect: PUBLIC,
    call: () => ({
      body: { kind: 'request', title: 'Hulp bij boodschappen', description: 'Wie helpt mij op dinsdag?' },
    }),
  },

  // --- development ---
  'GET /dev/outbox': { note: 'dev only (DEV_MAIL=true in tests; refused in production)', expect: PUBLIC },
};
