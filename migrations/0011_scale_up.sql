-- Samen opschalen: portfolio rounds and open competitions, national services with their learning
-- path, and the adoption of each service by each municipality with its decision trajectory.

-- A round of the portfolio board (kind portfolio), or an open competition on a group of similar
-- initiatives (kind competition). The dates follow each other: nominations, scoring, decision.
CREATE TABLE portfolio_rounds (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('portfolio', 'competition')),
  title text NOT NULL,
  description text NOT NULL,
  -- [{key, label, weight}], weights > 0
  criteria jsonb NOT NULL CHECK (jsonb_typeof(criteria) = 'array' AND jsonb_array_length(criteria) BETWEEN 1 AND 12),
  nominations_close_at timestamptz NOT NULL,
  scoring_closes_at timestamptz NOT NULL,
  decision_at timestamptz NOT NULL,
  -- competition: until when the preselected entries develop their solution
  development_ends_at timestamptz,
  created_by uuid REFERENCES accounts (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (nominations_close_at <= scoring_closes_at AND scoring_closes_at <= decision_at)
);
CREATE INDEX portfolio_rounds_kind_idx ON portfolio_rounds (kind, decision_at DESC);

-- The board members of a round, with the municipality each one serves (for conflicts of interest).
CREATE TABLE portfolio_board_members (
  round_id uuid NOT NULL REFERENCES portfolio_rounds (id) ON DELETE CASCADE,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  municipality_code text REFERENCES municipalities (code),
  PRIMARY KEY (round_id, account_id)
);
CREATE INDEX portfolio_board_members_account_idx ON portfolio_board_members (account_id);

CREATE TABLE nominations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  round_id uuid NOT NULL REFERENCES portfolio_rounds (id) ON DELETE CASCADE,
  initiative_id uuid NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
  motivation text NOT NULL,
  expected_costs text,
  nominated_by uuid REFERENCES accounts (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- competition: chosen by the board to develop further, with why
  preselected boolean NOT NULL DEFAULT false,
  preselection_note text,
  decision text CHECK (decision IN ('scale-up', 'not-yet', 'no')),
  rationale text,
  decided_at timestamptz,
  service_id uuid,
  CHECK ((decision IS NULL) = (rationale IS NULL)),
  UNIQUE (round_id, initiative_id)
);

-- One score per board member per nomination: 1–5 per criterion, MoSCoW, and whether the member
-- declared a conflict of interest (such a score does not count).
CREATE TABLE nomination_scores (
  nomination_id uuid NOT NULL REFERENCES nominations (id) ON DELETE CASCADE,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  criteria jsonb NOT NULL,
  moscow text NOT NULL CHECK (moscow IN ('must', 'should', 'could', 'wont')),
  comment text NOT NULL DEFAULT '',
  conflict_of_interest boolean NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (nomination_id, account_id)
);

-- A national service (landelijke voorziening) and its learning path.
CREATE TABLE services (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  description text NOT NULL,
  origin_initiative_id uuid REFERENCES initiatives (id) ON DELETE SET NULL,
  operator_name text NOT NULL,
  operator_organisation_id uuid REFERENCES organisations (id) ON DELETE SET NULL,
  status text NOT NULL CHECK (status IN ('in-ontwikkeling', 'beschikbaar', 'uitgefaseerd')),
  -- [{name, url?}] and [{label, url}]
  standards jsonb NOT NULL DEFAULT '[]',
  links jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE nominations ADD FOREIGN KEY (service_id) REFERENCES services (id) ON DELETE SET NULL;

CREATE TABLE service_steps (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  service_id uuid NOT NULL REFERENCES services (id) ON DELETE CASCADE,
  position integer NOT NULL CHECK (position >= 1),
  title text NOT NULL,
  explanation text NOT NULL,
  checklist jsonb NOT NULL DEFAULT '[]',
  UNIQUE (service_id, position)
);

-- Shared implementations: one implementation for a group, led by one municipality.
CREATE TABLE implementation_groups (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  service_id uuid NOT NULL REFERENCES services (id) ON DELETE CASCADE,
  name text NOT NULL,
  lead_municipality_code text NOT NULL REFERENCES municipalities (code),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (service_id, name)
);

-- The adoption of a service by one municipality. The dates are those of the first event that
-- reached each point, kept in step with adoption_events by the commands (same transaction), so
-- the figures are computed from the events by an index range per service.
CREATE TABLE adoptions (
  service_id uuid NOT NULL REFERENCES services (id) ON DELETE CASCADE,
  municipality_code text NOT NULL REFERENCES municipalities (code),
  stage text NOT NULL CHECK (stage IN ('interested', 'deciding', 'implementing', 'live', 'stopped')),
  stopped_reason text,
  interested_on date NOT NULL,
  decided_on date,
  live_on date,
  -- the kind of the first recorded event that is not a stage change ("what came first")
  started_with text,
  group_id uuid REFERENCES implementation_groups (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (stage <> 'stopped' OR stopped_reason IS NOT NULL),
  PRIMARY KEY (service_id, municipality_code)
);
CREATE INDEX adoptions_stage_idx ON adoptions (service_id, stage);
CREATE INDEX adoptions_municipality_idx ON adoptions (municipality_code);

-- Every change is a dated event with who recorded it; a stage change is an event too.
CREATE TABLE adoption_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  service_id uuid NOT NULL,
  municipality_code text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('stage-changed', 'motion-filed', 'motion-adopted', 'budget-decision',
                                     'contract-signed', 'go-live', 'other')),
  stage text CHECK (stage IN ('interested', 'deciding', 'implementing', 'live', 'stopped')),
  occurred_on date NOT NULL,
  note text NOT NULL DEFAULT '',
  recorded_by uuid REFERENCES accounts (id) ON DELETE SET NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'stage-changed') = (stage IS NOT NULL)),
  FOREIGN KEY (service_id, municipality_code) REFERENCES adoptions (service_id, municipality_code) ON DELETE CASCADE
);
CREATE INDEX adoption_events_adoption_idx ON adoption_events (service_id, municipality_code, occurred_on, recorded_at);

-- Who matters in the decision, and where they stand. Visible only to that municipality's
-- officials and the platform operator.
CREATE TABLE adoption_stakeholders (
  service_id uuid NOT NULL,
  municipality_code text NOT NULL,
  role text NOT NULL CHECK (role IN ('wethouder', 'gemeenteraad', 'welzijnsorganisatie', 'ambtenaar', 'bewoners')),
  stance text NOT NULL CHECK (stance IN ('voor', 'neutraal', 'tegen', 'onbekend')),
  note text NOT NULL DEFAULT '',
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (service_id, municipality_code, role),
  FOREIGN KEY (service_id, municipality_code) REFERENCES adoptions (service_id, municipality_code) ON DELETE CASCADE
);

-- Progress on the learning path per municipality; a step can be done once for the group (shared).
CREATE TABLE adoption_steps (
  service_id uuid NOT NULL,
  municipality_code text NOT NULL,
  step_id uuid NOT NULL REFERENCES service_steps (id) ON DELETE CASCADE,
  done boolean NOT NULL DEFAULT false,
  shared boolean NOT NULL DEFAULT false,
  done_on date,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (service_id, municipality_code, step_id),
  FOREIGN KEY (service_id, municipality_code) REFERENCES adoptions (service_id, municipality_code) ON DELETE CASCADE
);
CREATE INDEX adoption_steps_step_idx ON adoption_steps (step_id, done);

-- The local marketplace is itself a national service; every marketplace launched so far is live.
INSERT INTO services (slug, name, description, operator_name, status, standards, links)
VALUES ('lokale-marktplaats-vrijwillige-hulp', 'Lokale marktplaats vrijwillige hulp',
        'Een lokale marktplaats op Samen, met de naam en kleuren van de gemeente, beheerd door de welzijnsorganisatie: '
        || 'inwoners vragen hulp, vrijwilligers bieden hulp, organisaties plaatsen vacatures. Alle marktplaatsen samen '
        || 'vormen één landelijk netwerk.',
        'Samen', 'beschikbaar', '[{"name": "WCAG 2.1 AA"}, {"name": "NL Design System"}, {"name": "NLGov REST API Design Rules 2.2"}]',
        '[]');
INSERT INTO service_steps (service_id, position, title, explanation, checklist)
SELECT s.id, step.position, step.title, step.explanation, step.checklist::jsonb
  FROM services s,
       (VALUES
         (1, 'Kies de welzijnsorganisatie die de marktplaats beheert',
          'De marktplaats wordt lokaal gerund: kies de welzijnsorganisatie of vrijwilligerscentrale die beheerders levert.',
          '["Afspraak over beheer en bereikbaarheid", "Beheerders hebben een account op Samen"]'),
         (2, 'Maak afspraken over privacy',
          'Leg vast wie welke persoonsgegevens mag zien, en hoe lang die bewaard blijven.',
          '["Verwerkersovereenkomst getekend", "Bewaartermijnen afgesproken"]'),
         (3, 'Richt de marktplaats in',
          'Naam, logo en kleuren van de gemeente, categorieën die aan staan, controle vooraf ja of nee.',
          '["Kleuren halen WCAG AA", "Categorieën gekozen"]'),
         (4, 'Lanceer de marktplaats',
          'Netwerkbeheer zet de marktplaats live; inwoners vinden haar via de pagina van de gemeente.',
          '["Aangekondigd in de lokale media", "Link op de website van de gemeente"]'),
         (5, 'Volg de cijfers',
          'Kijk elk kwartaal naar hulpvragen, reacties en matches, en bespreek ze met de welzijnsorganisatie.',
          '["Eerste kwartaalrapportage besproken"]')
       ) AS step(position, title, explanation, checklist)
 WHERE s.slug = 'lokale-marktplaats-vrijwillige-hulp';
INSERT INTO adoptions (service_id, municipality_code, stage, interested_on, decided_on, live_on)
SELECT s.id, m.municipality_code, 'live', m.launched_at::date, m.launched_at::date, m.launched_at::date
  FROM marketplaces m, services s WHERE s.slug = 'lokale-marktplaats-vrijwillige-hulp';
INSERT INTO adoption_events (service_id, municipality_code, kind, stage, occurred_on, note)
SELECT a.service_id, a.municipality_code, 'stage-changed', 'live', a.live_on, 'De lokale marktplaats is gelanceerd op Samen.'
  FROM adoptions a JOIN services s ON s.id = a.service_id WHERE s.slug = 'lokale-marktplaats-vrijwillige-hulp';
