-- Reports and open data (issue 12, docs/reports.md). Every figure is computed from the events
-- (posts, responses, messages, matches) by the month queries in src/modules/reports/facts/; the
-- tables below keep their result per marketplace per calendar month (Europe/Amsterdam) so a year
-- report reads twelve months of sums instead of every event. A month is "built" when its row in
-- report_built_months exists; the triggers at the end remove that row whenever an event of that
-- month changes, and the report then computes the month fresh until the job builds it again.

-- The calendar month (Europe/Amsterdam) an instant falls in.
CREATE FUNCTION report_month(at timestamptz) RETURNS date
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT date_trunc('month', at AT TIME ZONE 'Europe/Amsterdam')::date $$;

-- What a beheerder sets for the report: the social value of one match, in euros.
CREATE TABLE report_settings (
  municipality_code text PRIMARY KEY REFERENCES marketplaces (municipality_code) ON DELETE CASCADE,
  social_value_per_match integer NOT NULL CHECK (social_value_per_match BETWEEN 0 AND 100000),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE report_built_months (
  municipality_code text NOT NULL REFERENCES marketplaces (municipality_code) ON DELETE CASCADE,
  month date NOT NULL,
  built_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_code, month)
);

-- Counts per post kind, category and 4-digit postcode area. The cohort columns are about the posts
-- published in the month (placed … unmet); the event columns about what happened in the month
-- (responses, answered, matches), whatever month the post is from.
CREATE TABLE report_post_facts (
  municipality_code text NOT NULL REFERENCES marketplaces (municipality_code) ON DELETE CASCADE,
  month date NOT NULL,
  kind text NOT NULL,
  category text NOT NULL,
  pc4 text NOT NULL,
  placed integer NOT NULL,
  with_response integer NOT NULL,
  with_answer integer NOT NULL,
  matched integer NOT NULL,
  unmet integer NOT NULL,
  responses integer NOT NULL,
  answered integer NOT NULL,
  matches integer NOT NULL,
  PRIMARY KEY (municipality_code, month, kind, category, pc4)
);

-- How long the posts published in the month waited: a histogram in whole hours / whole days, from
-- which medians and percentiles over any set of months are exact.
CREATE TABLE report_durations (
  municipality_code text NOT NULL REFERENCES marketplaces (municipality_code) ON DELETE CASCADE,
  month date NOT NULL,
  measure text NOT NULL CHECK (measure IN ('first-response-hours', 'match-days')),
  value integer NOT NULL,
  count integer NOT NULL,
  PRIMARY KEY (municipality_code, month, measure, value)
);

-- Who took part in the month, as residents or volunteers, and whether it was their first time on
-- this marketplace. Kept per person because "active volunteers" over a year counts each person once.
CREATE TABLE report_people (
  municipality_code text NOT NULL REFERENCES marketplaces (municipality_code) ON DELETE CASCADE,
  month date NOT NULL,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  volunteer boolean NOT NULL,
  new_resident boolean NOT NULL,
  new_volunteer boolean NOT NULL,
  PRIMARY KEY (municipality_code, month, account_id)
);
CREATE INDEX report_people_account_idx ON report_people (account_id);

-- The month queries read one marketplace-month at a time.
CREATE INDEX posts_published_month_idx ON posts (municipality_code, published_at) WHERE published_at IS NOT NULL;
CREATE INDEX responses_marketplace_created_idx ON responses (municipality_code, created_at);
CREATE INDEX matches_marketplace_created_idx ON matches (municipality_code, created_at);
-- "Is this their first time here?": a person's earlier posts and responses on one marketplace.
CREATE INDEX posts_author_history_idx ON posts (author_account_id, municipality_code, kind, published_at);
CREATE INDEX responses_responder_history_idx ON responses (responder_account_id, municipality_code, created_at);

-- Forget that a month was built; the report computes it fresh and the job builds it again.
-- The shared lock makes a build of that month (which takes it exclusively) wait for this event's
-- transaction, and this event wait for a build in progress: without it, an event committed while a
-- build was computing would be missing from a month marked as built.
CREATE FUNCTION report_month_lock(code text, month date) RETURNS bigint
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT (hashtext(code)::bigint << 20) + (month - date '2000-01-01') $$;

CREATE FUNCTION report_month_changed(code text, at timestamptz) RETURNS void
  LANGUAGE sql
  AS $$
    SELECT pg_advisory_xact_lock_shared(report_month_lock(code, report_month(at)));
    DELETE FROM report_built_months WHERE municipality_code = code AND month = report_month(at);
  $$;

CREATE FUNCTION report_post_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.published_at IS NOT NULL THEN
    PERFORM report_month_changed(OLD.municipality_code, OLD.published_at);
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.published_at IS NOT NULL THEN
    PERFORM report_month_changed(NEW.municipality_code, NEW.published_at);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER report_post_changed
  AFTER INSERT OR DELETE OR UPDATE OF published_at, kind, category, pc4, municipality_code, author_account_id
  ON posts FOR EACH ROW EXECUTE FUNCTION report_post_changed();

-- A response, message or match changes the month it happens in and the month of its post.
CREATE FUNCTION report_post_event(post uuid, code text, at timestamptz) RETURNS void
  LANGUAGE sql
  AS $$
    SELECT report_month_changed(code, at);
    SELECT report_month_changed(p.municipality_code, p.published_at) FROM posts p
     WHERE p.id = post AND p.published_at IS NOT NULL;
  $$;

CREATE FUNCTION report_response_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed responses;
BEGIN
  IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
  PERFORM report_post_event(changed.post_id, changed.municipality_code, changed.created_at);
  RETURN NULL;
END $$;
CREATE TRIGGER report_response_changed
  AFTER INSERT OR DELETE OR UPDATE OF responder_account_id, poster_account_id
  ON responses FOR EACH ROW EXECUTE FUNCTION report_response_changed();

CREATE FUNCTION report_message_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- only the poster's first answer changes a figure; any other message changes nothing
  PERFORM report_post_event(r.post_id, r.municipality_code, r.created_at)
     FROM responses r
    WHERE r.id = NEW.response_id AND r.poster_account_id = NEW.sender_account_id
      AND NOT EXISTS (SELECT 1 FROM messages m
                       WHERE m.response_id = r.id AND m.sender_account_id = NEW.sender_account_id
                         AND m.id <> NEW.id);
  RETURN NULL;
END $$;
CREATE TRIGGER report_message_added
  AFTER INSERT ON messages FOR EACH ROW EXECUTE FUNCTION report_message_added();

CREATE FUNCTION report_match_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed matches;
BEGIN
  IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
  PERFORM report_post_event(changed.post_id, changed.municipality_code, changed.created_at);
  RETURN NULL;
END $$;
CREATE TRIGGER report_match_changed
  AFTER INSERT OR DELETE ON matches FOR EACH ROW EXECUTE FUNCTION report_match_changed();
