CREATE TABLE "notice_recipients" (
	"office_id" uuid NOT NULL,
	"address_hash" text NOT NULL,
	"stopped_at" timestamp with time zone,
	"stop_source" text,
	"not_on_whatsapp_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notice_recipients_office_id_address_hash_pk" PRIMARY KEY("office_id","address_hash")
);
--> statement-breakpoint
CREATE TABLE "staff_notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"case_id" uuid,
	"ticket" text,
	"kind" text NOT NULL,
	"message" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "case_subjects" ADD COLUMN "reporter_email" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "escalation_level" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "escalate_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notification_outbox" ADD COLUMN "params" jsonb;--> statement-breakpoint
ALTER TABLE "notification_outbox" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "notification_outbox" ADD COLUMN "next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "notification_outbox" ADD COLUMN "claimed_by" text;--> statement-breakpoint
ALTER TABLE "notification_outbox" ADD COLUMN "last_error" text;--> statement-breakpoint
ALTER TABLE "notification_outbox" ADD COLUMN "provider_message_id" text;--> statement-breakpoint
ALTER TABLE "notification_outbox" ADD COLUMN "fallback_from" text;--> statement-breakpoint
ALTER TABLE "notification_outbox" ADD COLUMN "sent_by_hand" uuid;--> statement-breakpoint
ALTER TABLE "notification_outbox" ADD COLUMN "delivered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notification_outbox" ADD COLUMN "read_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notification_outbox" ADD COLUMN "failed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "offices" ADD COLUMN "notification_settings" jsonb;--> statement-breakpoint
ALTER TABLE "staff_notifications" ADD CONSTRAINT "staff_notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "staff_notifications_user" ON "staff_notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "staff_notifications_unread" ON "staff_notifications" USING btree ("user_id") WHERE read_at is null;--> statement-breakpoint
ALTER TABLE "notification_outbox" ADD CONSTRAINT "notification_outbox_sent_by_hand_users_id_fk" FOREIGN KEY ("sent_by_hand") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cases_escalate_at" ON "cases" USING btree ("escalate_at") WHERE escalate_at is not null;--> statement-breakpoint
CREATE INDEX "notification_outbox_office_created" ON "notification_outbox" USING btree ("office_id","created_at");--> statement-breakpoint
CREATE INDEX "notification_outbox_due" ON "notification_outbox" USING btree ("next_attempt_at") WHERE status in ('pending', 'sending');--> statement-breakpoint
CREATE INDEX "notification_outbox_provider_id" ON "notification_outbox" USING btree ("provider_message_id") WHERE provider_message_id is not null;--> statement-breakpoint
-- Staff alerts written before issue 14 carried `case.<alert>` templates; they are `staff.<alert>` now.
UPDATE "notification_outbox" SET "template" = 'staff.' || substr("template", 6)
  WHERE "recipient" LIKE 'user:%' AND "template" LIKE 'case.%' AND "template" <> 'case.disputed.officer';--> statement-breakpoint
UPDATE "notification_outbox" SET "template" = 'staff.disputed' WHERE "template" = 'case.disputed.officer';
