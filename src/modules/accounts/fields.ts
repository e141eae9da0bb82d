import { z } from '@hono/zod-openapi';

/** A token from a link in a mail (the link itself carries it). */
export const linkToken = () =>
  z.string({ error: 'validation.linkToken' }).min(1, 'validation.linkToken').max(200, 'validation.tooLong');

/** The password a person types to prove it is them (login, deleting the account): never checked for strength. */
export const currentPassword = () =>
  z.string({ error: 'validation.yourPassword' }).min(1, 'validation.yourPassword').max(128, 'validation.tooLong');
