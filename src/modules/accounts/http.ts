/** What the API routes of the accounts module share. */
export const tags = ['Accounts'];

export const jsonBody = <T>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});
