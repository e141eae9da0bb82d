import { z } from '@hono/zod-openapi';
import { text } from '../../../core/http/fields';
import type { FormValues } from '../../../core/http/forms';
import { single } from '../../../core/views/components';
import { municipalityCode, TEXT_LIMITS } from '../../../core/vocabulary';
import { CATEGORIES } from '../rules';

const color = z
  .string({ error: 'validation.color' })
  .regex(/^#[0-9a-fA-F]{6}$/, 'validation.color')
  .transform((value) => value.toLowerCase());

const weeks = z.number({ error: 'validation.number' }).int('validation.number').min(1, 'validation.min');

export const MarketplaceInputSchema = z
  .object({
    municipality: municipalityCode(),
    operatorOrganisation: z.string({ error: 'validation.operatorOrganisation' }).uuid('validation.id'),
    name: text({ max: TEXT_LIMITS.name, required: 'validation.marketplaceName' }).openapi({
      example: 'Utrecht voor elkaar',
    }),
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
    name: text({ max: TEXT_LIMITS.name, required: 'validation.marketplaceName' }).optional(),
    brandColor: color.optional(),
    brandTextColor: color.optional(),
    premoderation: z.boolean({ error: 'validation.boolean' }).optional(),
    disabledCategories: z.array(z.enum(CATEGORIES, { error: 'validation.category' })).optional(),
    showNeighbours: z.boolean({ error: 'validation.boolean' }).optional(),
    expiryWeeks: weeks.max(52, 'validation.max').optional(),
    followUpDays: weeks.max(60, 'validation.max').optional(),
    autoHideReports: z
      .number({ error: 'validation.autoHideReports' })
      .int('validation.autoHideReports')
      .min(2, 'validation.autoHideReports')
      .max(10, 'validation.autoHideReports')
      .optional()
      .openapi({ description: 'Na meldingen van zoveel verschillende accounts wordt een plaatsing verborgen (2–10).' }),
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
      .string({ error: 'settings.logoMissing' })
      .max(300_000, 'validation.logoSize')
      .openapi({ description: 'Het bestand in base64, hoogstens 200 kB' }),
  })
  .openapi('LogoUpload');

/** The settings form's fields → the API's settings shape, so one schema checks both. */
function settingsFrom(values: FormValues) {
  const list = (name: string) => {
    const value = values[name];
    return Array.isArray(value) ? value : value ? [value] : [];
  };
  const whole = (name: string) => {
    const text = single(values[name])?.trim();
    return text && /^-?\d+$/.test(text) ? Number(text) : text;
  };
  return {
    name: single(values.name),
    brandColor: single(values.brandColor)?.trim(),
    brandTextColor: single(values.brandTextColor)?.trim(),
    premoderation: list('options').includes('premoderation'),
    showNeighbours: list('options').includes('showNeighbours'),
    disabledCategories: list('disabledCategories'),
    expiryWeeks: whole('expiryWeeks'),
    followUpDays: whole('followUpDays'),
    autoHideReports: whole('autoHideReports'),
    status: single(values.status),
  };
}

export const MarketplaceSettingsForm = z.preprocess(
  (values) => settingsFrom(values as FormValues),
  MarketplaceSettingsSchema,
);
/** A checkbox's error ("disabledCategories.0") is shown on its group. */
export const settingsFieldOf = (path: string) => path.replace(/\.\d+$/, '');
