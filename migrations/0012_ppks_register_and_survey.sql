CREATE TABLE "job_cursors" (
	"name" text PRIMARY KEY NOT NULL,
	"position" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ppks_persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"nik_hash" text,
	"nik" text,
	"kk" text,
	"full_name" text NOT NULL,
	"birth_place" text,
	"birth_date" text,
	"match_key" text,
	"district_code" text NOT NULL,
	"village_code" text NOT NULL,
	"address" text,
	"latest_category" text NOT NULL,
	"latest_subcategory" text,
	"photo_attachment_id" uuid,
	"case_count" integer DEFAULT 0 NOT NULL,
	"first_case_at" timestamp with time zone NOT NULL,
	"last_case_at" timestamp with time zone NOT NULL,
	"merged_into_id" uuid,
	"name_search" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', full_name)) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"case_id" uuid,
	"service_code" text,
	"source" text NOT NULL,
	"score_requirements" integer NOT NULL,
	"score_procedure" integer NOT NULL,
	"score_time" integer NOT NULL,
	"score_cost" integer NOT NULL,
	"score_product" integer NOT NULL,
	"score_competence" integer NOT NULL,
	"score_behaviour" integer NOT NULL,
	"score_complaints" integer NOT NULL,
	"score_facilities" integer NOT NULL,
	"comment" text,
	"respondent" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"recorded_by" uuid
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "person_id" uuid;--> statement-breakpoint
ALTER TABLE "ppks_persons" ADD CONSTRAINT "ppks_persons_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ppks_persons_office_nik" ON "ppks_persons" USING btree ("office_id","nik_hash") WHERE nik_hash is not null and merged_into_id is null;--> statement-breakpoint
CREATE INDEX "ppks_persons_office_match" ON "ppks_persons" USING btree ("office_id","match_key");--> statement-breakpoint
CREATE INDEX "ppks_persons_office_district" ON "ppks_persons" USING btree ("office_id","district_code","last_case_at");--> statement-breakpoint
CREATE INDEX "ppks_persons_name_search" ON "ppks_persons" USING gin ("name_search");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_case" ON "survey_responses" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "survey_responses_office_at" ON "survey_responses" USING btree ("office_id","submitted_at");--> statement-breakpoint
CREATE INDEX "cases_person" ON "cases" USING btree ("person_id") WHERE person_id is not null;