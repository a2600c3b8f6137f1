CREATE TABLE `session_documents` (
	`session_id` integer PRIMARY KEY NOT NULL,
	`doc` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
-- move the transcripts of existing sessions before the column goes
INSERT INTO `session_documents` (`session_id`, `doc`) SELECT `id`, `doc` FROM `sessions`;
--> statement-breakpoint
ALTER TABLE `sessions` DROP COLUMN `doc`;