-- Most searches look for open posts only, a small part of all posts once a marketplace has a
-- history: partial indexes keep those searches small as the table grows.
CREATE INDEX posts_open_search_idx ON posts USING gin (search_vector) WHERE status = 'open';
CREATE INDEX posts_open_location_idx ON posts USING gist (location) WHERE status = 'open';
CREATE INDEX posts_open_title_trgm_idx ON posts USING gin (title gin_trgm_ops) WHERE status = 'open';
