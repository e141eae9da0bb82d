-- A beheerder marks a reported conversation as handled; it leaves the moderation page, and comes
-- back when one of the two reports it again.
ALTER TABLE responses ADD COLUMN report_resolved_at timestamptz;
CREATE INDEX responses_open_reports_idx ON responses (municipality_code, reported_at DESC)
  WHERE reported_at IS NOT NULL AND report_resolved_at IS NULL;
