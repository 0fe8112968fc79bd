CREATE TABLE "ledger_fabric_record_anchors" (
	"record_id" uuid PRIMARY KEY NOT NULL,
	"tx_id" text NOT NULL,
	"block_number" bigint,
	"anchored_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_fabric_record_outbox" (
	"record_id" uuid PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"refused_code" text,
	"refused_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_fabric_record_outbox_refused" CHECK (("ledger_fabric_record_outbox"."refused_code" is null) = ("ledger_fabric_record_outbox"."refused_at" is null))
);
--> statement-breakpoint
CREATE TABLE "ledger_record_outbox" (
	"record_id" uuid PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_records" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "ledger_records_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"body" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ledger_records_seq_unique" UNIQUE("seq"),
	CONSTRAINT "ledger_records_kind_subject_key" UNIQUE("kind","subject"),
	CONSTRAINT "ledger_records_kind" CHECK ("ledger_records"."kind" in ('council.tally')),
	CONSTRAINT "ledger_records_body_object" CHECK (jsonb_typeof("ledger_records"."body") = 'object')
);
--> statement-breakpoint
ALTER TABLE "council_tally_records" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP TABLE "council_tally_records" CASCADE;--> statement-breakpoint
ALTER TABLE "ledger_journal_entries" ALTER COLUMN "transfer_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "ledger_journal_entries" ADD COLUMN "record_id" uuid;--> statement-breakpoint
ALTER TABLE "ledger_fabric_record_anchors" ADD CONSTRAINT "ledger_fabric_record_anchors_record_id_ledger_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."ledger_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_fabric_record_outbox" ADD CONSTRAINT "ledger_fabric_record_outbox_record_id_ledger_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."ledger_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_record_outbox" ADD CONSTRAINT "ledger_record_outbox_record_id_ledger_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."ledger_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ledger_fabric_record_outbox_seq_idx" ON "ledger_fabric_record_outbox" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "ledger_record_outbox_seq_idx" ON "ledger_record_outbox" USING btree ("seq");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_journal_entries_record_id_key" ON "ledger_journal_entries" USING btree ("record_id") WHERE "ledger_journal_entries"."record_id" is not null;--> statement-breakpoint
ALTER TABLE "ledger_journal_entries" ADD CONSTRAINT "ledger_journal_entries_subject" CHECK (("ledger_journal_entries"."transfer_id" is null) <> ("ledger_journal_entries"."record_id" is null));