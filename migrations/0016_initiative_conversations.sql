-- "Neem contact op": an official writes to the contact person of an initiative through Samen, and
-- the two talk there; no e-mail address is shown to either. One conversation per person per
-- initiative; only its two parties read it.
CREATE TABLE initiative_conversations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  initiative_id uuid NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
  -- the initiative's municipality: the tenant key, as everywhere in Samen innoveren
  municipality_code text NOT NULL REFERENCES municipalities (code),
  starter_account_id uuid REFERENCES accounts (id) ON DELETE SET NULL,
  -- on behalf of which of the starter's organisations they write
  starter_organisation_id uuid REFERENCES organisations (id) ON DELETE SET NULL,
  -- the initiative's contact person when the conversation began
  owner_account_id uuid REFERENCES accounts (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (initiative_id, starter_account_id)
);
CREATE INDEX initiative_conversations_starter_idx ON initiative_conversations (starter_account_id);
CREATE INDEX initiative_conversations_owner_idx ON initiative_conversations (owner_account_id);

CREATE TABLE initiative_messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  conversation_id uuid NOT NULL REFERENCES initiative_conversations (id) ON DELETE CASCADE,
  sender_account_id uuid REFERENCES accounts (id) ON DELETE SET NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz
);
CREATE INDEX initiative_messages_conversation_idx ON initiative_messages (conversation_id, created_at);
CREATE INDEX initiative_messages_sender_idx ON initiative_messages (sender_account_id);

-- A one-time request expires the day after its date; searches leave out open posts whose time is
-- up before the expiry schedule has closed them. This small partial index answers both, with
-- posts_open_expiry_idx (0013) for the expiry weeks.
CREATE INDEX posts_open_once_idx ON posts (when_date) WHERE status = 'open' AND when_kind = 'once';
