import { z } from '@hono/zod-openapi';
import { email, text, webAddress } from '../../core/http/fields';
import { municipalityCode, TEXT_LIMITS } from '../../core/vocabulary';
import { MEMBERSHIP_ROLES, ORGANISATION_TYPES } from './vocabulary';

export const OrganisationSchema = z
  .object({
    id: z.string().openapi({ example: '6f1c2a7e-3b1d-4f7a-9a53-2d1e0c9b8a11' }),
    name: z.string().openapi({ example: 'Welzijn Utrecht Samen' }),
    type: z.enum(ORGANISATION_TYPES),
    municipalityCode: z.string().nullable().openapi({ example: 'GM0344' }),
    website: z.string().nullable(),
    createdAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('Organisation');

export const NewOrganisationSchema = z
  .object({
    name: text({ max: TEXT_LIMITS.name, required: 'validation.organisationName' }),
    type: z.enum(ORGANISATION_TYPES, { error: 'validation.organisationType' }),
    municipality: municipalityCode().optional(),
    website: webAddress().optional(),
  })
  .openapi('NewOrganisation');
export type NewOrganisation = z.infer<typeof NewOrganisationSchema>;

export const NewMemberSchema = z
  .object({
    email: email(),
    role: z.enum(MEMBERSHIP_ROLES, { error: 'validation.membershipRole' }),
  })
  .openapi('NewMember');
export type NewMember = z.infer<typeof NewMemberSchema>;

export const MembershipSchema = z
  .object({ accountId: z.string(), role: z.enum(MEMBERSHIP_ROLES) })
  .openapi('Membership');
