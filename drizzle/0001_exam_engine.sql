ALTER TABLE `user` ADD `extra_time_percent` integer DEFAULT 100 NOT NULL;--> statement-breakpoint
ALTER TABLE `attempt` ADD `mode` text DEFAULT 'exam' NOT NULL;--> statement-breakpoint
ALTER TABLE `attempt` ADD `domain_ids` text;--> statement-breakpoint
ALTER TABLE `attempt` ADD `time_limit_seconds` integer;--> statement-breakpoint
ALTER TABLE `attempt` ADD `current_position` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `attempt` ADD `auto_submitted` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `attempt_open_deadline_idx` ON `attempt` (`status`,`deadline_at`);--> statement-breakpoint
ALTER TABLE `attempt_item` ADD `checked_at` integer;