// The fixture world of the authorization matrix: two marketplaces (Utrecht and Rotterdam), their
// beheerders, two municipalities' officials, residents, posts of every kind, conversations in
// every state of reporting, an initiative with advice. Built once, through the API, the way
// people would build it.
import { grantRole } from '../modules/accounts';
import { apiClient, signedInClient } from '../test/api-client';
import { freshIp, type TestApp } from '../test/harness';
import { webClient } from '../test/web-client';

export const ROLES = [
  'anonymous',
  'resident',
  'otherResident',
  'beheerder',
  'otherBeheerder',
  'official',
  'otherOfficial',
  'operator',
] as const;
export type Role = (typeof ROLES)[number];
export type SignedInRole = Exclude<Role, 'anonymous'>;

/** Who each role is, in one line, for the failure messages and the report. */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  anonymous: 'not signed in',
  resident: 'Fatima, resident of Utrecht; author of the fixture requests and offers',
  otherResident: 'Jan, another resident of Utrecht',
  beheerder: 'Sanne, beheerder of Welzijn Utrecht, which runs the Utrecht marketplace (GM0344)',
  otherBeheerder: 'Rob, beheerder of Welzijn Rotterdam, which runs the Rotterdam marketplace (GM0599)',
  official: 'Marieke, ambtenaar of Gemeente Utrecht; owner side of the initiative and author of the vacancy',
  otherOfficial: 'Ahmed, ambtenaar of Gemeente Rotterdam',
  operator: 'Noor, netwerkbeheer (platform operator)',
};

type Client = Awaited<ReturnType<typeof signedInClient>>;
export type Web = ReturnType<typeof webClient> & { csrfToken: string };
export type PostKind = 'request' | 'offer' | 'vacancy';
export const KIND_PATHS: Record<PostKind, string> = {
  request: '/help-requests',
  offer: '/help-offers',
  vacancy: '/vacancies',
};

export const PASSWORD = 'een lang en geheim wachtwoord';
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const inTwoWeeks = () => new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
let serial = 0;
export function unique(prefix: string): string {
  serial += 1;
  return `${prefix}-${Date.now().toString(36)}-${serial}`;
}

/** The role that owns the fixture posts of a kind: the resident, or for a vacancy the official (for her gemeente). */
export const ownerOf = (kind: PostKind): SignedInRole => (kind === 'vacancy' ? 'official' : 'resident');
export const KINDS: PostKind[] = ['request', 'offer', 'vacancy'];

export function postBody(kind: PostKind, organisation: string, extra: Record<string, unknown> = {}) {
  return {
    title: 'Hulp bij boodschappen op dinsdag',
    description: 'Wie wil op dinsdag met mij boodschappen doen bij de supermarkt in de buurt?',
    category: 'boodschappen',
    postcode: '3511',
    when: { kind: 'recurring', text: 'elke dinsdagochtend' },
    ...(kind === 'vacancy' ? { organisation, hoursPerWeek: 4 } : {}),
    ...extra,
  };
}

export const initiativeBody = (organisation: string) => ({
  type: 'pilot',
  title: 'Buurtgesprekken over schulden in de wijk',
  summary: 'Wij voeren gesprekken in buurthuizen om schulden vroeg te signaleren en mensen snel te helpen.',
  goal: 'Eerder hulp bij schulden, minder huisuitzettingen.',
  themes: ['schulden'],
  organisation,
});
export const experimentBody = () => ({
  hypothesis: 'Een gesprek in het buurthuis verlaagt de drempel.',
  measure: 'Aantal aanmeldingen per maand',
  date: inTwoWeeks(),
});

async function expectStatus<T extends { status: number; body: any }>(what: string, response: T, status: number) {
  if (response.status !== status)
    throw new Error(`fixture: ${what} gave ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** The world; `sessions: false` leaves out the roles' API tokens and web sessions (the fuzzer needs neither). */
export async function buildWorld(testApp: TestApp, options: { sessions?: boolean } = {}) {
  const people: Partial<Record<SignedInRole | 'helper' | 'panel' | 'spare', Client>> = {};
  const names: Record<SignedInRole | 'helper' | 'panel' | 'spare', [string, string]> = {
    resident: ['Fatima', '3511'],
    otherResident: ['Jan', '3512'],
    beheerder: ['Sanne', '3512'],
    otherBeheerder: ['Rob', '3011'],
    official: ['Marieke', '3512'],
    otherOfficial: ['Ahmed', '3011'],
    operator: ['Noor', '3511'],
    helper: ['Piet', '3521'],
    panel: ['Kees', '3521'],
    spare: ['Gerrit', '3521'],
  };
  for (const [key, [name, postcode]] of Object.entries(names))
    people[key as keyof typeof names] = await signedInClient(testApp, { name, postcode, password: PASSWORD });
  const person = (key: keyof typeof names) => people[key] as Client;
  await grantRole(testApp.db, person('operator').accountId, 'netwerkbeheer');
  await grantRole(testApp.db, person('panel').accountId, 'innovatiepanel');
  const operator = person('operator').client;

  const organisation = async (name: string, type: string, municipality: string) =>
    (await expectStatus(
      `organisation ${name}`,
      await operator.post('/organisations', { name, type, municipality }),
      201,
    )) as { id: string };
  const org = {
    welzijnUtrecht: (await organisation('Welzijn Utrecht Samen', 'welzijnsorganisatie', 'GM0344')).id,
    welzijnRotterdam: (await organisation('Welzijn Rotterdam', 'welzijnsorganisatie', 'GM0599')).id,
    gemeenteUtrecht: (await organisation('Gemeente Utrecht', 'gemeente', 'GM0344')).id,
    gemeenteRotterdam: (await organisation('Gemeente Rotterdam', 'gemeente', 'GM0599')).id,
    welzijnAmsterdam: (await organisation('Welzijn Amsterdam', 'welzijnsorganisatie', 'GM0363')).id,
  };
  const member = async (organisationId: string, who: keyof typeof names, role: string) =>
    expectStatus(
      `member ${who}`,
      await operator.post(`/organisations/${organisationId}/members`, { email: person(who).email, role }),
      201,
    );
  await member(org.welzijnUtrecht, 'beheerder', 'beheerder');
  await member(org.welzijnRotterdam, 'otherBeheerder', 'beheerder');
  await member(org.gemeenteUtrecht, 'official', 'medewerker');
  await member(org.gemeenteRotterdam, 'otherOfficial', 'medewerker');
  for (const [code, name, operatorOrganisation] of [
    ['GM0344', 'Utrecht voor elkaar', org.welzijnUtrecht],
    ['GM0599', 'Rotterdam voor elkaar', org.welzijnRotterdam],
  ] as const)
    await expectStatus(
      `marketplace ${code}`,
      await operator.post('/marketplaces', {
        municipality: code,
        operatorOrganisation,
        name,
        brandColor: '#0b5394',
        brandTextColor: '#ffffff',
      }),
      201,
    );

  async function freshPost(
    kind: PostKind,
    options: { concept?: boolean; inReview?: boolean; rotterdam?: boolean; title?: string } = {},
  ): Promise<string> {
    const extra: Record<string, unknown> = {};
    if (options.concept) extra.concept = true;
    if (options.inReview) extra.description = 'Bel mij even op 06-12345678 voor de boodschappen op dinsdag.';
    if (options.rotterdam) extra.postcode = '3011';
    if (options.title) extra.title = options.title;
    const body = postBody(kind, org.gemeenteUtrecht, extra);
    const created = await person(ownerOf(kind)).client.post(KIND_PATHS[kind], body);
    return ((await expectStatus(`post ${kind}`, created, 201)) as { id: string }).id;
  }
  /** A request of the resident with a response of the helper (Piet, not one of the roles): a conversation. */
  async function freshConversation(options: { reported?: boolean; resolved?: boolean; rotterdam?: boolean } = {}) {
    const postId = await freshPost('request', { rotterdam: options.rotterdam });
    const responded = await person('helper').client.post(`/help-requests/${postId}/responses`, {
      message: 'Ik woon om de hoek en help graag.',
    });
    const id = ((await expectStatus('response', responded, 201)) as { conversationId: string }).conversationId;
    if (options.reported || options.resolved) await reportConversation(id);
    if (options.resolved)
      await expectStatus(
        'resolve',
        await person('beheerder').client.post(`/moderation/conversations/${id}/resolve`),
        204,
      );
    return { postId, id };
  }
  const reportConversation = async (id: string) =>
    expectStatus(
      'report conversation',
      await person('resident').client.post(`/conversations/${id}/reports`, { reason: 'Vervelende berichten' }),
      204,
    );

  const byKind = async (options: Parameters<typeof freshPost>[1] = {}) => {
    const ids: Partial<Record<PostKind, string>> = {};
    for (const kind of KINDS) ids[kind] = await freshPost(kind, options);
    return ids as Record<PostKind, string>;
  };
  const posts = {
    open: await byKind(),
    concept: await byKind({ concept: true }),
    inReview: await byKind({ inReview: true }),
    rotterdamRequest: await freshPost('request', { rotterdam: true }),
  };
  await expectStatus(
    'report post',
    await person('otherResident').client.post(`/help-requests/${posts.open.request}/reports`, { reason: 'Vreemd' }),
    201,
  );
  const conversations = {
    quiet: (await freshConversation()).id,
    reported: (await freshConversation({ reported: true })).id,
    resolved: (await freshConversation({ resolved: true })).id,
    rotterdamReported: (await freshConversation({ reported: true, rotterdam: true })).id,
    /** reported again before every "mark handled" of the matrix */
    toResolve: (await freshConversation({ reported: true })).id,
    rotterdamToResolve: (await freshConversation({ reported: true, rotterdam: true })).id,
  };

  const initiative = (
    (await expectStatus(
      'initiative',
      await person('official').client.post('/initiatives', initiativeBody(org.gemeenteUtrecht)),
      201,
    )) as { id: string }
  ).id;
  const advice = (
    (await expectStatus(
      'advice',
      await person('panel').client.post(`/initiatives/${initiative}/advice`, { body: 'Betrek de wijkteams erbij.' }),
      201,
    )) as { id: string }
  ).id;
  const putLogo = async () =>
    expectStatus(
      'logo',
      await operator.put('/marketplaces/GM0344/logo', { contentType: 'image/png', data: PNG.toString('base64') }),
      204,
    );
  await putLogo();

  // Every role's API token and web session.
  const tokens: Partial<Record<SignedInRole, string>> = {};
  const web: Partial<Record<Role, Web>> = {};
  const credentials = (role: SignedInRole) => ({ email: person(role).email, password: PASSWORD });
  async function newToken(role: SignedInRole): Promise<string> {
    const issued = await apiClient(testApp).post('/tokens', credentials(role));
    return ((await expectStatus(`token ${role}`, issued, 201)) as { token: string }).token;
  }
  async function newSession(role: Role): Promise<Web> {
    const client = webClient(testApp);
    await client.get('/inloggen'); // the login form: the CSRF token before login
    if (role === 'anonymous') return Object.assign(client, { csrfToken: client.csrf() });
    const login = await client.post('/inloggen', credentials(role));
    if (login.status !== 303) throw new Error(`fixture: web login of ${role} gave ${login.status}`);
    await client.get('/privacy'); // a page with the logout form: the CSRF token of this session
    return Object.assign(client, { csrfToken: client.csrf() });
  }
  if (options.sessions !== false)
    for (const role of ROLES) {
      if (role !== 'anonymous') tokens[role] = await newToken(role);
      web[role] = await newSession(role);
    }

  return {
    testApp,
    org,
    posts,
    conversations,
    initiative,
    advice,
    accounts: Object.fromEntries(
      Object.entries(people).map(([key, client]) => [key, { id: client.accountId, email: client.email }]),
    ) as Record<keyof typeof names, { id: string; email: string }>,
    firstName: (role: SignedInRole) => names[role][0],
    postcodeOf: (role: SignedInRole) => names[role][1],
    /** The API as one of the people of the world (for setting things up, not for the matrix itself). */
    as: (who: keyof typeof names) => person(who).client,
    anonymousApi: () => apiClient(testApp, { ip: freshIp() }),
    ownerOf,
    freshPost,
    freshConversation,
    reportConversation,
    putLogo,
    token: (role: Role) => (role === 'anonymous' ? undefined : tokens[role]),
    web: (role: Role) => web[role] as Web,
    newToken,
    newSession,
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;
