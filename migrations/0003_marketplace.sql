-- Samen helpen: local marketplaces of voluntary help — posts (requests, offers, vacancies),
-- responses with conversations, matches, reports (meldingen) and a Postgres job queue.

-- Background jobs that survive restarts and are safe with many instances (FOR UPDATE SKIP LOCKED).
CREATE TABLE jobs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL,
  -- at most one pending job per (kind, key): scheduling twice is harmless
  key text NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}',
  run_at timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  last_error text,
  done_at timestamptz
);
CREATE UNIQUE INDEX jobs_pending_key ON jobs (kind, key) WHERE done_at IS NULL;
CREATE INDEX jobs_due_idx ON jobs (run_at) WHERE done_at IS NULL;

-- One national taxonomy; each marketplace may switch categories off.
CREATE TABLE help_categories (
  slug text PRIMARY KEY,
  name_nl text NOT NULL,
  name_en text NOT NULL,
  position integer NOT NULL
);
INSERT INTO help_categories (slug, name_nl, name_en, position) VALUES
  ('boodschappen', 'Boodschappen', 'Groceries', 1),
  ('vervoer', 'Vervoer', 'Transport', 2),
  ('klussen', 'Klussen in huis', 'Odd jobs at home', 3),
  ('tuin', 'Tuin', 'Garden', 4),
  ('gezelschap', 'Gezelschap en maatje', 'Company and buddy', 5),
  ('computerhulp', 'Computerhulp', 'Computer help', 6),
  ('administratie', 'Administratie en formulieren', 'Paperwork and forms', 7),
  ('taal', 'Taal', 'Language', 8),
  ('verhuizen', 'Verhuizen', 'Moving house', 9),
  ('maaltijd', 'Maaltijd', 'Meals', 10),
  ('bewegen', 'Wandelen en bewegen', 'Walking and exercise', 11),
  ('oppas', 'Oppas', 'Babysitting', 12),
  ('dieren', 'Dieren', 'Pets', 13),
  ('bijles', 'Bijles', 'Tutoring', 14),
  ('overig', 'Overig', 'Other', 15);

CREATE TABLE marketplaces (
  municipality_code text PRIMARY KEY REFERENCES municipalities (code),
  operator_organisation_id uuid NOT NULL REFERENCES organisations (id),
  name text NOT NULL,
  -- theme as NL Design System tokens; the pair must reach WCAG AA contrast (4.5:1)
  brand_color text NOT NULL CHECK (brand_color ~ '^#[0-9a-f]{6}$'),
  brand_text_color text NOT NULL CHECK (brand_text_color ~ '^#[0-9a-f]{6}$'),
  logo_svg text,
  premoderation boolean NOT NULL DEFAULT false,
  disabled_categories text[] NOT NULL DEFAULT '{}',
  show_neighbours boolean NOT NULL DEFAULT true,
  expiry_weeks integer NOT NULL DEFAULT 8 CHECK (expiry_weeks BETWEEN 1 AND 52),
  follow_up_days integer NOT NULL DEFAULT 7 CHECK (follow_up_days BETWEEN 1 AND 60),
  status text NOT NULL DEFAULT 'live' CHECK (status IN ('live', 'paused')),
  launched_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE posts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('request', 'offer', 'vacancy')),
  municipality_code text NOT NULL REFERENCES marketplaces (municipality_code),
  author_account_id uuid REFERENCES accounts (id) ON DELETE SET NULL,
  -- vacancies belong to an organisation; requests may be posted by a professional for a client
  organisation_id uuid REFERENCES organisations (id),
  on_behalf_of_first_name text,
  author_first_name text NOT NULL,
  title text NOT NULL,
  description text NOT NULL,
  category text NOT NULL REFERENCES help_categories (slug),
  when_kind text NOT NULL CHECK (when_kind IN ('once', 'recurring', 'flexible')),
  when_date date,
  when_text text,
  hours_per_week integer,
  pc4 text NOT NULL REFERENCES postcodes (pc4),
  lat double precision NOT NULL,
  lon double precision NOT NULL,
  status text NOT NULL CHECK (status IN ('concept', 'in-review', 'open', 'matched', 'closed', 'withdrawn', 'expired')),
  close_reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz,
  expires_at timestamptz,
  closed_at timestamptz,
  search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('samen_dutch', title), 'A') || setweight(to_tsvector('samen_dutch', description), 'B')
  ) STORED,
  location earth GENERATED ALWAYS AS (ll_to_earth(lat, lon)) STORED,
  CHECK (when_kind <> 'once' OR when_date IS NOT NULL)
);
CREATE INDEX posts_search_idx ON posts USING gin (search_vector);
CREATE INDEX posts_title_trgm_idx ON posts USING gin (title gin_trgm_ops);
CREATE INDEX posts_location_idx ON posts USING gist (location);
CREATE INDEX posts_marketplace_idx ON posts (municipality_code, kind, status, published_at DESC);
CREATE INDEX posts_open_idx ON posts (kind, published_at DESC) WHERE status = 'open';
CREATE INDEX posts_author_idx ON posts (author_account_id);

-- A response opens a conversation between exactly two parties: the poster and the responder.
CREATE TABLE responses (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  post_id uuid NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  municipality_code text NOT NULL REFERENCES marketplaces (municipality_code),
  responder_account_id uuid REFERENCES accounts (id) ON DELETE SET NULL,
  poster_account_id uuid REFERENCES accounts (id) ON DELETE SET NULL,
  responder_first_name text NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'declined')),
  created_at timestamptz NOT NULL DEFAULT now(),
  reported_at timestamptz,
  report_reason text,
  UNIQUE (post_id, responder_account_id)
);
CREATE INDEX responses_responder_idx ON responses (responder_account_id);
CREATE INDEX responses_poster_idx ON responses (poster_account_id);

CREATE TABLE messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  response_id uuid NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
  municipality_code text NOT NULL REFERENCES marketplaces (municipality_code),
  sender_account_id uuid REFERENCES accounts (id) ON DELETE SET NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz
);
CREATE INDEX messages_response_idx ON messages (response_id, created_at);

-- At most one match per post: the unique key makes two simultaneous accepts produce one match.
CREATE TABLE matches (
  post_id uuid PRIMARY KEY REFERENCES posts (id) ON DELETE CASCADE,
  response_id uuid REFERENCES responses (id) ON DELETE SET NULL,
  municipality_code text NOT NULL REFERENCES marketplaces (municipality_code),
  confirmed_via text NOT NULL CHECK (confirmed_via IN ('accept', 'follow-up', 'close')),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Reports (meldingen) of posts, for the marketplace's moderation queue.
CREATE TABLE post_reports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  post_id uuid NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  municipality_code text NOT NULL REFERENCES marketplaces (municipality_code),
  reporter_account_id uuid REFERENCES accounts (id) ON DELETE SET NULL,
  reason text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz
);
CREATE INDEX post_reports_marketplace_idx ON post_reports (municipality_code, resolved_at);
