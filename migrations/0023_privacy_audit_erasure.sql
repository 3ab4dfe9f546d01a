-- Issue 16, point 8: erasure requests (UU PDP 27/2022), the cases already anonymised, and each
-- office's retention periods; "who saw this person" reads the audit rows of one case or one register
-- record (audit_office_target).
CREATE TABLE "privacy_erased_cases" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"office_id" uuid NOT NULL,
	"erased_at" timestamp with time zone NOT NULL,
	"request_id" uuid
);
--> statement-breakpoint
CREATE TABLE "privacy_erasure_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"requester_kind" text NOT NULL,
	"legal_basis" text NOT NULL,
	"reference_number" text NOT NULL,
	"reason" text NOT NULL,
	"status" text NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"outcome" jsonb
);
--> statement-breakpoint
CREATE TABLE "privacy_retention_settings" (
	"office_id" uuid PRIMARY KEY NOT NULL,
	"closed_case_years" integer NOT NULL,
	"registry_check_months" integer NOT NULL,
	"outbox_days" integer NOT NULL,
	"session_days" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "privacy_erased_cases" ADD CONSTRAINT "privacy_erased_cases_request_id_privacy_erasure_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."privacy_erasure_requests"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "privacy_erasure_requests" ADD CONSTRAINT "privacy_erasure_requests_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "privacy_erasure_requests" ADD CONSTRAINT "privacy_erasure_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "privacy_erasure_requests" ADD CONSTRAINT "privacy_erasure_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "privacy_retention_settings" ADD CONSTRAINT "privacy_retention_settings_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "privacy_retention_settings" ADD CONSTRAINT "privacy_retention_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "privacy_erasure_requests_office" ON "privacy_erasure_requests" USING btree ("office_id","requested_at");
--> statement-breakpoint
CREATE INDEX "audit_office_target" ON "audit_log" USING btree ("office_id","target_type","target_id");
