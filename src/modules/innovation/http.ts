import { z } from '@hono/zod-openapi';

/** What the API routes of Samen innoveren share: their tag, the id in their path, JSON bodies. */
export const tags = ['Innovatie'];

export const MunicipalityRef = z.object({ code: z.string(), name: z.string() }).openapi('MunicipalityRef');

/** A uuid path parameter, checked before any handler runs. */
export const uuidParam = (name: string) =>
  z
    .string()
    .uuid('validation.id')
    .openapi({ param: { name, in: 'path' } });

export const idParam = z.object({ id: uuidParam('id') });

export { jsonBody } from '../../core/http/api';
