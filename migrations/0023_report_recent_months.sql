-- Reports whose cost does not grow with the data (issue 12, docs/reports.md).
--
-- 1. Recent months are stored too. Only one figure depends on the clock rather than on an event:
--    a request becomes "unmet" when a week passes without a response. A stored month is therefore
--    valid until the first of its requests still waiting for a response reaches its week
--    (valid_until; NULL: no such request, valid until an event changes the month). The triggers of
--    0021 still forget a month on every event; the report computes a month fresh when it is not
--    stored or no longer valid, and the job stores it again.
ALTER TABLE report_built_months ADD COLUMN valid_until timestamptz;

-- 2. People per month as counts, so a report of a calendar month, quarter or year sums stored rows
--    instead of counting distinct people over every month. New residents and new volunteers are
--    first times, so they add up over any months. Active volunteers are counted once per period:
--    quarter_volunteers counts the volunteers for whom this month is their first active month of
--    its calendar quarter, year_volunteers of its calendar year. Other periods count distinct
--    volunteers in report_people, which now holds volunteers only (residents are only ever summed).
CREATE TABLE report_people_months (
  municipality_code text NOT NULL REFERENCES marketplaces (municipality_code) ON DELETE CASCADE,
  month date NOT NULL,
  active_volunteers integer NOT NULL,
  quarter_volunteers integer NOT NULL,
  year_volunteers integer NOT NULL,
  new_residents integer NOT NULL,
  new_volunteers integer NOT NULL,
  PRIMARY KEY (municipality_code, month)
);

DROP TABLE report_people;
CREATE TABLE report_people (
  municipality_code text NOT NULL REFERENCES marketplaces (municipality_code) ON DELETE CASCADE,
  month date NOT NULL,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  PRIMARY KEY (municipality_code, month, account_id)
);
CREATE INDEX report_people_account_idx ON report_people (account_id);

-- Every stored month is stored again in the new shape by the job.
DELETE FROM report_built_months;


-- 3. Who took part in a month decides whether someone is new, or first active in a quarter or year,
--    in every later month. So a change to who acted in a month (a post placed, changed or deleted; a
--    response made or deleted) forgets that month and every later one; the job stores them again.
--    For an event happening now that is only the current month. The shared lock of each of those
--    months keeps a build of one of them from storing a result that misses this event.
CREATE FUNCTION report_months_from_changed(code text, at timestamptz) RETURNS void
  LANGUAGE sql
  AS $$
    SELECT pg_advisory_xact_lock_shared(report_month_lock(code, month::date))
      FROM generate_series(report_month(at), greatest(report_month(at), report_month(now())), interval '1 month') month;
    DELETE FROM report_built_months WHERE municipality_code = code AND month >= report_month(at);
  $$;

CREATE OR REPLACE FUNCTION report_post_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.published_at IS NOT NULL THEN
    PERFORM report_months_from_changed(OLD.municipality_code, OLD.published_at);
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.published_at IS NOT NULL THEN
    PERFORM report_months_from_changed(NEW.municipality_code, NEW.published_at);
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION report_response_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed responses;
BEGIN
  IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
  PERFORM report_months_from_changed(changed.municipality_code, changed.created_at);
  PERFORM report_month_changed(p.municipality_code, p.published_at) FROM posts p
    WHERE p.id = changed.post_id AND p.published_at IS NOT NULL;
  RETURN NULL;
END $$;
