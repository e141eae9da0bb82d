-- Moderation tools (issue 13, part 5): why a post waits, hiding after reports, sending a post back,
-- blocks and warnings, an activity log per marketplace, and the daily mail to beheerders.

-- After reports from this many different accounts a post is hidden until a beheerder decides.
ALTER TABLE marketplaces ADD COLUMN auto_hide_reports integer NOT NULL DEFAULT 3
  CHECK (auto_hide_reports BETWEEN 2 AND 10);

-- hidden_at: hidden from everyone but its author (after reports, or rejected) until a beheerder
-- approves it. returned_note: a beheerder sent it back to its author as a concept, with this note;
-- placing it again sends it to review. screening: why the screening sent it to review (the
-- reasons with the spans of the matched text), for the queue.
ALTER TABLE posts ADD COLUMN hidden_at timestamptz;
ALTER TABLE posts ADD COLUMN returned_note text;
ALTER TABLE posts ADD COLUMN screening jsonb;
CREATE INDEX posts_hidden_idx ON posts (id) WHERE hidden_at IS NOT NULL;

-- A person kept out of one marketplace (municipality_code) or, by the platform operator, out of
-- all of them (NULL) until ends_at: their posts are hidden, they cannot post, respond or message.
CREATE TABLE marketplace_blocks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  municipality_code text REFERENCES marketplaces (municipality_code),
  reason text NOT NULL,
  ends_at timestamptz NOT NULL,
  created_by uuid REFERENCES accounts (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  lifted_at timestamptz,
  lifted_by uuid REFERENCES accounts (id) ON DELETE SET NULL,
  CHECK (ends_at > created_at)
);
CREATE INDEX marketplace_blocks_account_idx ON marketplace_blocks (account_id) WHERE lifted_at IS NULL;
CREATE INDEX marketplace_blocks_marketplace_idx ON marketplace_blocks (municipality_code, ends_at)
  WHERE lifted_at IS NULL;

-- Every decision of the beheerders of a marketplace (NULL: a platform-wide block by the operator),
-- written in the decision's transaction. actor NULL: Samen itself (a post hidden after reports).
CREATE TABLE moderation_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  municipality_code text REFERENCES marketplaces (municipality_code),
  actor_account_id uuid REFERENCES accounts (id) ON DELETE SET NULL,
  action text NOT NULL
    CHECK (action IN ('approve', 'reject', 'return', 'hide', 'block', 'lift', 'warn', 'resolve-conversation')),
  post_id uuid REFERENCES posts (id) ON DELETE SET NULL,
  person_account_id uuid REFERENCES accounts (id) ON DELETE SET NULL,
  -- what it was about, as it was then: a post's title or a person's name
  subject text NOT NULL,
  note text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX moderation_log_marketplace_idx ON moderation_log (municipality_code, id DESC);
CREATE INDEX moderation_log_person_idx ON moderation_log (person_account_id);

-- The daily mail to beheerders of what waits: one row per beheerder per day, written in the
-- transaction that queues the mail, so two instances never send it twice.
CREATE TABLE moderation_digests (
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  day date NOT NULL,
  waiting integer NOT NULL,
  sent_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (account_id, day)
);
