-- UNLOGGED: counters need no WAL; a crash only forgets one window's counts. No index on window_end,
-- so each hit's update stays a HOT update (the cleanup scans a table of live keys only).
CREATE UNLOGGED TABLE "rate_limits" (
	"route" text NOT NULL,
	"client" text NOT NULL,
	"hits" integer NOT NULL,
	"window_end" timestamp with time zone NOT NULL,
	CONSTRAINT "rate_limits_route_client_pk" PRIMARY KEY("route","client")
);
