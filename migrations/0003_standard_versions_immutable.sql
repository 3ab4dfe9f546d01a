-- A service standard version never changes once written: open cases keep the rules and deadlines
-- they were opened under. Edits add a new version instead.
CREATE OR REPLACE FUNCTION service_standard_versions_reject_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'service_standard_versions are immutable: add a new version instead';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER service_standard_versions_immutable
  BEFORE UPDATE OR DELETE ON service_standard_versions
  FOR EACH ROW EXECUTE FUNCTION service_standard_versions_reject_change();
