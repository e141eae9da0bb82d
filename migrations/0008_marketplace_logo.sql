-- A marketplace's own logo, uploaded by its beheerders: a PNG or an SVG, served from
-- /gemeenten/{slug}/marktplaats/logo. The unused text column of the first version goes.
ALTER TABLE marketplaces DROP COLUMN logo_svg;
ALTER TABLE marketplaces ADD COLUMN logo bytea;
ALTER TABLE marketplaces ADD COLUMN logo_type text CHECK (logo_type IN ('image/png', 'image/svg+xml'));
ALTER TABLE marketplaces ADD COLUMN logo_changed_at timestamptz;
ALTER TABLE marketplaces ADD CONSTRAINT marketplaces_logo_typed CHECK ((logo IS NULL) = (logo_type IS NULL));
