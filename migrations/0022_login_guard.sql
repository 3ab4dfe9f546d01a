-- Login guard and session lifetime (issue 16): an account locked for an administrator's unlock,
-- and an absolute end to every session beside the idle one.
ALTER TABLE "users" ADD COLUMN "locked_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "max_expires_at" timestamp with time zone;
--> statement-breakpoint
UPDATE "sessions" SET "max_expires_at" = "created_at" + interval '12 hours';
--> statement-breakpoint
UPDATE "sessions" SET "expires_at" = LEAST("expires_at", "max_expires_at");
--> statement-breakpoint
ALTER TABLE "sessions" ALTER COLUMN "max_expires_at" SET NOT NULL;
