import { type SQL, sql } from 'drizzle-orm';
import { bounds, inScope } from './sql';

// Residents ask: they place a request or respond to an offer. Volunteers help: they place an offer
// or respond to a request or a vacancy.

/** A person's latest act in a role on a marketplace before `before` (NULL: none), looked up by index. */
const latestActBefore = (role: 'resident' | 'volunteer', before: SQL) => {
  const [ownKind, answeredKinds] = role === 'resident' ? [`'request'`, `'offer'`] : [`'offer'`, `'request', 'vacancy'`];
  // LATERAL … ORDER BY … LIMIT 1 on the history indexes: an anti-join would be planned as a hash
  // over every post and response
  return sql`(SELECT max(at) FROM (
      (SELECT e.published_at AS at FROM posts e
        WHERE e.author_account_id = pe.account_id AND e.municipality_code = pe.municipality_code
          AND e.kind = ${sql.raw(ownKind)} AND e.published_at < ${before}
        ORDER BY e.published_at DESC LIMIT 1)
      UNION ALL
      (SELECT e.created_at FROM responses e JOIN posts q ON q.id = e.post_id AND q.kind IN (${sql.raw(answeredKinds)})
        WHERE e.responder_account_id = pe.account_id AND e.municipality_code = pe.municipality_code
          AND e.created_at < ${before}
        ORDER BY e.created_at DESC LIMIT 1)) latest)`;
};

/**
 * Who took part in the month, one row per person: as a volunteer (and whether this is their first
 * active month of the calendar quarter and year), as a resident, and whether it is their first time
 * on this marketplace in that role.
 */
export function freshPeople(month: string, codes: readonly string[] | null): SQL {
  return sql`
      WITH acts AS (
        SELECT p.municipality_code, p.author_account_id AS account_id, 'resident' AS role
          FROM ${bounds(month)} JOIN posts p ON p.kind = 'request'
           AND p.published_at >= b.lo AND p.published_at < b.hi ${inScope(sql`p.municipality_code`, codes)}
         WHERE p.author_account_id IS NOT NULL
        UNION ALL
        SELECT r.municipality_code, r.responder_account_id, 'resident'
          FROM ${bounds(month)} JOIN responses r ON r.created_at >= b.lo AND r.created_at < b.hi
               ${inScope(sql`r.municipality_code`, codes)}
          JOIN posts p ON p.id = r.post_id AND p.kind = 'offer'
         WHERE r.responder_account_id IS NOT NULL
        UNION ALL
        SELECT p.municipality_code, p.author_account_id, 'volunteer'
          FROM ${bounds(month)} JOIN posts p ON p.kind = 'offer'
           AND p.published_at >= b.lo AND p.published_at < b.hi ${inScope(sql`p.municipality_code`, codes)}
         WHERE p.author_account_id IS NOT NULL
        UNION ALL
        SELECT r.municipality_code, r.responder_account_id, 'volunteer'
          FROM ${bounds(month)} JOIN responses r ON r.created_at >= b.lo AND r.created_at < b.hi
               ${inScope(sql`r.municipality_code`, codes)}
          JOIN posts p ON p.id = r.post_id AND p.kind IN ('request', 'vacancy')
         WHERE r.responder_account_id IS NOT NULL
      ),
      people AS (
        SELECT municipality_code, account_id, bool_or(role = 'volunteer') AS volunteer,
               bool_or(role = 'resident') AS resident
          FROM acts GROUP BY 1, 2
      )
      SELECT pe.municipality_code, ${month}::date AS month, pe.account_id, pe.volunteer,
             pe.volunteer AND (helped.at IS NULL OR helped.at < b.quarter_lo) AS first_in_quarter,
             pe.volunteer AND (helped.at IS NULL OR helped.at < b.year_lo) AS first_in_year,
             pe.resident AND asked.at IS NULL AS new_resident,
             pe.volunteer AND helped.at IS NULL AS new_volunteer
        FROM people pe
        CROSS JOIN ${bounds(month)}
        LEFT JOIN LATERAL (SELECT ${latestActBefore('resident', sql`b.lo`)} AS at) asked ON pe.resident
        LEFT JOIN LATERAL (SELECT ${latestActBefore('volunteer', sql`b.lo`)} AS at) helped ON pe.volunteer`;
}

/** The month's people as counts per marketplace: what report_people_months stores. */
export function freshPeopleMonths(month: string, codes: readonly string[] | null): SQL {
  return sql`
      SELECT municipality_code, month,
             count(*) FILTER (WHERE volunteer)::int AS active_volunteers,
             count(*) FILTER (WHERE first_in_quarter)::int AS quarter_volunteers,
             count(*) FILTER (WHERE first_in_year)::int AS year_volunteers,
             count(*) FILTER (WHERE new_resident)::int AS new_residents,
             count(*) FILTER (WHERE new_volunteer)::int AS new_volunteers
        FROM (${freshPeople(month, codes)}) people
       GROUP BY 1, 2`;
}

/** The month's volunteers, one row each: what report_people stores. */
export function freshVolunteers(month: string, codes: readonly string[] | null): SQL {
  return sql`SELECT municipality_code, month, account_id FROM (${freshPeople(month, codes)}) people WHERE volunteer`;
}
