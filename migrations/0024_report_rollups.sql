-- Reports whose cost does not grow with the data, part 2 (issue 12, docs/reports.md).
--
-- 1. Roll-ups of report_post_facts, written by the job in the same transaction as the month they
--    sum: per kind (what the national table reads: 3 rows per marketplace-month instead of one per
--    kind × category × postcode area) and per kind and category (what a marketplace's figures, its
--    months and its categories read). report_post_facts keeps the postcode areas for the wijk table.
CREATE TABLE report_kind_facts (
  municipality_code text NOT NULL REFERENCES marketplaces (municipality_code) ON DELETE CASCADE,
  month date NOT NULL,
  kind text NOT NULL,
  placed integer NOT NULL,
  with_response integer NOT NULL,
  with_answer integer NOT NULL,
  matched integer NOT NULL,
  unmet integer NOT NULL,
  responses integer NOT NULL,
  answered integer NOT NULL,
  matches integer NOT NULL,
  PRIMARY KEY (municipality_code, month, kind)
);

CREATE TABLE report_category_facts (
  municipality_code text NOT NULL REFERENCES marketplaces (municipality_code) ON DELETE CASCADE,
  month date NOT NULL,
  kind text NOT NULL,
  category text NOT NULL,
  placed integer NOT NULL,
  with_response integer NOT NULL,
  with_answer integer NOT NULL,
  matched integer NOT NULL,
  unmet integer NOT NULL,
  responses integer NOT NULL,
  answered integer NOT NULL,
  matches integer NOT NULL,
  PRIMARY KEY (municipality_code, month, kind, category)
);

INSERT INTO report_kind_facts
SELECT municipality_code, month, kind, sum(placed), sum(with_response), sum(with_answer), sum(matched), sum(unmet),
       sum(responses), sum(answered), sum(matches)
  FROM report_post_facts GROUP BY 1, 2, 3;

INSERT INTO report_category_facts
SELECT municipality_code, month, kind, category, sum(placed), sum(with_response), sum(with_answer), sum(matched),
       sum(unmet), sum(responses), sum(answered), sum(matches)
  FROM report_post_facts GROUP BY 1, 2, 3, 4;

-- 2. Every build of a month gets a number that is never given again, so a figure computed from a
--    set of stored months can tell later whether exactly those builds are still the stored ones.
CREATE SEQUENCE report_build_seq;
ALTER TABLE report_built_months ADD COLUMN build_seq bigint NOT NULL DEFAULT nextval('report_build_seq');

-- 3. The waits of a calendar span ending in `month` — the month itself, its quarter to date or its
--    year to date — as the values around the median and the 90th percentile (see facts/waits.ts).
--    A year's median needs every bin of twelve histograms; this is one row per measure. `inputs`
--    lists the build_seq of each month it was computed from, in month order: a report uses the row
--    only while the stored months of its period are exactly those builds, and otherwise computes
--    the waits from the histograms as before. The job fills and renews the rows.
CREATE TABLE report_span_waits (
  municipality_code text NOT NULL REFERENCES marketplaces (municipality_code) ON DELETE CASCADE,
  month date NOT NULL,
  span text NOT NULL CHECK (span IN ('month', 'quarter', 'year')),
  measure text NOT NULL CHECK (measure IN ('first-response-hours', 'match-days')),
  n integer NOT NULL,
  lower50 integer,
  upper50 integer,
  lower90 integer,
  upper90 integer,
  inputs text NOT NULL,
  PRIMARY KEY (month, span, municipality_code, measure)
);

-- The same over all marketplaces together (the national total), with `inputs` the md5 of every
-- marketplace's builds in code and month order.
CREATE TABLE report_national_span_waits (
  month date NOT NULL,
  span text NOT NULL CHECK (span IN ('month', 'quarter', 'year')),
  measure text NOT NULL CHECK (measure IN ('first-response-hours', 'match-days')),
  n integer NOT NULL,
  lower50 integer,
  upper50 integer,
  lower90 integer,
  upper90 integer,
  inputs text NOT NULL,
  PRIMARY KEY (month, span, measure)
);
