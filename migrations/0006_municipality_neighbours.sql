-- Which municipalities share a border (reference/gemeenten-buren-2026.csv, derived from the
-- CBS/PDOK boundaries). A marketplace may show its neighbours' posts too (show_neighbours).
CREATE TABLE municipality_neighbours (
  municipality_code text NOT NULL REFERENCES municipalities (code),
  neighbour_code text NOT NULL REFERENCES municipalities (code),
  PRIMARY KEY (municipality_code, neighbour_code)
);
