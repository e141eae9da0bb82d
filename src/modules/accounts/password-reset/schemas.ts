import { z } from '@hono/zod-openapi';
import { email, password } from '../../../core/http/fields';
import { linkToken } from '../fields';

export const ResetRequestSchema = z
  .object({ email: email({ required: 'validation.yourEmail' }) })
  .openapi('PasswordResetRequest');

export const ResetSchema = z.object({ token: linkToken(), password: password() }).openapi('PasswordReset');
