/** What the API routes of the accounts module share. */
export const tags = ['Accounts'];

export { jsonBody } from '../../core/http/api';
