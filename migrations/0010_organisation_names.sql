-- One organisation per name within a municipality (or nationally, without one). Two requests that
-- create the same organisation at once get one organisation and a 409, not two and a 500.
CREATE UNIQUE INDEX organisations_name_idx ON organisations (lower(name), coalesce(municipality_code, ''));
