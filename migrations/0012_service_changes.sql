-- When anything a service's page shows changes (an adoption, its events, step progress, a shared
-- implementation), the service's changed_at moves, whatever wrote it: the page and its map are
-- rendered once per change and served from memory in between (ADR 0006). Statement-level triggers
-- with transition tables, so a bulk write touches each service once.
ALTER TABLE services ADD COLUMN changed_at timestamptz NOT NULL DEFAULT clock_timestamp();

CREATE FUNCTION samen_touch_services() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE services SET changed_at = clock_timestamp()
   WHERE id IN (SELECT service_id FROM changed_rows);
  RETURN NULL;
END $$;

CREATE TRIGGER adoptions_touch_insert AFTER INSERT ON adoptions
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION samen_touch_services();
CREATE TRIGGER adoptions_touch_update AFTER UPDATE ON adoptions
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION samen_touch_services();
CREATE TRIGGER adoptions_touch_delete AFTER DELETE ON adoptions
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION samen_touch_services();
CREATE TRIGGER adoption_events_touch AFTER INSERT ON adoption_events
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION samen_touch_services();
CREATE TRIGGER adoption_steps_touch_insert AFTER INSERT ON adoption_steps
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION samen_touch_services();
CREATE TRIGGER adoption_steps_touch_update AFTER UPDATE ON adoption_steps
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION samen_touch_services();
CREATE TRIGGER implementation_groups_touch AFTER INSERT ON implementation_groups
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION samen_touch_services();
CREATE TRIGGER service_steps_touch AFTER INSERT ON service_steps
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION samen_touch_services();
