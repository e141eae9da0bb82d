// Who may do what with notifications and saved searches in the API: every signed-in person has
// their own; someone else's (or a made-up) id is 404, as if it did not exist.
import { SIGNED_IN, type Table, who } from './matrix';

export const notificationExpectations: Table = {
  'GET /me/notifications': { expect: SIGNED_IN },
  'POST /me/notifications/{id}/read': {
    note: "someone else's or a made-up notification: 404 (own ones: notifications.api.test.ts)",
    expect: who({ anonymous: 401, rest: 404 }),
    call: () => ({ params: { id: '0b7c6f9e-3f5a-4c1e-9d2a-1e8f4b6a7c90' } }),
  },
  'GET /me/notification-settings': { expect: SIGNED_IN },
  'PUT /me/notification-settings': {
    expect: SIGNED_IN,
    call: () => ({ body: { kinds: [{ kind: 'marketplace.message', frequency: 'instant' }] } }),
  },
  'GET /me/saved-searches': { expect: SIGNED_IN },
  'POST /me/saved-searches': {
    expect: SIGNED_IN,
    call: () => ({ body: { kind: 'request', q: 'matrix', frequency: 'weekly' } }),
  },
  'DELETE /me/saved-searches/{id}': {
    note: "someone else's or a made-up search: 404",
    expect: who({ anonymous: 401, rest: 404 }),
    call: () => ({ params: { id: '0b7c6f9e-3f5a-4c1e-9d2a-1e8f4b6a7c90' } }),
  },
};
