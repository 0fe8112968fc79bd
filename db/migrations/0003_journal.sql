CREATE TABLE "ledger_block_anchors" (
	"block_number" integer PRIMARY KEY NOT NULL,
	"tx_id" text NOT NULL,
	"anchored_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_blocks" (
	"number" integer PRIMARY KEY NOT NULL,
	"first_position" bigint NOT NULL,
	"last_position" bigint NOT NULL,
	"merkle_root" text NOT NULL,
	"last_entry_hash" text NOT NULL,
	"prev_block_hash" text NOT NULL,
	"header_hash" text NOT NULL,
	"signature" text NOT NULL,
	"key_id" text NOT NULL,
	"sealed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ledger_blocks_first_position_unique" UNIQUE("first_position"),
	CONSTRAINT "ledger_blocks_last_position_unique" UNIQUE("last_position"),
	CONSTRAINT "ledger_blocks_header_hash_unique" UNIQUE("header_hash"),
	CONSTRAINT "ledger_blocks_range" CHECK ("ledger_blocks"."first_position" > 0 and "ledger_blocks"."last_position" >= "ledger_blocks"."first_position"),
	CONSTRAINT "ledger_blocks_hashes" CHECK ("ledger_blocks"."merkle_root" ~ '^[0-9a-f]{64}$' and "ledger_blocks"."last_entry_hash" ~ '^[0-9a-f]{64}$' and "ledger_blocks"."prev_block_hash" ~ '^[0-9a-f]{64}$' and "ledger_blocks"."header_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "ledger_journal_entries" (
	"position" bigint PRIMARY KEY NOT NULL,
	"transfer_id" uuid NOT NULL,
	"prev_hash" text NOT NULL,
	"entry_hash" text NOT NULL,
	"payload" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_journal_entries_transfer_id_unique" UNIQUE("transfer_id"),
	CONSTRAINT "ledger_journal_entries_position_positive" CHECK ("ledger_journal_entries"."position" > 0),
	CONSTRAINT "ledger_journal_entries_hashes" CHECK ("ledger_journal_entries"."prev_hash" ~ '^[0-9a-f]{64}$' and "ledger_journal_entries"."entry_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "ledger_signing_keys" (
	"key_id" text PRIMARY KEY NOT NULL,
	"public_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_signing_keys_public_key_unique" UNIQUE("public_key")
);
--> statement-breakpoint
ALTER TABLE "ledger_block_anchors" ADD CONSTRAINT "ledger_block_anchors_block_number_ledger_blocks_number_fk" FOREIGN KEY ("block_number") REFERENCES "public"."ledger_blocks"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_blocks" ADD CONSTRAINT "ledger_blocks_key_id_ledger_signing_keys_key_id_fk" FOREIGN KEY ("key_id") REFERENCES "public"."ledger_signing_keys"("key_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_journal_entries" ADD CONSTRAINT "ledger_journal_entries_transfer_id_ledger_transfers_id_fk" FOREIGN KEY ("transfer_id") REFERENCES "public"."ledger_transfers"("id") ON DELETE no action ON UPDATE no action;