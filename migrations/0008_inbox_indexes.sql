DROP INDEX "cases_office_district";--> statement-breakpoint
DROP INDEX "cases_office_assignee";--> statement-breakpoint
CREATE INDEX "cases_office_opened" ON "cases" USING btree ("office_id","opened_at","id");--> statement-breakpoint
CREATE INDEX "cases_office_district_opened" ON "cases" USING btree ("office_id","district_code","opened_at");--> statement-breakpoint
CREATE INDEX "cases_office_assignee_opened" ON "cases" USING btree ("office_id","assignee_user_id","opened_at");