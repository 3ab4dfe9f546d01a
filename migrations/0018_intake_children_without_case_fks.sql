ALTER TABLE "case_events" DROP CONSTRAINT "case_events_case_id_cases_id_fk";
--> statement-breakpoint
ALTER TABLE "case_subjects" DROP CONSTRAINT "case_subjects_case_id_cases_id_fk";
--> statement-breakpoint
ALTER TABLE "notification_outbox" DROP CONSTRAINT "notification_outbox_case_id_cases_id_fk";
--> statement-breakpoint
-- Written by hand: the person, the timeline and the notices of a case have no foreign key to it
-- (each key check locked the case just written, a WAL record each: about a ninth of intake's rate), so
-- a case must never go. Cases end by status (closed, rejected, out of scope), never by DELETE.
CREATE FUNCTION cases_reject_delete() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'cases are never deleted: they end by status';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER cases_never_deleted BEFORE DELETE ON cases
  FOR EACH ROW EXECUTE FUNCTION cases_reject_delete();
