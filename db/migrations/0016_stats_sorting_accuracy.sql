ALTER TABLE "community_daily_stats" ADD COLUMN "dropoffs" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "community_daily_stats" ADD COLUMN "dropoffs_correct" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "sorting_dropoffs_received_idx" ON "sorting_dropoffs" USING btree ("received_at");