-- Search over open posts whose work grows with the answer, not with the table (ADR 0004).
--
-- Every open post has one row per lexeme of its text, plus one row with the empty lexeme for
-- searches without words. The rows carry what a search filters and sorts on, so a search reads
-- only index entries: per postcode within the radius (or per marketplace) and per search word,
-- one descent into a b-tree and a short range scan over lexemes that start with the word.
-- Triggers keep the table in step with `posts`, whatever code path writes a post.

-- The weight of one lexeme in one post: title positions (A) count 1, description positions (B)
-- 0.4, capped so that repeating a word does not win over a title.
CREATE FUNCTION samen_term_weight(weights text[]) RETURNS real
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN (SELECT least(2, coalesce(sum(CASE w WHEN 'A' THEN 1.0 WHEN 'B' THEN 0.4 WHEN 'C' THEN 0.2 ELSE 0.1 END), 0))::real
            FROM unnest(weights) AS w);

-- Relevance of a text for search words given as lexeme ranges [lo, hi) (a word and every longer
-- form): per word the best matching lexeme's weight, summed over the words. The same figure is
-- stored per lexeme in open_post_terms, so both search paths rank alike.
CREATE FUNCTION samen_relevance(v tsvector, lo text[], hi text[]) RETURNS real
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN (SELECT coalesce(sum(best), 0)::real
            FROM (SELECT max(samen_term_weight(t.weights)) AS best
                    FROM unnest(lo, hi) WITH ORDINALITY AS r(lo, hi, word)
                    JOIN unnest(v) AS t ON t.lexeme COLLATE "C" >= r.lo AND t.lexeme COLLATE "C" < r.hi
                   GROUP BY r.word) AS per_word);

CREATE TABLE open_post_terms (
  post_id uuid NOT NULL,
  kind text NOT NULL,
  pc4 text NOT NULL,
  municipality_code text NOT NULL,
  category text NOT NULL,
  -- byte order, so "starts with" is a plain range [word, next word)
  lexeme text COLLATE "C" NOT NULL,
  weight real NOT NULL,
  published_at timestamptz
);
-- Searches near a postcode: one range per (postcode within the radius, search word).
CREATE INDEX open_post_terms_near_idx ON open_post_terms (kind, pc4, lexeme)
  INCLUDE (post_id, weight, published_at, category, municipality_code);
-- Searches in one or a few marketplaces without a postcode.
CREATE INDEX open_post_terms_marketplace_idx ON open_post_terms (kind, municipality_code, lexeme)
  INCLUDE (post_id, weight, published_at, category, pc4);
CREATE INDEX open_post_terms_post_idx ON open_post_terms (post_id);

CREATE FUNCTION open_post_terms_of(ids uuid[]) RETURNS void
  LANGUAGE sql
  BEGIN ATOMIC
    INSERT INTO open_post_terms (post_id, kind, pc4, municipality_code, category, lexeme, weight, published_at)
    SELECT p.id, p.kind, p.pc4, p.municipality_code, p.category, t.lexeme, t.weight, p.published_at
      FROM posts p
     CROSS JOIN LATERAL (SELECT u.lexeme, samen_term_weight(u.weights) AS weight FROM unnest(p.search_vector) AS u
                         UNION ALL SELECT '', 0) AS t
     WHERE p.id = ANY (ids) AND p.status = 'open';
  END;

-- Statement-level triggers with transition tables: one INSERT … SELECT per statement, so bulk
-- loads (seed:scale) stay fast.
CREATE FUNCTION open_post_terms_after_insert() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM open_post_terms_of(ARRAY(SELECT id FROM added WHERE status = 'open'));
  RETURN NULL;
END $$;

CREATE FUNCTION open_post_terms_after_update() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  changed uuid[];
BEGIN
  SELECT array_agg(n.id) INTO changed
    FROM new_rows n JOIN old_rows o ON o.id = n.id
   WHERE (o.status = 'open' OR n.status = 'open')
     AND (o.status, o.search_vector, o.pc4, o.municipality_code, o.category, o.kind, o.published_at)
         IS DISTINCT FROM (n.status, n.search_vector, n.pc4, n.municipality_code, n.category, n.kind, n.published_at);
  IF changed IS NOT NULL THEN
    DELETE FROM open_post_terms WHERE post_id = ANY (changed);
    PERFORM open_post_terms_of(changed);
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION open_post_terms_after_delete() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM open_post_terms WHERE post_id IN (SELECT id FROM removed WHERE status = 'open');
  RETURN NULL;
END $$;

CREATE TRIGGER posts_open_terms_insert AFTER INSERT ON posts
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION open_post_terms_after_insert();
CREATE TRIGGER posts_open_terms_update AFTER UPDATE ON posts
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION open_post_terms_after_update();
CREATE TRIGGER posts_open_terms_delete AFTER DELETE ON posts
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION open_post_terms_after_delete();

-- The posts that are open now.
SELECT open_post_terms_of(ARRAY(SELECT id FROM posts WHERE status = 'open'));
