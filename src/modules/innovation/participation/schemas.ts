import { z } from '@hono/zod-openapi';
import { municipalityCode } from '../../../core/vocabulary';
import { MunicipalityRef } from '../http';
import { PARTICIPANT_ROLES } from '../vocabulary';

export const ParticipationSchema = z
  .object({
    municipality: municipalityCode()
      .optional()
      .openapi({ description: 'Neem deel namens deze gemeente (haar gemeente-organisatie).' }),
    organisation: z.string().uuid('validation.id').optional().openapi({ description: 'Of namens deze organisatie.' }),
    role: z.enum(PARTICIPANT_ROLES, { error: 'validation.participantRole' }),
  })
  .refine((value) => !!value.municipality !== !!value.organisation, {
    message: 'validation.municipalityOrOrganisation',
    path: ['municipality'],
  })
  .openapi('NewParticipant');
export type Participation = z.infer<typeof ParticipationSchema>;

export const ParticipantSchema = z
  .object({
    organisationId: z.string(),
    organisationName: z.string(),
    municipality: MunicipalityRef.nullable(),
    role: z.enum(PARTICIPANT_ROLES),
    contactName: z.string().nullable().openapi({ description: 'Voornaam van de contactpersoon' }),
    joinedAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('Participant');
