// Who may see and change notifications, their settings and saved searches on the pages; the
// unsubscribe link works without a session (RFC 8058) but only with a valid signed token.
import { SIGNED_IN_PAGE, type Table, who } from './matrix';

export const notificationPageExpectations: Table = {
  'GET /meldingen': { expect: SIGNED_IN_PAGE },
  'GET /meldingen/instellingen': { expect: SIGNED_IN_PAGE },
  'POST /meldingen/instellingen': { expect: SIGNED_IN_PAGE, call: () => ({ form: { alleMail: 'aan' } }) },
  'POST /meldingen/alles-gelezen': { expect: SIGNED_IN_PAGE },
  'GET /meldingen/:id': {
    note: "someone else's or a made-up notification",
    expect: who({ anonymous: 'login', rest: 404 }),
    call: () => ({ params: { id: '0b7c6f9e-3f5a-4c1e-9d2a-1e8f4b6a7c90' } }),
  },
  'POST /meldingen/:id/gelezen': {
    note: "someone else's or a made-up notification",
    expect: who({ anonymous: 'login', rest: 404 }),
    call: () => ({ params: { id: '0b7c6f9e-3f5a-4c1e-9d2a-1e8f4b6a7c90' } }),
  },
  'GET /afmelden/:token': {
    note: 'the signed link from a mail; a made-up one is refused whoever asks',
    expect: who({ rest: 400 }),
    call: () => ({ params: { token: 'bm90LWEtdG9rZW4.bm90LWEtc2lnbmF0dXJl' } }),
  },
  'POST /afmelden/:token': {
    note: 'RFC 8058 one-click: no session or CSRF token, only the signed link',
    expect: who({ rest: 400 }),
    call: () => ({ params: { token: 'bm90LWEtdG9rZW4.bm90LWEtc2lnbmF0dXJl' } }),
  },
  'GET /mijn-zoekopdrachten': { expect: SIGNED_IN_PAGE },
  'POST /mijn-zoekopdrachten': {
    expect: SIGNED_IN_PAGE,
    call: () => ({ form: { kind: 'offer', q: 'matrix', frequency: 'weekly' } }),
  },
  'POST /mijn-zoekopdrachten/:id/verwijderen': {
    note: "someone else's or a made-up search",
    expect: who({ anonymous: 'login', rest: 404 }),
    call: () => ({ params: { id: '0b7c6f9e-3f5a-4c1e-9d2a-1e8f4b6a7c90' } }),
  },
};
