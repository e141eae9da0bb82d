// Who may do what on the pages (and the other routes outside the API document): one entry per
// route of the Hono app, keyed "METHOD /path" as app.routes spells it. Pages are used with a
// cookie session and the form's CSRF token; anonymous people who need to log in get a 303 to
// /inloggen. A new route without an entry fails the matrix.
import { pathsPageExpectations } from './page-expectations-paths';
import { moderationPageExpectations } from './page-expectations-moderation';
import { notificationPageExpectations } from './page-expectations-notifications';
import { reportPageExpectations } from './page-expectations-reports';
import { scaleUpPageExpectations } from './page-expectations-scale-up';
import { rotterdamCoDevelops } from './paths-fixtures';
import { type Case, onlyPage, PUBLIC, SIGNED_IN_PAGE, type Table, TOKEN_GATED, who } from './matrix';
import { experimentBody, PASSWORD, PNG, type Role, unique, type World } from './world';

const madeUpToken = 'bm90LWEtcmVhbC10b2tlbi1idXQtbG9uZy1lbm91Z2g';
const utrecht = { slug: 'utrecht' };

/** Both marketplaces' beheer pages: a beheerder may run their own and is refused on the other. */
function perMarketplace(make: (slug: 'utrecht' | 'rotterdam') => Omit<Case, 'expect' | 'variant'>): Case[] {
  return [
    { variant: 'own marketplace (Utrecht)', expect: onlyPage(['beheerder', 'operator']), ...make('utrecht') },
    {
      variant: 'other marketplace (Rotterdam)',
      expect: onlyPage(['otherBeheerder', 'operator']),
      ...make('rotterdam'),
    },
  ];
}

async function rotterdamParticipates(w: World, participates: boolean) {
  const path = `/initiatives/${w.initiative}/participants`;
  if (participates) await w.as('operator').post(path, { municipality: 'GM0599', role: 'follower' });
  else await w.as('operator').delete(`${path}/${w.org.gemeenteRotterdam}`);
}

const postForm = {
  title: 'Hulp bij boodschappen op dinsdag',
  description: 'Wie wil op dinsdag met mij boodschappen doen bij de supermarkt in de buurt?',
  category: 'boodschappen',
  postcode: '3511',
  whenKind: 'recurring',
  whenText: 'elke dinsdagochtend',
};
const settingsForm = (slug: 'utrecht' | 'rotterdam') => ({
  name: slug === 'utrecht' ? 'Utrecht voor elkaar' : 'Rotterdam voor elkaar',
  brandColor: '#0b5394',
  brandTextColor: '#ffffff',
  options: ['showNeighbours'],
  expiryWeeks: '8',
  followUpDays: '7',
  status: 'live',
});
const ownProfile = (w: World, role: Role): Record<string, string> =>
  role === 'anonymous' ? { name: 'Niemand' } : { name: w.firstName(role), postcode: w.postcodeOf(role), locale: 'nl' };
/** A conversation page: its parties only; not even the operator takes part (reads along only when reported). */
const byParty = onlyPage(['resident']);
const byOwner = onlyPage(['resident', 'operator']);

export const pageExpectations: Table = {
  ...scaleUpPageExpectations,
  ...notificationPageExpectations,
  ...moderationPageExpectations,
  ...reportPageExpectations,
  ...pathsPageExpectations,
  // --- operations ---
  'GET /health/live': { expect: PUBLIC },
  'GET /health/ready': { expect: PUBLIC },
  'GET /metrics': {
    note: 'not for the public: a token or a loopback address (the matrix has neither)',
    expect: who({ rest: 'refused' }),
  },
  'GET /api/v1/openapi.json': { expect: PUBLIC },

  // --- municipalities and site ---
  'GET /': { expect: PUBLIC },
  'GET /postcode': { expect: PUBLIC, call: () => ({ query: { postcode: '3511' } }) },
  'GET /gemeenten': { expect: PUBLIC },
  'GET /gemeenten/:slug': { expect: PUBLIC, call: () => ({ params: utrecht }) },
  'GET /toegankelijkheid': { expect: PUBLIC },
  'GET /privacy': { expect: PUBLIC },
  'GET /taal/:locale': { expect: PUBLIC, call: () => ({ params: { locale: 'nl' } }) },

  // --- accounts ---
  'GET /registreren': { expect: PUBLIC },
  'POST /registreren': {
    expect: PUBLIC,
    call: () => ({ form: { email: `${unique('web')}@voorbeeld.nl`, password: PASSWORD, name: 'Nieuw' } }),
  },
  'GET /registreren/controleer-uw-email': { expect: PUBLIC },
  'GET /account/bevestigen': { expect: TOKEN_GATED, call: () => ({ query: { token: madeUpToken } }) },
  'POST /account/bevestigen': { expect: TOKEN_GATED, call: () => ({ form: { token: madeUpToken } }) },
  'GET /account/bevestigen/opnieuw': { expect: PUBLIC },
  'POST /account/bevestigen/opnieuw': {
    expect: PUBLIC,
    call: () => ({ form: { email: `${unique('opnieuw')}@voorbeeld.nl` } }),
  },
  'GET /inloggen': { note: 'signed in: on to the profile', expect: PUBLIC },
  'POST /inloggen': {
    note: 'with a wrong password: nobody gets a session',
    expect: who({ rest: 400 }),
    call: () => ({ form: { email: `${unique('onbekend')}@voorbeeld.nl`, password: 'niet het goede wachtwoord' } }),
  },
  'POST /uitloggen': { note: 'a fresh session, ended', expect: PUBLIC, call: () => ({ fresh: true }) },
  'GET /wachtwoord-vergeten': { expect: PUBLIC },
  'POST /wachtwoord-vergeten': {
    expect: PUBLIC,
    call: () => ({ form: { email: `${unique('vergeten')}@voorbeeld.nl` } }),
  },
  'GET /wachtwoord-herstellen': { expect: TOKEN_GATED, call: () => ({ query: { token: madeUpToken } }) },
  'POST /wachtwoord-herstellen': {
    expect: TOKEN_GATED,
    call: () => ({ form: { token: madeUpToken, password: PASSWORD } }),
  },
  'GET /mijn-profiel': { expect: SIGNED_IN_PAGE },
  'POST /mijn-profiel': { expect: SIGNED_IN_PAGE, call: (w, role) => ({ form: ownProfile(w, role) }) },
  'GET /mijn-profiel/gegevens': { expect: SIGNED_IN_PAGE },
  'GET /mijn-profiel/verwijderen': { expect: SIGNED_IN_PAGE },
  'POST /mijn-profiel/verwijderen': {
    note: 'with a wrong password: nothing is deleted',
    expect: who({ anonymous: 'login', rest: 400 }),
    call: () => ({ form: { password: 'niet het goede wachtwoord' } }),
  },

  // --- innovation ---
  'GET /innovatie': { expect: PUBLIC },
  'GET /innovatie/clusters': { expect: PUBLIC },
  'GET /innovatie/nieuw': {
    note: 'members of an organisation that may own initiatives; the operator belongs to none',
    expect: who({ anonymous: 'login', rest: 'allow', resident: 403, otherResident: 403, operator: 403 }),
  },
  'POST /innovatie/nieuw': {
    note: 'on behalf of Gemeente Utrecht; members of other organisations get the form back with the refusal (400)',
    expect: who({ anonymous: 'login', rest: 400, official: 'allow', resident: 403, otherResident: 403, operator: 403 }),
    call: (w) => ({
      form: {
        type: 'pilot',
        title: 'Buurtgesprekken over schulden',
        summary: 'Gesprekken in buurthuizen om schulden vroeg te signaleren.',
        goal: 'Eerder hulp bij schulden.',
        themes: ['schulden'],
        organisation: w.org.gemeenteUtrecht,
      },
    }),
  },
  'GET /innovatie/lijkt-op': { expect: PUBLIC, call: () => ({ query: { title: 'schulden' } }) },
  'GET /innovatie/meldingen': { expect: SIGNED_IN_PAGE },
  'POST /innovatie/meldingen': { expect: SIGNED_IN_PAGE, call: () => ({ form: { updates: 'aan' } }) },
  'GET /innovatie/:id': { expect: PUBLIC, call: (w) => ({ params: { id: w.initiative } }) },
  'POST /innovatie/:id/deelnemen': {
    note: 'on behalf of Gemeente Rotterdam',
    expect: onlyPage(['otherOfficial', 'operator']),
    call: async (w) => {
      await rotterdamParticipates(w, false);
      return { params: { id: w.initiative }, form: { organisation: w.org.gemeenteRotterdam, role: 'follower' } };
    },
  },
  'POST /innovatie/:id/verlaten': {
    note: 'on behalf of Gemeente Rotterdam',
    expect: onlyPage(['otherOfficial', 'operator']),
    call: async (w) => {
      await rotterdamParticipates(w, true);
      return { params: { id: w.initiative }, form: { organisation: w.org.gemeenteRotterdam } };
    },
  },
  'POST /innovatie/:id/fase': {
    expect: onlyPage(['official', 'operator']),
    call: (w) => ({ params: { id: w.initiative }, form: { phase: 'idee' } }),
  },
  'POST /innovatie/:id/experimenten': [
    {
      note: 'members of the owner (Gemeente Utrecht)',
      expect: onlyPage(['official', 'operator']),
      call: async (w) => {
        await rotterdamCoDevelops(w, false);
        return { params: { id: w.initiative }, form: experimentBody() };
      },
    },
    {
      variant: 'while Gemeente Rotterdam co-develops',
      note: 'and members of a co-developing organisation',
      expect: onlyPage(['official', 'otherOfficial', 'operator']),
      call: async (w) => {
        await rotterdamCoDevelops(w, true);
        return { params: { id: w.initiative }, form: experimentBody() };
      },
    },
  ],
  'POST /innovatie/:id/advies': {
    note: 'the innovation panel (none of the roles) and the operator',
    expect: onlyPage(['operator']),
    call: (w) => ({ params: { id: w.initiative }, form: { body: 'Betrek ook de bibliotheek.' } }),
  },
  'POST /innovatie/:id/advies/:adviceId/reactie': {
    expect: onlyPage(['official', 'operator']),
    call: (w) => ({ params: { id: w.initiative, adviceId: w.advice }, form: { response: 'Dank, doen we.' } }),
  },

  // --- marketplace: beheer ---
  'GET /gemeenten/:slug/marktplaats/beheer': perMarketplace((slug) => ({ call: () => ({ params: { slug } }) })),
  'POST /gemeenten/:slug/marktplaats/beheer/:postId/besluit': [
    ...perMarketplace((slug) => ({
      call: async (w) => ({
        params: { slug, postId: await w.freshPost('request', { inReview: true, rotterdam: slug === 'rotterdam' }) },
        form: { decision: 'approve', reason: 'In orde' },
      }),
    })),
    {
      variant: 'a Rotterdam post through the Utrecht beheer page',
      expect: who({ anonymous: 'login', rest: 403, beheerder: 404, operator: 404 }),
      call: async (w) => ({
        params: { ...utrecht, postId: await w.freshPost('request', { inReview: true, rotterdam: true }) },
        form: { decision: 'approve', reason: 'In orde' },
      }),
    },
  ],
  'POST /gemeenten/:slug/marktplaats/beheer/gesprekken/:id/afgehandeld': [
    ...perMarketplace((slug) => ({
      call: async (w) => {
        const id = slug === 'utrecht' ? w.conversations.toResolve : w.conversations.rotterdamToResolve;
        await w.reportConversation(id);
        return { params: { slug, id } };
      },
    })),
    {
      variant: 'a Rotterdam conversation through the Utrecht beheer page',
      expect: onlyPage(['operator']),
      call: async (w) => {
        await w.reportConversation(w.conversations.rotterdamToResolve);
        return { params: { ...utrecht, id: w.conversations.rotterdamToResolve } };
      },
    },
  ],
  'GET /gemeenten/:slug/marktplaats/beheer/instellingen': perMarketplace((slug) => ({
    call: () => ({ params: { slug } }),
  })),
  'POST /gemeenten/:slug/marktplaats/beheer/instellingen': perMarketplace((slug) => ({
    call: () => ({ params: { slug }, form: settingsForm(slug) }),
  })),
  'POST /gemeenten/:slug/marktplaats/beheer/instellingen/logo': perMarketplace((slug) => ({
    call: () => ({ params: { slug }, file: { field: 'logo', name: 'logo.png', type: 'image/png', bytes: PNG } }),
  })),
  'POST /gemeenten/:slug/marktplaats/beheer/instellingen/logo/weghalen': perMarketplace((slug) => ({
    call: () => ({ params: { slug } }),
  })),

  // --- marketplace: public pages and posting ---
  'GET /gemeenten/:slug/marktplaats': { expect: PUBLIC, call: () => ({ params: utrecht }) },
  'GET /gemeenten/:slug/marktplaats/hulpaanbod': { expect: PUBLIC, call: () => ({ params: utrecht }) },
  'GET /gemeenten/:slug/marktplaats/vacatures': { expect: PUBLIC, call: () => ({ params: utrecht }) },
  'GET /gemeenten/:slug/marktplaats/thema.css': { expect: PUBLIC, call: () => ({ params: utrecht }) },
  'GET /gemeenten/:slug/marktplaats/logo': {
    expect: PUBLIC,
    call: async (w) => {
      await w.putLogo();
      return { params: utrecht };
    },
  },
  'GET /gemeenten/:slug/marktplaats/nieuw': { expect: SIGNED_IN_PAGE, call: () => ({ params: utrecht }) },
  'POST /gemeenten/:slug/marktplaats/nieuw': {
    expect: SIGNED_IN_PAGE,
    call: () => ({ params: utrecht, form: postForm }),
  },
  'GET /hulp/:id': [
    { variant: 'open', expect: PUBLIC, call: (w) => ({ params: { id: w.posts.open.request } }) },
    {
      variant: 'concept',
      expect: who({ rest: 404, resident: 'allow' }),
      call: (w) => ({ params: { id: w.posts.concept.request } }),
    },
  ],
  'POST /hulp/:id/reageren': [
    {
      variant: 'open (a fresh post per request)',
      note: 'the author gets the post back with "that is your own post" (409)',
      expect: who({ anonymous: 'login', rest: 'allow', resident: 409 }),
      call: async (w) => ({ params: { id: await w.freshPost('request') }, form: { message: 'Ik help graag.' } }),
    },
    {
      variant: 'concept',
      expect: who({ anonymous: 'login', rest: 404, resident: 409 }),
      call: (w) => ({ params: { id: w.posts.concept.request }, form: { message: 'Ik help graag.' } }),
    },
  ],
  'POST /hulp/:id/melden': [
    {
      variant: 'public post',
      // a fresh post each time: reports from three different accounts would hide a shared one
      expect: SIGNED_IN_PAGE,
      call: async (w) => ({
        params: { id: await w.freshPost('request') },
        form: { reportReason: 'Dit lijkt betaald werk' },
      }),
    },
    {
      variant: 'concept',
      note: 'only what one can see can be reported: the author sees their concept, nobody else does',
      expect: who({ anonymous: 'login', rest: 404, resident: 'allow' }),
      call: (w) => ({ params: { id: w.posts.concept.request }, form: { reportReason: 'Gezien?' } }),
    },
  ],
  'POST /hulp/:id/intrekken': {
    note: 'others get the post back with the refusal on it (409)',
    expect: who({ anonymous: 'login', rest: 409, resident: 'allow', operator: 'allow' }),
    call: async (w) => ({ params: { id: await w.freshPost('request') } }),
  },
  'GET /hulp/:id/bewerken': { expect: byOwner, call: (w) => ({ params: { id: w.posts.open.request } }) },
  'POST /hulp/:id/bewerken': {
    expect: byOwner,
    call: (w) => ({ params: { id: w.posts.open.request }, form: postForm }),
  },
  'POST /hulp/:id/plaatsen': {
    expect: byOwner,
    call: async (w) => ({ params: { id: await w.freshPost('request', { concept: true }) } }),
  },
  'POST /hulp/:id/afsluiten': {
    expect: byOwner,
    call: async (w) => ({ params: { id: await w.freshPost('request') }, form: { reason: 'Het is gelukt' } }),
  },

  // --- conversations: private to their two parties, the operator included ---
  'GET /gesprekken/:id': [
    { variant: 'not reported', expect: byParty, call: (w) => ({ params: { id: w.conversations.quiet } }) },
    {
      variant: 'reported (Utrecht)',
      expect: onlyPage(['resident', 'beheerder', 'operator']),
      call: (w) => ({ params: { id: w.conversations.reported } }),
    },
    {
      variant: 'report handled',
      note: 'once the report is handled the beheerder no longer reads along',
      expect: byParty,
      call: (w) => ({ params: { id: w.conversations.resolved } }),
    },
    {
      variant: 'reported (Rotterdam)',
      expect: onlyPage(['resident', 'otherBeheerder', 'operator']),
      call: (w) => ({ params: { id: w.conversations.rotterdamReported } }),
    },
  ],
  'POST /gesprekken/:id': [
    {
      variant: 'not reported',
      expect: byParty,
      call: (w) => ({ params: { id: w.conversations.quiet }, form: { body: 'Tot dinsdag!' } }),
    },
    {
      variant: 'reported (the beheerder reads, never writes)',
      expect: byParty,
      call: (w) => ({ params: { id: w.conversations.reported }, form: { body: 'Tot dinsdag!' } }),
    },
  ],
  'POST /gesprekken/:id/accepteren': {
    note: 'accepting is the poster’s decision on their post (as POST /responses/{id}/accept): the operator may',
    expect: byOwner,
    call: async (w) => ({ params: { id: (await w.freshConversation()).id } }),
  },
  'POST /gesprekken/:id/melden': {
    expect: byParty,
    call: async (w) => ({ params: { id: (await w.freshConversation()).id }, form: { reportReason: 'Vervelend' } }),
  },
  'GET /mijn-samen': { expect: SIGNED_IN_PAGE },
  'GET /hulp-gevonden': { expect: TOKEN_GATED, call: () => ({ query: { token: madeUpToken } }) },
  'POST /hulp-gevonden': { expect: TOKEN_GATED, call: () => ({ form: { token: madeUpToken } }) },

  // --- development ---
  'GET /dev/mail': { note: 'dev only (DEV_MAIL=true in tests; refused in production)', expect: PUBLIC },
  'GET /dev/mail/:id': {
    note: 'dev only',
    expect: PUBLIC,
    call: async (w) => {
      const outbox = await w.anonymousApi().get('/dev/outbox?pageSize=1');
      return { params: { id: outbox.body.items[0].id } };
    },
  },
};
