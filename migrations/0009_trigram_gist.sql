-- Trigram indexes on titles as GiST instead of GIN.
-- Why: in the embedded PGlite, a trigram search (title % …) over the GIN trigram index now and
-- then made the backend fail inside the index code, and PGlite's protocol loop then retries
-- forever (the process spins at 100 % CPU; see docs/decisions/0004-marketplace-search.md).
-- Reproduced in fresh databases about one run in three with GIN (also with fastupdate off),
-- never in 12 runs with GiST. The trigram index only serves the typo-tolerant fallback, which
-- runs when the words themselves find nothing.
DROP INDEX posts_title_trgm_idx;
DROP INDEX posts_open_title_trgm_idx;
CREATE INDEX posts_title_trgm_idx ON posts USING gist (title gist_trgm_ops);
CREATE INDEX posts_open_title_trgm_idx ON posts USING gist (title gist_trgm_ops) WHERE status = 'open';
