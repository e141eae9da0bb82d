-- Samen foundation: reference data, accounts, sessions, organisations, mail outbox, rate limits.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;

CREATE TABLE app_meta (
  key text PRIMARY KEY,
  value text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Reference data (CBS, PDOK): not tenant data, shared by every tenant.
CREATE TABLE municipalities (
  code text PRIMARY KEY CHECK (code ~ '^GM[0-9]{4}$'),
  name text NOT NULL,
  slug text NOT NULL UNIQUE,
  province_code text NOT NULL,
  province_name text NOT NULL,
  lat double precision NOT NULL,
  lon double precision NOT NULL,
  population integer NOT NULL,
  postcode_count integer NOT NULL
);
CREATE INDEX municipalities_province_idx ON municipalities (province_name);

CREATE TABLE postcodes (
  pc4 text PRIMARY KEY CHECK (pc4 ~ '^[1-9][0-9]{3}$'),
  municipality_code text NOT NULL REFERENCES municipalities (code),
  place text NOT NULL,
  share real NOT NULL,
  population integer,
  lat double precision NOT NULL,
  lon double precision NOT NULL
);
CREATE INDEX postcodes_municipality_idx ON postcodes (municipality_code);

CREATE TABLE accounts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL,
  email_verified_at timestamptz,
  password_hash text NOT NULL,
  first_name text NOT NULL,
  last_name text,
  postcode text REFERENCES postcodes (pc4),
  municipality_code text REFERENCES municipalities (code),
  locale text NOT NULL DEFAULT 'nl' CHECK (locale IN ('nl', 'en')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX accounts_email_key ON accounts (lower(email));
CREATE INDEX accounts_municipality_idx ON accounts (municipality_code);

-- Platform-wide roles; roles within an organisation live on memberships.
CREATE TABLE account_roles (
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('netwerkbeheer', 'innovatiepanel', 'portfolioboard')),
  granted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (account_id, role)
);

CREATE TABLE sessions (
  id_hash text PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_account_idx ON sessions (account_id);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);

CREATE TABLE api_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  token_hash text NOT NULL UNIQUE,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX api_tokens_account_idx ON api_tokens (account_id);

-- Single-use links sent by e-mail (verify address, reset password). Only a hash is stored.
CREATE TABLE account_links (
  token_hash text PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  purpose text NOT NULL CHECK (purpose IN ('verify-email', 'reset-password')),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX account_links_account_idx ON account_links (account_id);

CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  slug text NOT NULL UNIQUE,
  type text NOT NULL CHECK (type IN ('gemeente', 'welzijnsorganisatie', 'vrijwilligerscentrale',
    'zorgaanbieder', 'sociaal-ondernemer', 'kennisinstelling', 'landelijk')),
  municipality_code text REFERENCES municipalities (code),
  website text,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- a municipality's own organisation is "gemeente" and lies in that municipality
  CHECK (type <> 'gemeente' OR municipality_code IS NOT NULL)
);
CREATE INDEX organisations_municipality_idx ON organisations (municipality_code);
CREATE UNIQUE INDEX organisations_one_gemeente_idx ON organisations (municipality_code) WHERE type = 'gemeente';

CREATE TABLE memberships (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('medewerker', 'beheerder')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, account_id)
);
CREATE INDEX memberships_account_idx ON memberships (account_id);

-- Transactional outbox: a mail is written in the same transaction as the change it reports,
-- then delivered over SMTP by a background sender (or read at /dev/mail in development).
CREATE TABLE mail_outbox (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  account_id uuid REFERENCES accounts (id) ON DELETE CASCADE,
  to_address text NOT NULL,
  subject text NOT NULL,
  text_body text NOT NULL,
  html_body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  last_error text
);
CREATE INDEX mail_outbox_pending_idx ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL;
CREATE INDEX mail_outbox_account_idx ON mail_outbox (account_id);

-- Sliding-window rate limit counters, shared by every app instance.
CREATE TABLE rate_limit_windows (
  key text NOT NULL,
  window_start timestamptz NOT NULL,
  hits integer NOT NULL,
  PRIMARY KEY (key, window_start)
);

-- Who did what to whose data. Holds ids, never personal data itself.
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_account_id uuid,
  action text NOT NULL,
  subject_type text NOT NULL,
  subject_id text,
  municipality_code text,
  details jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_subject_idx ON audit_log (subject_type, subject_id);
