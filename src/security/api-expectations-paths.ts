// Who may do what in the API routes of issue 14's paths: "Neem contact op" and the conversations
// about an initiative (its two parties only; not even the operator).
import { only, SIGNED_IN, type Table, who } from './matrix';
import { initiativeConversation } from './paths-fixtures';

/** Who works for an organisation may write to the contact person (Marieke, official); she herself gets 409. */
const CONTACT = who({ anonymous: 401, resident: 403, otherResident: 403, operator: 403, official: 409, rest: 'allow' });
/** A conversation between Ahmed (otherOfficial) and Marieke (official): theirs alone. */
const PARTIES = only(['official', 'otherOfficial']);

export const pathsApiExpectations: Table = {
  'POST /initiatives/{id}/conversations': {
    note: 'members of an organisation, not the contact person herself; the operator does not take part',
    expect: CONTACT,
    call: (w) => ({ params: { id: w.initiative }, body: { message: 'Wij doen iets vergelijkbaars.' } }),
  },
  'GET /initiative-conversations': { expect: SIGNED_IN },
  'GET /initiative-conversations/{id}': {
    expect: PARTIES,
    call: async (w) => ({ params: { id: await initiativeConversation(w) } }),
  },
  'POST /initiative-conversations/{id}/messages': {
    expect: PARTIES,
    call: async (w) => ({ params: { id: await initiativeConversation(w) }, body: { body: 'Dank voor uw bericht.' } }),
  },
};
