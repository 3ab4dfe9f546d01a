-- Issue 16: personal fields are sealed by the application (AES-256-GCM, src/server/crypto), so the
-- database can no longer index the names' words itself: each row keeps a blind index instead (keyed
-- hashes of the words' prefixes), written by the app. Existing rows are sealed and indexed by the
-- start-up job (or `npm run cli -- keys:rotate`): the keys are never in the database.
DROP INDEX IF EXISTS "case_subjects_name_search";--> statement-breakpoint
ALTER TABLE "case_subjects" DROP COLUMN IF EXISTS "name_search";--> statement-breakpoint
ALTER TABLE "case_subjects" ADD COLUMN "name_words" text[];--> statement-breakpoint
CREATE INDEX "case_subjects_name_words" ON "case_subjects" USING gin ("name_words");--> statement-breakpoint
DROP INDEX IF EXISTS "ppks_persons_name_search";--> statement-breakpoint
ALTER TABLE "ppks_persons" DROP COLUMN IF EXISTS "name_search";--> statement-breakpoint
ALTER TABLE "ppks_persons" ADD COLUMN "name_words" text[];--> statement-breakpoint
CREATE INDEX "ppks_persons_name_words" ON "ppks_persons" USING gin ("name_words");--> statement-breakpoint
-- A letter's snapshot of its person (NIK, KK, address) becomes sealed JSON text.
ALTER TABLE "letters" ALTER COLUMN "subject" TYPE text USING "subject"::text;
