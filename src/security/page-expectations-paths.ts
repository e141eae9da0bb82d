// Who may do what on the pages of issue 14's paths: changing an initiative, "Neem contact op" and
// the conversations about an initiative.
import { onlyPage, SIGNED_IN_PAGE, type Table, who } from './matrix';
import { initiativeConversation } from './paths-fixtures';
import { initiativeBody, type World } from './world';

/** The fixture initiative's own texts: sending them changes nothing that other cases rely on. */
const sameInitiative = (w: World) => {
  const { organisation: _, ...body } = initiativeBody(w.org.gemeenteUtrecht);
  return body;
};
/** Who works for an organisation may write to the contact person (Marieke, official); she herself gets 409. */
const CONTACT = who({
  anonymous: 'login',
  resident: 403,
  otherResident: 403,
  operator: 403,
  official: 409,
  rest: 'allow',
});
/** A conversation between Ahmed (otherOfficial) and Marieke (official): theirs alone. */
const PARTIES = onlyPage(['official', 'otherOfficial']);

export const pathsPageExpectations: Table = {
  'GET /innovatie/:id/bewerken': {
    note: 'members of the owner (Gemeente Utrecht)',
    expect: onlyPage(['official', 'operator']),
    call: (w) => ({ params: { id: w.initiative } }),
  },
  'POST /innovatie/:id/bewerken': {
    note: 'members of the owner (Gemeente Utrecht)',
    expect: onlyPage(['official', 'operator']),
    call: (w) => ({ params: { id: w.initiative }, form: sameInitiative(w) }),
  },
  'GET /innovatie/:id/contact': {
    note: 'the form, or — once written — a redirect to the conversation',
    expect: CONTACT,
    call: (w) => ({ params: { id: w.initiative } }),
  },
  'POST /innovatie/:id/contact': {
    expect: CONTACT,
    call: (w) => ({ params: { id: w.initiative }, form: { message: 'Wij doen iets vergelijkbaars.' } }),
  },
  'GET /innovatie/gesprekken': { expect: SIGNED_IN_PAGE },
  'GET /innovatie/gesprekken/:conversationId': {
    expect: PARTIES,
    call: async (w) => ({ params: { conversationId: await initiativeConversation(w) } }),
  },
  'POST /innovatie/gesprekken/:conversationId': {
    expect: PARTIES,
    call: async (w) => ({ params: { conversationId: await initiativeConversation(w) }, form: { body: 'Dank u.' } }),
  },
};
