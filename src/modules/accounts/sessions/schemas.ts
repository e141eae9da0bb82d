import { z } from '@hono/zod-openapi';
import { email } from '../../../core/http/fields';
import { currentPassword } from '../fields';

export const LoginSchema = z
  .object({ email: email({ required: 'validation.yourEmail' }), password: currentPassword() })
  .openapi('Credentials');

export const ApiTokenSchema = z
  .object({ token: z.string(), expiresAt: z.string().openapi({ format: 'date-time' }) })
  .openapi('ApiToken');
