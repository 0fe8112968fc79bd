CREATE TABLE "community_settlement_totals" (
	"community_id" integer PRIMARY KEY NOT NULL,
	"statements_pending" integer DEFAULT 0 NOT NULL,
	"pending_cents" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resident_id_numbers" (
	"user_id" integer PRIMARY KEY NOT NULL,
	"id_number_cipher" text NOT NULL,
	"id_number_hash" text NOT NULL,
	"entered_by" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resident_id_numbers_id_number_hash_unique" UNIQUE("id_number_hash")
);
--> statement-breakpoint
ALTER TABLE "community_daily_stats" ADD COLUMN "statements_approved" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "community_daily_stats" ADD COLUMN "statements_paid" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "community_daily_stats" ADD COLUMN "settled_cents" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "community_snapshot_stats" ADD COLUMN "statements_pending" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "community_snapshot_stats" ADD COLUMN "pending_cents" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "community_settlement_totals" ADD CONSTRAINT "community_settlement_totals_community_id_nodes_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_id_numbers" ADD CONSTRAINT "resident_id_numbers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;