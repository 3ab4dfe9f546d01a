-- Intake no longer feeds the dashboard's queue through a trigger: the statement-level trigger with its
-- transition table cost about a sixth of intake's rate (bench/results/intake.json). The refresh job
-- queues new cases itself, by opening time along cases_office_opened (src/server/modules/dashboard/
-- refresh.ts, queueNewCases). Changes and deletions of cases keep their triggers.
DROP TRIGGER "cases_dashboard_insert" ON "cases";
