-- Samen innoveren: initiatives, participation, experiment log, advice, and the term index behind
-- "similar initiatives".

-- Dutch full-text search that ignores accents: "Súdwest" and "sudwest" are one word.
CREATE TEXT SEARCH CONFIGURATION samen_dutch (COPY = dutch);
ALTER TEXT SEARCH CONFIGURATION samen_dutch ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;

CREATE TABLE initiatives (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- the owning municipality: the tenant key of everything below
  municipality_code text NOT NULL REFERENCES municipalities (code),
  owner_organisation_id uuid NOT NULL REFERENCES organisations (id),
  contact_account_id uuid REFERENCES accounts (id) ON DELETE SET NULL,
  type text NOT NULL CHECK (type IN ('challenge', 'pilot', 'best-practice', 'praktijkproef')),
  title text NOT NULL,
  summary text NOT NULL,
  goal text NOT NULL,
  benefit text NOT NULL DEFAULT '',
  approach text NOT NULL DEFAULT '',
  milestones text NOT NULL DEFAULT '',
  results text NOT NULL DEFAULT '',
  themes text[] NOT NULL CHECK (cardinality(themes) BETWEEN 1 AND 5),
  phase text NOT NULL CHECK (phase IN ('idee', 'pilot', 'evaluatie', 'opschaling', 'landelijk')),
  seeks text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('samen_dutch', title), 'A') ||
    setweight(to_tsvector('samen_dutch', summary), 'B') ||
    setweight(to_tsvector('samen_dutch', goal || ' ' || benefit || ' ' || approach || ' ' || results), 'C')
  ) STORED
);
CREATE INDEX initiatives_municipality_idx ON initiatives (municipality_code);
CREATE INDEX initiatives_search_idx ON initiatives USING gin (search_vector);
CREATE INDEX initiatives_themes_idx ON initiatives USING gin (themes);
CREATE INDEX initiatives_created_idx ON initiatives (created_at DESC);

CREATE TABLE initiative_phases (
  initiative_id uuid NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
  municipality_code text NOT NULL REFERENCES municipalities (code),
  phase text NOT NULL CHECK (phase IN ('idee', 'pilot', 'evaluatie', 'opschaling', 'landelijk')),
  entered_on date NOT NULL,
  PRIMARY KEY (initiative_id, phase, entered_on)
);

-- A municipality (through its gemeente organisation) or another organisation follows or co-develops.
CREATE TABLE initiative_participants (
  initiative_id uuid NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  -- the participant's municipality, when it has one (tenant key of the participant side)
  municipality_code text REFERENCES municipalities (code),
  role text NOT NULL CHECK (role IN ('follower', 'co-developer')),
  contact_account_id uuid REFERENCES accounts (id) ON DELETE SET NULL,
  joined_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (initiative_id, organisation_id)
);
CREATE INDEX initiative_participants_organisation_idx ON initiative_participants (organisation_id);
CREATE INDEX initiative_participants_municipality_idx ON initiative_participants (municipality_code);

-- The lean experiment log: hypothesis, measure, result, learning.
CREATE TABLE initiative_experiments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  initiative_id uuid NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
  municipality_code text NOT NULL REFERENCES municipalities (code),
  hypothesis text NOT NULL,
  measure text NOT NULL,
  result text NOT NULL DEFAULT '',
  learning text NOT NULL DEFAULT '',
  held_on date NOT NULL,
  author_account_id uuid REFERENCES accounts (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX initiative_experiments_initiative_idx ON initiative_experiments (initiative_id, held_on DESC);

-- Advice from the innovation panel, and the owner's response.
CREATE TABLE initiative_advice (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  initiative_id uuid NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
  municipality_code text NOT NULL REFERENCES municipalities (code),
  author_account_id uuid REFERENCES accounts (id) ON DELETE SET NULL,
  author_name text NOT NULL,
  body text NOT NULL,
  response text,
  responded_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX initiative_advice_initiative_idx ON initiative_advice (initiative_id, created_at);

-- Impact-ordered postings for similarity: for each stemmed term, the initiatives it matters most
-- in. Ranking reads the top postings of the query's rarest terms through the index, so its cost
-- does not grow with the number of initiatives (see docs/decisions/0003-similarity.md).
CREATE TABLE initiative_terms (
  lexeme text NOT NULL,
  initiative_id uuid NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
  weight real NOT NULL,
  PRIMARY KEY (lexeme, initiative_id)
);
CREATE INDEX initiative_terms_impact_idx ON initiative_terms (lexeme, weight DESC);
CREATE INDEX initiative_terms_initiative_idx ON initiative_terms (initiative_id);

-- Document frequency per term (and the corpus size under the empty lexeme), for rarity weights.
CREATE TABLE initiative_term_stats (
  lexeme text PRIMARY KEY,
  doc_count integer NOT NULL
);
INSERT INTO initiative_term_stats (lexeme, doc_count) VALUES ('', 0);

-- Stored neighbours: each initiative's most similar others, for the cluster view.
CREATE TABLE initiative_similarities (
  a uuid NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
  b uuid NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
  score real NOT NULL,
  PRIMARY KEY (a, b),
  CHECK (a < b)
);
CREATE INDEX initiative_similarities_b_idx ON initiative_similarities (b);

CREATE TABLE innovation_mail_preferences (
  account_id uuid PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
  initiative_updates boolean NOT NULL DEFAULT true
);
