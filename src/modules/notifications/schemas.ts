import { z } from '@hono/zod-openapi';
import { FREQUENCIES } from '../../core/notifications';

export const frequency = () =>
  z.enum(FREQUENCIES, { error: 'validation.frequency' }).openapi({ description: 'instant, daily, weekly of off' });

export const NotificationSchema = z
  .object({
    id: z.string(),
    kind: z.string().openapi({ example: 'marketplace.response' }),
    title: z.string(),
    body: z.string(),
    path: z.string().openapi({ description: 'waar het over gaat, op Samen', example: '/gesprekken/…' }),
    createdAt: z.string().openapi({ format: 'date-time' }),
    read: z.boolean(),
  })
  .openapi('Notification');

export const NotificationsQuery = z.object({
  unread: z
    .enum(['true', 'false'], { error: 'notifications.validation.trueFalse' })
    .optional()
    .transform((value) => value === 'true')
    .openapi({ description: 'true: alleen ongelezen' }),
});

export const NotificationIdParam = z.object({
  id: z
    .string()
    .uuid('notifications.problem.notFound')
    .openapi({ param: { name: 'id', in: 'path' }, example: '0b7c6f9e-3f5a-4c1e-9d2a-1e8f4b6a7c90' }),
});

const KindSettingSchema = z
  .object({
    kind: z.string(),
    half: z.enum(['helpen', 'innoveren', 'opschalen']),
    label: z.string(),
    frequency: frequency(),
    defaultFrequency: frequency(),
  })
  .openapi('NotificationKindSetting');

export const NotificationSettingsSchema = z
  .object({
    allMail: z.boolean().openapi({ description: 'false: geen enkele mail over meldingen' }),
    kinds: z.array(KindSettingSchema),
  })
  .openapi('NotificationSettings');

export const NotificationSettingsChange = z
  .object({
    allMail: z.boolean({ error: 'notifications.validation.trueFalse' }).optional(),
    kinds: z
      .array(z.object({ kind: z.string().max(80, 'validation.tooLong'), frequency: frequency() }).strict())
      .max(50, 'validation.max')
      .optional(),
  })
  .strict()
  .openapi('NotificationSettingsChange');
