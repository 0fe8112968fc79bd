CREATE TABLE "ledger_fabric_anchors" (
	"transfer_id" uuid PRIMARY KEY NOT NULL,
	"tx_id" text NOT NULL,
	"block_number" bigint,
	"batch_id" text NOT NULL,
	"anchored_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_fabric_outbox" (
	"transfer_id" uuid PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_fabric_quarantine" (
	"transfer_id" uuid PRIMARY KEY NOT NULL,
	"batch_id" text NOT NULL,
	"code" text NOT NULL,
	"refused_transfer_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" integer,
	"resolution_note" text,
	CONSTRAINT "ledger_fabric_quarantine_resolved" CHECK (("ledger_fabric_quarantine"."resolved_at" is null) = ("ledger_fabric_quarantine"."resolved_by" is null))
);
--> statement-breakpoint
CREATE TABLE "ledger_fabric_reconciliations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ledger_fabric_reconciliations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"ok" boolean NOT NULL,
	"report" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ledger_fabric_anchors" ADD CONSTRAINT "ledger_fabric_anchors_transfer_id_ledger_transfers_id_fk" FOREIGN KEY ("transfer_id") REFERENCES "public"."ledger_transfers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_fabric_outbox" ADD CONSTRAINT "ledger_fabric_outbox_transfer_id_ledger_transfers_id_fk" FOREIGN KEY ("transfer_id") REFERENCES "public"."ledger_transfers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_fabric_quarantine" ADD CONSTRAINT "ledger_fabric_quarantine_transfer_id_ledger_transfers_id_fk" FOREIGN KEY ("transfer_id") REFERENCES "public"."ledger_transfers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ledger_fabric_anchors_tx_idx" ON "ledger_fabric_anchors" USING btree ("tx_id");--> statement-breakpoint
CREATE INDEX "ledger_fabric_outbox_seq_idx" ON "ledger_fabric_outbox" USING btree ("seq");