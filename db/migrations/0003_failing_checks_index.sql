DROP INDEX `session_checks_status`;--> statement-breakpoint
CREATE INDEX `session_checks_failing` ON `session_checks` (`check`,`started_at`) WHERE "session_checks"."status" = 2;