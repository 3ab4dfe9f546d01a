CREATE TABLE "report_requests" (
	"key" text PRIMARY KEY NOT NULL,
	"office_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"ticket" text NOT NULL,
	"tracking_url" text NOT NULL,
	"agenda_number" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_requests" ADD CONSTRAINT "report_requests_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_requests" ADD CONSTRAINT "report_requests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;