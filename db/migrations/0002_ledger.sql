CREATE TABLE "ledger_accounts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"asset" text NOT NULL,
	"kind" text NOT NULL,
	"owner_type" text NOT NULL,
	"owner_id" integer NOT NULL,
	"floor" bigint,
	"debits_posted" bigint DEFAULT 0 NOT NULL,
	"credits_posted" bigint DEFAULT 0 NOT NULL,
	"debits_pending" bigint DEFAULT 0 NOT NULL,
	"credits_pending" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_accounts_owner_asset_kind_key" UNIQUE("owner_type","owner_id","asset","kind"),
	CONSTRAINT "ledger_accounts_asset" CHECK ("ledger_accounts"."asset" in ('HOUR', 'POINT')),
	CONSTRAINT "ledger_accounts_kind" CHECK ("ledger_accounts"."kind" in ('resident', 'community_issuance', 'community_pool', 'care_pool', 'partner_receivable', 'platform_settlement', 'sponsor_funding')),
	CONSTRAINT "ledger_accounts_floor" CHECK ("ledger_accounts"."floor" is null or "ledger_accounts"."credits_posted" - "ledger_accounts"."debits_posted" - "ledger_accounts"."debits_pending" >= "ledger_accounts"."floor"),
	CONSTRAINT "ledger_accounts_totals_non_negative" CHECK ("ledger_accounts"."debits_posted" >= 0 and "ledger_accounts"."credits_posted" >= 0 and "ledger_accounts"."debits_pending" >= 0 and "ledger_accounts"."credits_pending" >= 0)
);
--> statement-breakpoint
CREATE TABLE "ledger_outbox" (
	"transfer_id" uuid PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_transfers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "ledger_transfers_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"idempotency_key" text NOT NULL,
	"request_hash" text NOT NULL,
	"debit_account_id" uuid NOT NULL,
	"credit_account_id" uuid NOT NULL,
	"asset" text NOT NULL,
	"amount" bigint NOT NULL,
	"kind" text NOT NULL,
	"pending" boolean DEFAULT false NOT NULL,
	"pending_id" uuid,
	"resolution" text,
	"expires_at" timestamp with time zone,
	"reverses_id" uuid,
	"reference" text NOT NULL,
	"actor_id" integer NOT NULL,
	"on_behalf_of_id" integer,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ledger_transfers_seq_unique" UNIQUE("seq"),
	CONSTRAINT "ledger_transfers_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "ledger_transfers_pending_id_unique" UNIQUE("pending_id"),
	CONSTRAINT "ledger_transfers_reverses_id_unique" UNIQUE("reverses_id"),
	CONSTRAINT "ledger_transfers_amount_positive" CHECK ("ledger_transfers"."amount" > 0),
	CONSTRAINT "ledger_transfers_distinct_accounts" CHECK ("ledger_transfers"."debit_account_id" <> "ledger_transfers"."credit_account_id"),
	CONSTRAINT "ledger_transfers_asset" CHECK ("ledger_transfers"."asset" in ('HOUR', 'POINT')),
	CONSTRAINT "ledger_transfers_resolution" CHECK (("ledger_transfers"."pending_id" is null) = ("ledger_transfers"."resolution" is null) and ("ledger_transfers"."resolution" is null or "ledger_transfers"."resolution" in ('capture', 'void'))),
	CONSTRAINT "ledger_transfers_hold_shape" CHECK (not "ledger_transfers"."pending" or ("ledger_transfers"."pending_id" is null and "ledger_transfers"."reverses_id" is null)),
	CONSTRAINT "ledger_transfers_expiry_on_holds" CHECK ("ledger_transfers"."expires_at" is null or "ledger_transfers"."pending")
);
--> statement-breakpoint
ALTER TABLE "ledger_outbox" ADD CONSTRAINT "ledger_outbox_transfer_id_ledger_transfers_id_fk" FOREIGN KEY ("transfer_id") REFERENCES "public"."ledger_transfers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transfers" ADD CONSTRAINT "ledger_transfers_debit_account_id_ledger_accounts_id_fk" FOREIGN KEY ("debit_account_id") REFERENCES "public"."ledger_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transfers" ADD CONSTRAINT "ledger_transfers_credit_account_id_ledger_accounts_id_fk" FOREIGN KEY ("credit_account_id") REFERENCES "public"."ledger_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transfers" ADD CONSTRAINT "ledger_transfers_pending_id_ledger_transfers_id_fk" FOREIGN KEY ("pending_id") REFERENCES "public"."ledger_transfers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transfers" ADD CONSTRAINT "ledger_transfers_reverses_id_ledger_transfers_id_fk" FOREIGN KEY ("reverses_id") REFERENCES "public"."ledger_transfers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ledger_outbox_seq_idx" ON "ledger_outbox" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "ledger_transfers_debit_seq_idx" ON "ledger_transfers" USING btree ("debit_account_id","seq");--> statement-breakpoint
CREATE INDEX "ledger_transfers_credit_seq_idx" ON "ledger_transfers" USING btree ("credit_account_id","seq");