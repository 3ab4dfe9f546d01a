CREATE TABLE "registry_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"status" text NOT NULL,
	"stage" text,
	"documents" jsonb NOT NULL,
	"stages" jsonb NOT NULL,
	"started_on" date NOT NULL,
	"due_on" date NOT NULL,
	"finished_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registry_proposals_case_id_unique" UNIQUE("case_id")
);
--> statement-breakpoint
ALTER TABLE "registry_proposals" ADD CONSTRAINT "registry_proposals_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_proposals" ADD CONSTRAINT "registry_proposals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_proposals" ADD CONSTRAINT "registry_proposals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "registry_proposals_office" ON "registry_proposals" USING btree ("office_id","status","stage");