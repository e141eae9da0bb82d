import { z } from '@hono/zod-openapi';

/**
 * The words every module shares, defined once: how a municipality is named, how long a text may
 * be, what an id looks like. Schemas for forms and the API are built from these (core/http/fields.ts).
 */

/** A municipality's CBS code: "GM" and four digits, such as GM0344 (Utrecht). */
export const MUNICIPALITY_CODE = /^GM[0-9]{4}$/;
export const isMunicipalityCode = (value: string) => MUNICIPALITY_CODE.test(value);

/** A Dutch 4-digit postcode area (1000–9999): never more of an address than this is shown. */
export const PC4 = /^[1-9][0-9]{3}$/;

/** Opaque ids are UUIDs. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isId = (value: string) => UUID.test(value);

/** How long texts may be, in characters. */
export const TEXT_LIMITS = {
  /** a person's or an organisation's name */
  name: 100,
  /** a post's or an initiative's title */
  title: 120,
  /** a post's description */
  description: 4000,
  /** a message in a conversation, a response, a summary or an experiment's field */
  message: 2000,
  /** the reason for a report, a decision or a refusal */
  reason: 500,
} as const;

/** Lists page with `page` (from 1) and `pageSize` (at most 100), and answer with the total. */
export const PAGE_SIZE_MAX = 100;

export const municipalityCode = () =>
  z
    .string({ error: 'validation.municipalityCode' })
    .regex(MUNICIPALITY_CODE, 'validation.municipalityCode')
    .openapi({ example: 'GM0344', description: 'CBS-code van de gemeente' });
