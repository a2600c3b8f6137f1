CREATE TABLE `libraries` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE TABLE `providers` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text,
	`library` text
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source` text NOT NULL,
	`external_id` text NOT NULL,
	`library` text NOT NULL,
	`provider_id` text NOT NULL,
	`provider_name` text,
	`started_at` integer NOT NULL,
	`started_iso` text NOT NULL,
	`ended_at` integer NOT NULL,
	`resolution_code` text,
	`survey_rating` integer,
	`hash` text NOT NULL,
	`doc` text NOT NULL,
	`rubric_version` text,
	`score_value` real,
	`raw_score` real,
	`critical` integer DEFAULT false NOT NULL,
	`flagged` integer DEFAULT false NOT NULL,
	`flags` text DEFAULT '[]' NOT NULL,
	`checks` text DEFAULT '[]' NOT NULL,
	`follow_up_pending` integer DEFAULT false NOT NULL,
	`follow_up_deadline` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sessions_source_external_id` ON `sessions` (`source`,`external_id`);--> statement-breakpoint
CREATE INDEX `sessions_started` ON `sessions` (`started_at`,`id`);--> statement-breakpoint
CREATE INDEX `sessions_library_started` ON `sessions` (`library`,`started_at`,`id`);--> statement-breakpoint
CREATE INDEX `sessions_provider_started` ON `sessions` (`provider_id`,`started_at`,`id`);--> statement-breakpoint
CREATE INDEX `sessions_score` ON `sessions` (`score_value`,`id`);--> statement-breakpoint
CREATE INDEX `sessions_flagged_started` ON `sessions` (`flagged`,`started_at`,`id`);--> statement-breakpoint
CREATE INDEX `sessions_followup_pending` ON `sessions` (`follow_up_pending`,`follow_up_deadline`);--> statement-breakpoint
CREATE TABLE `session_checks` (
	`session_id` integer NOT NULL,
	`check` integer NOT NULL,
	`status` integer NOT NULL,
	`value` real,
	`started_at` integer NOT NULL,
	PRIMARY KEY(`session_id`, `check`),
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `session_checks_status` ON `session_checks` (`check`,`status`,`started_at`);--> statement-breakpoint
CREATE TABLE `provider_intervals` (
	`session_id` integer NOT NULL,
	`provider_id` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `provider_intervals_provider_start` ON `provider_intervals` (`provider_id`,`start`);--> statement-breakpoint
CREATE INDEX `provider_intervals_session` ON `provider_intervals` (`session_id`);--> statement-breakpoint
CREATE TABLE `followups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`session_id` integer NOT NULL,
	`done_at` text NOT NULL,
	`by` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `followups_session` ON `followups` (`session_id`);--> statement-breakpoint
CREATE TABLE `api_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`last_used_at` integer,
	`revoked_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_tokens_token_hash_unique` ON `api_tokens` (`token_hash`);--> statement-breakpoint
CREATE TABLE `auth_sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`library` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `patron_originals` (
	`session_id` integer PRIMARY KEY NOT NULL,
	`data` text NOT NULL,
	`purge_after` integer NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `patron_originals_purge` ON `patron_originals` (`purge_after`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `stats_checks` (
	`week` integer NOT NULL,
	`library` text NOT NULL,
	`check` integer NOT NULL,
	`pass` integer DEFAULT 0 NOT NULL,
	`fail` integer DEFAULT 0 NOT NULL,
	`na` integer DEFAULT 0 NOT NULL,
	`pending` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`week`, `library`, `check`)
);
--> statement-breakpoint
CREATE TABLE `stats_weekly` (
	`week` integer NOT NULL,
	`library` text NOT NULL,
	`sessions` integer DEFAULT 0 NOT NULL,
	`scored` integer DEFAULT 0 NOT NULL,
	`value_sum` real DEFAULT 0 NOT NULL,
	`checks_pass` integer DEFAULT 0 NOT NULL,
	`checks_fail` integer DEFAULT 0 NOT NULL,
	`flagged` integer DEFAULT 0 NOT NULL,
	`pickup_within` integer DEFAULT 0 NOT NULL,
	`fu_on_time` integer DEFAULT 0 NOT NULL,
	`fu_late` integer DEFAULT 0 NOT NULL,
	`fu_overdue` integer DEFAULT 0 NOT NULL,
	`fu_pending` integer DEFAULT 0 NOT NULL,
	`pickup_le15` integer DEFAULT 0 NOT NULL,
	`pickup_le30` integer DEFAULT 0 NOT NULL,
	`pickup_le60` integer DEFAULT 0 NOT NULL,
	`pickup_le120` integer DEFAULT 0 NOT NULL,
	`pickup_le300` integer DEFAULT 0 NOT NULL,
	`pickup_longer` integer DEFAULT 0 NOT NULL,
	`pickup_never` integer DEFAULT 0 NOT NULL,
	`hour0` integer DEFAULT 0 NOT NULL,
	`hour1` integer DEFAULT 0 NOT NULL,
	`hour2` integer DEFAULT 0 NOT NULL,
	`hour3` integer DEFAULT 0 NOT NULL,
	`hour4` integer DEFAULT 0 NOT NULL,
	`hour5` integer DEFAULT 0 NOT NULL,
	`hour6` integer DEFAULT 0 NOT NULL,
	`hour7` integer DEFAULT 0 NOT NULL,
	`hour8` integer DEFAULT 0 NOT NULL,
	`hour9` integer DEFAULT 0 NOT NULL,
	`hour10` integer DEFAULT 0 NOT NULL,
	`hour11` integer DEFAULT 0 NOT NULL,
	`hour12` integer DEFAULT 0 NOT NULL,
	`hour13` integer DEFAULT 0 NOT NULL,
	`hour14` integer DEFAULT 0 NOT NULL,
	`hour15` integer DEFAULT 0 NOT NULL,
	`hour16` integer DEFAULT 0 NOT NULL,
	`hour17` integer DEFAULT 0 NOT NULL,
	`hour18` integer DEFAULT 0 NOT NULL,
	`hour19` integer DEFAULT 0 NOT NULL,
	`hour20` integer DEFAULT 0 NOT NULL,
	`hour21` integer DEFAULT 0 NOT NULL,
	`hour22` integer DEFAULT 0 NOT NULL,
	`hour23` integer DEFAULT 0 NOT NULL,
	`weekday0` integer DEFAULT 0 NOT NULL,
	`weekday1` integer DEFAULT 0 NOT NULL,
	`weekday2` integer DEFAULT 0 NOT NULL,
	`weekday3` integer DEFAULT 0 NOT NULL,
	`weekday4` integer DEFAULT 0 NOT NULL,
	`weekday5` integer DEFAULT 0 NOT NULL,
	`weekday6` integer DEFAULT 0 NOT NULL,
	`flag_critical_fail` integer DEFAULT 0 NOT NULL,
	`flag_low_score` integer DEFAULT 0 NOT NULL,
	`flag_low_rating` integer DEFAULT 0 NOT NULL,
	`flag_negative_comment` integer DEFAULT 0 NOT NULL,
	`flag_followup_overdue` integer DEFAULT 0 NOT NULL,
	`flag_followup_session` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`week`, `library`)
);
