import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, iso, select } from '../../../core/db';
import { PARTICIPANT_ROLES, type ParticipantRole } from '../vocabulary';

const ParticipantRow = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  organisationType: z.string(),
  municipalityCode: z.string().nullable(),
  municipalityName: z.string().nullable(),
  municipalitySlug: z.string().nullable(),
  role: z.enum(PARTICIPANT_ROLES),
  contactFirstName: z.string().nullable(),
  joinedAt: z.string(),
});
export type Participant = z.infer<typeof ParticipantRow>;

/** Co-developers first, then followers, each by name. */
export function participantsOf(db: Executor, initiativeId: string): Promise<Participant[]> {
  return select(
    db,
    ParticipantRow,
    sql`SELECT p.organisation_id AS "organisationId", o.name AS "organisationName", o.type AS "organisationType",
               p.municipality_code AS "municipalityCode", m.name AS "municipalityName",
               m.slug AS "municipalitySlug", p.role, a.first_name AS "contactFirstName",
               ${iso('p.joined_at')} AS "joinedAt"
          FROM initiative_participants p JOIN organisations o ON o.id = p.organisation_id
          LEFT JOIN municipalities m ON m.code = p.municipality_code
          LEFT JOIN accounts a ON a.id = p.contact_account_id
         WHERE p.initiative_id = ${initiativeId}
         ORDER BY p.role = 'follower', o.name`,
  );
}

const Done = z.object({ done: z.literal(1) });

/** Inserts a participant; returns false when the organisation already takes part. */
export async function insertParticipant(
  db: Executor,
  participant: {
    initiativeId: string;
    organisationId: string;
    municipalityCode: string | null;
    role: ParticipantRole;
    contactAccountId: string | null;
    joinedAt?: string | undefined;
  },
): Promise<boolean> {
  const inserted = await select(
    db,
    Done,
    sql`INSERT INTO initiative_participants (initiative_id, organisation_id, municipality_code, role,
                                             contact_account_id, joined_at)
        VALUES (${participant.initiativeId}, ${participant.organisationId}, ${participant.municipalityCode},
                ${participant.role}, ${participant.contactAccountId},
                coalesce(${participant.joinedAt ?? null}::timestamptz, now()))
        ON CONFLICT (initiative_id, organisation_id) DO NOTHING RETURNING 1 AS done`,
  );
  return inserted.length > 0;
}

/** Removes a participant; returns false when the organisation did not take part. */
export async function deleteParticipant(db: Executor, initiativeId: string, organisationId: string): Promise<boolean> {
  const deleted = await select(
    db,
    Done,
    sql`DELETE FROM initiative_participants
         WHERE initiative_id = ${initiativeId} AND organisation_id = ${organisationId} RETURNING 1 AS done`,
  );
  return deleted.length > 0;
}

const ParticipationContactRow = z.object({ initiativeId: z.string(), role: z.enum(PARTICIPANT_ROLES) });

/** Where a person is the contact of a participating organisation (AVG export). */
export function participationContactOf(db: Executor, accountId: string) {
  return select(
    db,
    ParticipationContactRow,
    sql`SELECT initiative_id AS "initiativeId", role FROM initiative_participants
         WHERE contact_account_id = ${accountId}`,
  );
}
