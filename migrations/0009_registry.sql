CREATE TABLE "registry_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"method" text NOT NULL,
	"query_hash" text,
	"query_masked" text NOT NULL,
	"found" boolean NOT NULL,
	"member_ids" jsonb NOT NULL,
	"source" text,
	"data_date" date,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry_import_errors" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"import_id" uuid NOT NULL,
	"line" integer NOT NULL,
	"column" text NOT NULL,
	"reason" text NOT NULL,
	"message" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"format" text NOT NULL,
	"file_sha256" text NOT NULL,
	"source" text NOT NULL,
	"data_date" date NOT NULL,
	"mapping" jsonb NOT NULL,
	"status" text NOT NULL,
	"bytes_read" bigint DEFAULT 0 NOT NULL,
	"bytes_total" bigint NOT NULL,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"inserted" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	"message" text,
	"created_by" uuid,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "registry_mappings" (
	"office_id" uuid PRIMARY KEY NOT NULL,
	"mapping" jsonb NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"nik" text NOT NULL,
	"nik_hash" text NOT NULL,
	"kk" text NOT NULL,
	"kk_hash" text NOT NULL,
	"household_ref" text NOT NULL,
	"name" text NOT NULL,
	"birth_place" text,
	"birth_date" date,
	"sex" text,
	"relation" text,
	"address" text,
	"village_code" text NOT NULL,
	"pkh" boolean DEFAULT false NOT NULL,
	"bpnt" boolean DEFAULT false NOT NULL,
	"pbi_jkn" boolean DEFAULT false NOT NULL,
	"blt" boolean DEFAULT false NOT NULL,
	"decile" smallint,
	"source" text NOT NULL,
	"data_date" date NOT NULL,
	"import_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "registry_checks" ADD CONSTRAINT "registry_checks_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_checks" ADD CONSTRAINT "registry_checks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_checks" ADD CONSTRAINT "registry_checks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_import_errors" ADD CONSTRAINT "registry_import_errors_import_id_registry_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."registry_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_imports" ADD CONSTRAINT "registry_imports_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_imports" ADD CONSTRAINT "registry_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_mappings" ADD CONSTRAINT "registry_mappings_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_mappings" ADD CONSTRAINT "registry_mappings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_members" ADD CONSTRAINT "registry_members_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "registry_checks_case" ON "registry_checks" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "registry_checks_office" ON "registry_checks" USING btree ("office_id","at");--> statement-breakpoint
CREATE INDEX "registry_import_errors_import" ON "registry_import_errors" USING btree ("import_id","line");--> statement-breakpoint
CREATE INDEX "registry_imports_office" ON "registry_imports" USING btree ("office_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "registry_members_office_nik" ON "registry_members" USING btree ("office_id","nik_hash");--> statement-breakpoint
CREATE INDEX "registry_members_office_kk" ON "registry_members" USING btree ("office_id","kk_hash");--> statement-breakpoint
CREATE INDEX "registry_members_office_birth" ON "registry_members" USING btree ("office_id","birth_date");