CREATE TABLE "case_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"content" jsonb NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"accuracy_metres" double precision,
	"photo_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"target_kind" text NOT NULL,
	"body_kind" text NOT NULL,
	"body_name" text,
	"district_code" text,
	"reason" text NOT NULL,
	"fields_shared" jsonb NOT NULL,
	"consent" jsonb NOT NULL,
	"status" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"responded_at" timestamp with time zone,
	"decline_reason" text,
	"completed_at" timestamp with time zone,
	"report" text,
	"created_by" uuid,
	"responded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_attachments" ADD COLUMN "label" text;--> statement-breakpoint
ALTER TABLE "case_subjects" ADD COLUMN "name_search" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', full_name)) STORED;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "assignee_user_id" uuid;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "assigned_division" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "assigned_district_code" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "last_officer_id" uuid;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "paused_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "status_before_pause" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "missing_documents" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "step_started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "step_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "visit_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "visited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "warned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "breached_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "step_breached_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "visit_breached_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "outcome" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "delivered_as" text;--> statement-breakpoint
ALTER TABLE "case_assessments" ADD CONSTRAINT "case_assessments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assessments" ADD CONSTRAINT "case_assessments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_referrals" ADD CONSTRAINT "case_referrals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_referrals" ADD CONSTRAINT "case_referrals_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_referrals" ADD CONSTRAINT "case_referrals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_referrals" ADD CONSTRAINT "case_referrals_responded_by_users_id_fk" FOREIGN KEY ("responded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_assessments_case" ON "case_assessments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_referrals_case" ON "case_referrals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_referrals_office_body" ON "case_referrals" USING btree ("office_id","body_name","status");--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_assignee_user_id_users_id_fk" FOREIGN KEY ("assignee_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_last_officer_id_users_id_fk" FOREIGN KEY ("last_officer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_subjects_name_search" ON "case_subjects" USING gin ("name_search");--> statement-breakpoint
CREATE INDEX "cases_office_assignee" ON "cases" USING btree ("office_id","assignee_user_id","status");--> statement-breakpoint
CREATE INDEX "cases_office_service" ON "cases" USING btree ("office_id","service_code","opened_at");--> statement-breakpoint
CREATE INDEX "cases_office_due" ON "cases" USING btree ("office_id","due_at");