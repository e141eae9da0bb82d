import { MUNICIPALITY_CODE } from '../../core/vocabulary';
import { z } from '@hono/zod-openapi';
import { optionalText, postcode4, text } from '../../core/http/fields';
import { CATEGORIES, WHEN_KINDS } from './rules';

const today = () => new Date().toISOString().slice(0, 10);

export const WhenSchema = z
  .object({
    kind: z.enum(WHEN_KINDS, { error: 'validation.whenKind' }),
    date: z.iso.date({ error: 'validation.date' }).optional().openapi({ format: 'date', example: '2026-12-15' }),
    text: optionalText({ max: 200 }).openapi({ example: 'elke dinsdagochtend' }),
  })
  .superRefine((when, context) => {
    if (when.kind === 'once' && !when.date)
      context.addIssue({ code: 'custom', path: ['date'], message: 'validation.dateRequired' });
    if (when.date && when.date < today())
      context.addIssue({ code: 'custom', path: ['date'], message: 'validation.dateInPast' });
  })
  .openapi('When');

export const PostInputSchema = z
  .object({
    title: text({ max: 120 }).openapi({ example: 'Hulp bij boodschappen op dinsdag' }),
    description: text({ max: 4000 }),
    category: z.enum(CATEGORIES, { error: 'validation.category' }),
    postcode: postcode4().openapi({ description: 'Alleen de 4 cijfers worden bewaard en getoond; nooit een adres.' }),
    when: WhenSchema,
    municipality: z
      .string()
      .regex(MUNICIPALITY_CODE, 'validation.municipalityCode')
      .optional()
      .openapi({ description: 'Standaard de gemeente van de postcode.' }),
    onBehalfOf: z
      .object({ clientFirstName: text({ max: 60 }) })
      .optional()
      .openapi({ description: 'Een professional plaatst de hulpvraag namens een cliënt.' }),
    organisation: z
      .string()
      .uuid('validation.id')
      .optional()
      .openapi({ description: 'Voor een vacature: de organisatie; namens een cliënt: uw organisatie.' }),
    hoursPerWeek: z
      .number({ error: 'validation.number' })
      .int('validation.number')
      .min(1, 'validation.min')
      .max(40, 'validation.max')
      .optional(),
    concept: z.boolean({ error: 'validation.boolean' }).optional().openapi({
      description: 'Bewaren als concept: nog voor niemand anders zichtbaar; later plaatsen met …/publish.',
    }),
  })
  .openapi('NewPost');
export type PostInput = z.infer<typeof PostInputSchema>;

export const ResponseInputSchema = z.object({ message: text({ max: 2000 }) }).openapi('NewResponse');
export const MessageInputSchema = z.object({ body: text({ max: 2000 }) }).openapi('NewMessage');
export const CloseInputSchema = z
  .object({ matchedResponseId: z.string().uuid('validation.id').optional(), reason: text({ max: 500 }) })
  .openapi('ClosePost');
export const ReportInputSchema = z.object({ reason: text({ max: 1000 }) }).openapi('NewReport');

const color = z
  .string({ error: 'validation.required' })
  .regex(/^#[0-9a-fA-F]{6}$/, 'validation.color')
  .transform((value) => value.toLowerCase());

export const MarketplaceInputSchema = z
  .object({
    municipality: z.string({ error: 'validation.required' }).regex(MUNICIPALITY_CODE, 'validation.municipalityCode'),
    operatorOrganisation: z.string({ error: 'validation.required' }).uuid('validation.id'),
    name: text({ max: 100 }).openapi({ example: 'Utrecht voor elkaar' }),
    brandColor: color.openapi({ example: '#0b5394' }),
    brandTextColor: color.openapi({ example: '#ffffff' }),
    premoderation: z.boolean().default(false),
    disabledCategories: z.array(z.enum(CATEGORIES, { error: 'validation.category' })).default([]),
    showNeighbours: z.boolean().default(true),
    expiryWeeks: z.number().int().min(1, 'validation.min').max(52, 'validation.max').default(8),
    followUpDays: z.number().int().min(1, 'validation.min').max(60, 'validation.max').default(7),
  })
  .openapi('NewMarketplace');
export type MarketplaceInput = z.infer<typeof MarketplaceInputSchema>;

/** A beheerder's (or the operator's) changes to a marketplace: only the fields sent change. */
export const MarketplaceSettingsSchema = z
  .object({
    name: text({ max: 100 }).optional(),
    brandColor: color.optional(),
    brandTextColor: color.optional(),
    premoderation: z.boolean({ error: 'validation.boolean' }).optional(),
    disabledCategories: z.array(z.enum(CATEGORIES, { error: 'validation.category' })).optional(),
    showNeighbours: z.boolean({ error: 'validation.boolean' }).optional(),
    expiryWeeks: z
      .number({ error: 'validation.number' })
      .int('validation.number')
      .min(1, 'validation.min')
      .max(52, 'validation.max')
      .optional(),
    followUpDays: z
      .number({ error: 'validation.number' })
      .int('validation.number')
      .min(1, 'validation.min')
      .max(60, 'validation.max')
      .optional(),
    status: z
      .enum(['live', 'paused'], { error: 'validation.marketplaceStatus' })
      .optional()
      .openapi({ description: 'paused: geen nieuwe plaatsingen; wat er staat blijft zichtbaar' }),
  })
  .openapi('MarketplaceSettings');
export type MarketplaceSettingsChange = z.infer<typeof MarketplaceSettingsSchema>;

export const LogoInputSchema = z
  .object({
    contentType: z.enum(['image/png', 'image/svg+xml'], { error: 'validation.logoType' }),
    data: z
      .string({ error: 'validation.required' })
      .max(300_000, 'validation.logoSize')
      .openapi({ description: 'Het bestand in base64, hoogstens 200 kB' }),
  })
  .openapi('LogoUpload');

/** Changes by the owner; the place (postcode) and kind stay as they were. */
export const PostChangeSchema = z
  .object({
    title: text({ max: 120 }).optional(),
    description: text({ max: 4000 }).optional(),
    category: z.enum(CATEGORIES, { error: 'validation.category' }).optional(),
    when: WhenSchema.optional(),
    hoursPerWeek: z
      .number({ error: 'validation.number' })
      .int('validation.number')
      .min(1, 'validation.min')
      .max(40, 'validation.max')
      .optional(),
  })
  .openapi('PostChange');
export type PostChange = z.infer<typeof PostChangeSchema>;
