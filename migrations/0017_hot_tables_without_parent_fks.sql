ALTER TABLE "cases" DROP CONSTRAINT "cases_office_id_offices_id_fk";
--> statement-breakpoint
ALTER TABLE "cases" DROP CONSTRAINT "cases_standard_version_id_service_standard_versions_id_fk";
--> statement-breakpoint
ALTER TABLE "notification_outbox" DROP CONSTRAINT "notification_outbox_office_id_offices_id_fk";
--> statement-breakpoint
-- Written by hand: with no foreign keys from cases and notices, an office must never go, or its cases
-- would point at nothing. Offices are closed by configuration, not deleted. (Service standard
-- versions already refuse UPDATE and DELETE: migration 0003.)
CREATE FUNCTION offices_reject_delete() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'offices are never deleted: their cases refer to them';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER offices_never_deleted BEFORE DELETE ON offices
  FOR EACH ROW EXECUTE FUNCTION offices_reject_delete();
