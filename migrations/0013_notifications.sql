-- Notifications: what happened that concerns a person, written by the module where it happened in
-- the transaction of the event. One row per (person, kind, event); how it is mailed (instant,
-- daily or weekly digest, off) is settled from the person's settings when it is written, and
-- follows a change of those settings while it still waits for a digest.
CREATE TABLE notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  kind text NOT NULL,
  -- what makes the event unique for this person (a response id, a post id and its expiry date, ...)
  event_key text NOT NULL,
  municipality_code text,
  path text NOT NULL,
  data jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz,
  mail text NOT NULL CHECK (mail IN ('instant', 'daily', 'weekly', 'off')),
  -- when it was mailed on its own or bundled into a digest
  mailed_at timestamptz,
  UNIQUE (account_id, kind, event_key)
);
CREATE INDEX notifications_account_idx ON notifications (account_id, created_at DESC);
CREATE INDEX notifications_unread_idx ON notifications (account_id) WHERE read_at IS NULL;
-- A digest run reads only what still waits for a digest, person by person.
CREATE INDEX notifications_digest_idx ON notifications (mail, account_id, created_at)
  WHERE mailed_at IS NULL AND read_at IS NULL AND mail IN ('daily', 'weekly');

-- How often a person wants mail about each kind; kind '*' = 'off' stops all mail.
CREATE TABLE notification_settings (
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  kind text NOT NULL,
  frequency text NOT NULL CHECK (frequency IN ('instant', 'daily', 'weekly', 'off')),
  PRIMARY KEY (account_id, kind)
);

-- One digest per person per period ('daily:2026-12-02', 'weekly:2026-W49'): the primary key is
-- what makes a digest run exactly-once, with two instances racing or after a kill -9.
CREATE TABLE notification_digests (
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  period text NOT NULL,
  notifications integer NOT NULL,
  sent_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (account_id, period)
);

-- Mail headers (List-Unsubscribe, List-Unsubscribe-Post) travel with the mail through the outbox.
ALTER TABLE mail_outbox ADD COLUMN headers jsonb NOT NULL DEFAULT '{}';

-- Saved searches of Samen helpen: a new post that fits one tells its owner. A search is near a
-- postcode (with a radius), or on one marketplace (the municipality's), or — through the API —
-- nationwide.
CREATE TABLE saved_searches (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('request', 'offer', 'vacancy')),
  q text,
  category text,
  near_pc4 text REFERENCES postcodes (pc4),
  radius_km integer CHECK (radius_km BETWEEN 1 AND 100),
  municipality_code text REFERENCES municipalities (code),
  frequency text NOT NULL CHECK (frequency IN ('instant', 'daily', 'weekly', 'off')),
  word_count integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((near_pc4 IS NULL) = (radius_km IS NULL)),
  CHECK (near_pc4 IS NULL OR municipality_code IS NULL)
);
CREATE INDEX saved_searches_account_idx ON saved_searches (account_id);
-- Searches without words, found per postcode near a new post, only those whose radius reaches it.
CREATE INDEX saved_searches_near_idx ON saved_searches (kind, near_pc4, radius_km) WHERE word_count = 0;
-- Searches without words on one marketplace (or nationwide: municipality_code NULL).
CREATE INDEX saved_searches_marketplace_idx ON saved_searches (kind, municipality_code)
  WHERE word_count = 0 AND near_pc4 IS NULL;
-- Each word of a search as the start of a lexeme range ("boodschap" covers "boodschappen"): a new
-- post's lexemes are looked up by their prefixes, one index probe each, within the post's kind.
CREATE TABLE saved_search_words (
  saved_search_id uuid NOT NULL REFERENCES saved_searches (id) ON DELETE CASCADE,
  kind text NOT NULL,
  lo text COLLATE "C" NOT NULL,
  PRIMARY KEY (kind, lo, saved_search_id)
);

-- The expiry date an author was warned about ("verloopt bijna"), so each term is warned once.
ALTER TABLE posts ADD COLUMN expiry_warned_for timestamptz;
CREATE INDEX posts_open_expiry_idx ON posts (expires_at) WHERE status = 'open';
-- When a beheerder rejected the post: its author may change it and send it in again.
ALTER TABLE posts ADD COLUMN rejected_at timestamptz;
