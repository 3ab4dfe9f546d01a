CREATE TABLE "dashboard_case_facts" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"office_id" uuid NOT NULL,
	"month" date NOT NULL,
	"service_code" text NOT NULL,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"district_code" text NOT NULL,
	"ppks_category" text NOT NULL,
	"status" text NOT NULL,
	"closure" text,
	"duration_bucket" smallint,
	"step_buckets" smallint[] NOT NULL,
	"version_id" text NOT NULL,
	"current_step" smallint NOT NULL,
	"holder" text NOT NULL,
	"assignee_user_id" text NOT NULL,
	"due_day" date,
	"indicators" smallint NOT NULL,
	"referrals" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dashboard_dirty_cases" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dashboard_month_cases" (
	"office_id" uuid NOT NULL,
	"month" date NOT NULL,
	"service_code" text NOT NULL,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"district_code" text NOT NULL,
	"status" text NOT NULL,
	"cases" integer DEFAULT 0 NOT NULL,
	"on_time" integer DEFAULT 0 NOT NULL,
	"late" integer DEFAULT 0 NOT NULL,
	"no_due" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dashboard_month_categories" (
	"office_id" uuid NOT NULL,
	"month" date NOT NULL,
	"service_code" text NOT NULL,
	"channel" text NOT NULL,
	"district_code" text NOT NULL,
	"ppks_category" text NOT NULL,
	"cases" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dashboard_month_durations" (
	"office_id" uuid NOT NULL,
	"month" date NOT NULL,
	"service_code" text NOT NULL,
	"channel" text NOT NULL,
	"district_code" text NOT NULL,
	"bucket" smallint NOT NULL,
	"cases" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dashboard_month_indicators" (
	"office_id" uuid NOT NULL,
	"month" date NOT NULL,
	"indicator" text NOT NULL,
	"service_code" text NOT NULL,
	"channel" text NOT NULL,
	"district_code" text NOT NULL,
	"status" text NOT NULL,
	"cases" integer DEFAULT 0 NOT NULL,
	"on_time" integer DEFAULT 0 NOT NULL,
	"late" integer DEFAULT 0 NOT NULL,
	"no_due" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dashboard_month_referral_times" (
	"office_id" uuid NOT NULL,
	"month" date NOT NULL,
	"body_kind" text NOT NULL,
	"body_name" text NOT NULL,
	"measure" text NOT NULL,
	"bucket" smallint NOT NULL,
	"referrals" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dashboard_month_referrals" (
	"office_id" uuid NOT NULL,
	"month" date NOT NULL,
	"service_code" text NOT NULL,
	"channel" text NOT NULL,
	"district_code" text NOT NULL,
	"target_kind" text NOT NULL,
	"body_kind" text NOT NULL,
	"body_name" text NOT NULL,
	"status" text NOT NULL,
	"referrals" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dashboard_month_service_durations" (
	"office_id" uuid NOT NULL,
	"month" date NOT NULL,
	"service_code" text NOT NULL,
	"bucket" smallint NOT NULL,
	"cases" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dashboard_month_steps" (
	"office_id" uuid NOT NULL,
	"month" date NOT NULL,
	"service_code" text NOT NULL,
	"version_id" text NOT NULL,
	"step_index" smallint NOT NULL,
	"bucket" smallint NOT NULL,
	"steps" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dashboard_open_cases" (
	"office_id" uuid NOT NULL,
	"service_code" text NOT NULL,
	"channel" text NOT NULL,
	"district_code" text NOT NULL,
	"status" text NOT NULL,
	"holder" text NOT NULL,
	"due_day" date NOT NULL,
	"cases" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dashboard_open_workload" (
	"office_id" uuid NOT NULL,
	"assignee_user_id" text NOT NULL,
	"version_id" text NOT NULL,
	"current_step" smallint NOT NULL,
	"service_code" text NOT NULL,
	"cases" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
DROP INDEX "case_subjects_nik_hash";--> statement-breakpoint
ALTER TABLE "registry_imports" ADD COLUMN "heartbeat_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "dashboard_month_cases_key" ON "dashboard_month_cases" USING btree ("office_id","month","service_code","kind","channel","district_code","status");--> statement-breakpoint
CREATE UNIQUE INDEX "dashboard_month_categories_key" ON "dashboard_month_categories" USING btree ("office_id","month","service_code","channel","district_code","ppks_category");--> statement-breakpoint
CREATE UNIQUE INDEX "dashboard_month_durations_key" ON "dashboard_month_durations" USING btree ("office_id","month","service_code","channel","district_code","bucket");--> statement-breakpoint
CREATE UNIQUE INDEX "dashboard_month_indicators_key" ON "dashboard_month_indicators" USING btree ("office_id","month","indicator","service_code","channel","district_code","status");--> statement-breakpoint
CREATE UNIQUE INDEX "dashboard_month_referral_times_key" ON "dashboard_month_referral_times" USING btree ("office_id","month","body_kind","body_name","measure","bucket");--> statement-breakpoint
CREATE UNIQUE INDEX "dashboard_month_referrals_key" ON "dashboard_month_referrals" USING btree ("office_id","month","service_code","channel","district_code","target_kind","body_kind","body_name","status");--> statement-breakpoint
CREATE UNIQUE INDEX "dashboard_month_service_durations_key" ON "dashboard_month_service_durations" USING btree ("office_id","month","service_code","bucket");--> statement-breakpoint
CREATE UNIQUE INDEX "dashboard_month_steps_key" ON "dashboard_month_steps" USING btree ("office_id","month","service_code","version_id","step_index","bucket");--> statement-breakpoint
CREATE UNIQUE INDEX "dashboard_open_cases_key" ON "dashboard_open_cases" USING btree ("office_id","service_code","channel","district_code","status","holder","due_day");--> statement-breakpoint
CREATE UNIQUE INDEX "dashboard_open_workload_key" ON "dashboard_open_workload" USING btree ("office_id","assignee_user_id","version_id","current_step","service_code");--> statement-breakpoint
CREATE INDEX "case_subjects_nik_hash" ON "case_subjects" USING btree ("nik_hash") WHERE nik_hash is not null;--> statement-breakpoint
-- Written by hand (drizzle-kit does not know triggers): the dashboard's change feed. Each statement
-- that adds, changes or removes cases or referrals adds the ids of the cases it touched to
-- dashboard_dirty_cases, once per statement through its transition table; the refresh job
-- (src/server/modules/dashboard/refresh.ts) takes them from there. An update counts only when it
-- changes what the rollups read, so the deadline sweep's flags and the register's links add nothing.
CREATE FUNCTION dashboard_mark_cases() RETURNS trigger AS $$
BEGIN
  INSERT INTO dashboard_dirty_cases (case_id) SELECT id FROM changed_rows;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE FUNCTION dashboard_mark_changed_cases() RETURNS trigger AS $$
BEGIN
  INSERT INTO dashboard_dirty_cases (case_id)
  SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
  WHERE (n.office_id, n.service_code, n.kind, n.channel, n.status, n.ppks_category, n.district_code,
         n.opened_at, n.due_at, n.closed_at, n.current_step, n.assignee_user_id, n.assigned_division,
         n.assigned_district_code, n.standard_version_id)
    IS DISTINCT FROM
        (o.office_id, o.service_code, o.kind, o.channel, o.status, o.ppks_category, o.district_code,
         o.opened_at, o.due_at, o.closed_at, o.current_step, o.assignee_user_id, o.assigned_division,
         o.assigned_district_code, o.standard_version_id);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE FUNCTION dashboard_mark_referral_cases() RETURNS trigger AS $$
BEGIN
  INSERT INTO dashboard_dirty_cases (case_id) SELECT case_id FROM changed_rows;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER cases_dashboard_insert AFTER INSERT ON cases
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_mark_cases();
--> statement-breakpoint
CREATE TRIGGER cases_dashboard_update AFTER UPDATE ON cases
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_mark_changed_cases();
--> statement-breakpoint
CREATE TRIGGER cases_dashboard_delete AFTER DELETE ON cases
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_mark_cases();
--> statement-breakpoint
CREATE TRIGGER case_referrals_dashboard_insert AFTER INSERT ON case_referrals
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_mark_referral_cases();
--> statement-breakpoint
CREATE TRIGGER case_referrals_dashboard_update AFTER UPDATE ON case_referrals
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_mark_referral_cases();
--> statement-breakpoint
CREATE TRIGGER case_referrals_dashboard_delete AFTER DELETE ON case_referrals
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_mark_referral_cases();
