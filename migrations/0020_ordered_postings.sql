-- Postings read in the order a ranking needs them, from the index alone (issue 15, ADR 0007).

-- Similar initiatives: the strongest postings of a term, index-only. The ranking reads at most 200
-- per term; through the old (lexeme, weight DESC) index each of them also cost a visit to the table
-- for its initiative_id, which made 100,000 initiatives 1.9× as slow as 1,000 on PostgreSQL.
CREATE INDEX initiative_terms_postings_idx ON initiative_terms (lexeme, weight DESC) INCLUDE (initiative_id);
DROP INDEX initiative_terms_impact_idx;

-- Marketplace search: each range a search reads — (kind, postcode or marketplace, lexeme) — is kept
-- newest first, so reading the newest COUNT_CAP + 1 postings of a range is a Limit on the index scan
-- and a range with more is seen to be cut short. The same ranges as before (kind, pc4, lexeme) still
-- lead, so these replace the indexes of migration 0005 and writes do no more work.
CREATE INDEX open_post_terms_near_newest_idx
  ON open_post_terms (kind, pc4, lexeme, published_at DESC NULLS LAST, post_id)
  INCLUDE (weight, category, municipality_code);
CREATE INDEX open_post_terms_marketplace_newest_idx
  ON open_post_terms (kind, municipality_code, lexeme, published_at DESC NULLS LAST, post_id)
  INCLUDE (weight, category, pc4);
DROP INDEX open_post_terms_near_idx;
DROP INDEX open_post_terms_marketplace_idx;
