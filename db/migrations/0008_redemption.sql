CREATE TYPE "public"."partner_community_status" AS ENUM('pending', 'approved', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."offer_status" AS ENUM('draft', 'live', 'paused', 'ended');--> statement-breakpoint
CREATE TYPE "public"."settlement_period" AS ENUM('weekly', 'monthly');--> statement-breakpoint
CREATE TYPE "public"."sponsorship_status" AS ENUM('pending', 'paid', 'expired');--> statement-breakpoint
CREATE TYPE "public"."statement_status" AS ENUM('draft', 'approved', 'paid');--> statement-breakpoint
CREATE TYPE "public"."voucher_status" AS ENUM('pending', 'issued', 'used', 'cancelled', 'expired', 'failed');--> statement-breakpoint
CREATE TABLE "partner_communities" (
	"partner_id" integer NOT NULL,
	"community_id" integer NOT NULL,
	"status" "partner_community_status" DEFAULT 'pending' NOT NULL,
	"reason" text,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	CONSTRAINT "partner_communities_partner_id_community_id_pk" PRIMARY KEY("partner_id","community_id"),
	CONSTRAINT "partner_communities_rejection_reason" CHECK ("partner_communities"."status" <> 'rejected' or "partner_communities"."reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "community_redemption_settings" (
	"community_id" integer PRIMARY KEY NOT NULL,
	"points_per_yuan" integer DEFAULT 100 NOT NULL,
	"period" "settlement_period" DEFAULT 'monthly' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "redemption_settings_rate_positive" CHECK ("community_redemption_settings"."points_per_yuan" > 0)
);
--> statement-breakpoint
CREATE TABLE "offer_communities" (
	"offer_id" integer NOT NULL,
	"community_id" integer NOT NULL,
	CONSTRAINT "offer_communities_offer_id_community_id_pk" PRIMARY KEY("offer_id","community_id")
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "offers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"partner_id" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"category" text NOT NULL,
	"photo_url" text,
	"price_points" integer NOT NULL,
	"stock" integer,
	"redeemed" integer DEFAULT 0 NOT NULL,
	"monthly_limit" integer,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_until" timestamp with time zone NOT NULL,
	"voucher_days" integer DEFAULT 14 NOT NULL,
	"status" "offer_status" DEFAULT 'draft' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offers_price_positive" CHECK ("offers"."price_points" > 0),
	CONSTRAINT "offers_stock" CHECK ("offers"."stock" is null or ("offers"."stock" >= 0 and "offers"."redeemed" <= "offers"."stock")),
	CONSTRAINT "offers_redeemed_non_negative" CHECK ("offers"."redeemed" >= 0),
	CONSTRAINT "offers_limit_positive" CHECK ("offers"."monthly_limit" is null or "offers"."monthly_limit" > 0),
	CONSTRAINT "offers_window" CHECK ("offers"."valid_until" > "offers"."valid_from"),
	CONSTRAINT "offers_voucher_days" CHECK ("offers"."voucher_days" between 1 and 90)
);
--> statement-breakpoint
CREATE TABLE "redemption_counts" (
	"user_id" integer NOT NULL,
	"offer_id" integer NOT NULL,
	"month" text NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "redemption_counts_user_id_offer_id_month_pk" PRIMARY KEY("user_id","offer_id","month")
);
--> statement-breakpoint
CREATE TABLE "settlement_statements" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "settlement_statements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"partner_id" integer NOT NULL,
	"community_id" integer NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"points" bigint NOT NULL,
	"cents" bigint NOT NULL,
	"points_per_yuan" integer NOT NULL,
	"status" "statement_status" DEFAULT 'draft' NOT NULL,
	"approved_by" integer,
	"approved_at" timestamp with time zone,
	"paid_by" integer,
	"paid_at" timestamp with time zone,
	"payment_method" text,
	"payment_reference" text,
	"stripe_transfer_id" text,
	"stripe_confirmed_at" timestamp with time zone,
	"ledger_transfer_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "settlement_statements_stripe_transfer_id_unique" UNIQUE("stripe_transfer_id"),
	CONSTRAINT "statements_partner_period" UNIQUE("partner_id","community_id","period_start"),
	CONSTRAINT "statements_amounts" CHECK ("settlement_statements"."points" > 0 and "settlement_statements"."cents" >= 0),
	CONSTRAINT "statements_paid_shape" CHECK ("settlement_statements"."status" <> 'paid' or ("settlement_statements"."paid_at" is not null and "settlement_statements"."payment_reference" is not null))
);
--> statement-breakpoint
CREATE TABLE "sponsorships" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sponsorships_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"community_id" integer NOT NULL,
	"sponsor_name" text NOT NULL,
	"email" text,
	"cents" bigint NOT NULL,
	"points" bigint NOT NULL,
	"points_per_yuan" integer NOT NULL,
	"checkout_session_id" text,
	"status" "sponsorship_status" DEFAULT 'pending' NOT NULL,
	"ledger_transfer_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"paid_at" timestamp with time zone,
	CONSTRAINT "sponsorships_checkout_session_id_unique" UNIQUE("checkout_session_id"),
	CONSTRAINT "sponsorships_amount" CHECK ("sponsorships"."cents" > 0 and "sponsorships"."points" > 0)
);
--> statement-breakpoint
CREATE TABLE "stripe_events" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"outcome" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vouchers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"offer_id" integer NOT NULL,
	"partner_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"community_id" integer NOT NULL,
	"request_key" text NOT NULL,
	"points" integer NOT NULL,
	"month" text NOT NULL,
	"status" "voucher_status" DEFAULT 'pending' NOT NULL,
	"hold_id" uuid,
	"capture_id" uuid,
	"void_id" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"confirmed_by" integer,
	"statement_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vouchers_code_unique" UNIQUE("code"),
	CONSTRAINT "vouchers_user_request_key" UNIQUE("user_id","request_key"),
	CONSTRAINT "vouchers_points_positive" CHECK ("vouchers"."points" > 0)
);
--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "contact_name" text;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "contact_phone" text;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "address" text;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "categories" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "applicant_id" integer;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "stripe_account_id" text;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "stripe_payouts_enabled" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "partner_communities" ADD CONSTRAINT "partner_communities_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_communities" ADD CONSTRAINT "partner_communities_community_id_nodes_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_communities" ADD CONSTRAINT "partner_communities_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_redemption_settings" ADD CONSTRAINT "community_redemption_settings_community_id_nodes_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_communities" ADD CONSTRAINT "offer_communities_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_communities" ADD CONSTRAINT "offer_communities_community_id_nodes_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redemption_counts" ADD CONSTRAINT "redemption_counts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redemption_counts" ADD CONSTRAINT "redemption_counts_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement_statements" ADD CONSTRAINT "settlement_statements_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement_statements" ADD CONSTRAINT "settlement_statements_community_id_nodes_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement_statements" ADD CONSTRAINT "settlement_statements_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement_statements" ADD CONSTRAINT "settlement_statements_paid_by_users_id_fk" FOREIGN KEY ("paid_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sponsorships" ADD CONSTRAINT "sponsorships_community_id_nodes_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vouchers" ADD CONSTRAINT "vouchers_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vouchers" ADD CONSTRAINT "vouchers_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vouchers" ADD CONSTRAINT "vouchers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vouchers" ADD CONSTRAINT "vouchers_community_id_nodes_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vouchers" ADD CONSTRAINT "vouchers_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "partner_communities_community_idx" ON "partner_communities" USING btree ("community_id","status");--> statement-breakpoint
CREATE INDEX "offer_communities_community_idx" ON "offer_communities" USING btree ("community_id");--> statement-breakpoint
CREATE INDEX "offers_status_idx" ON "offers" USING btree ("status","category");--> statement-breakpoint
CREATE INDEX "offers_partner_idx" ON "offers" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "vouchers_user_idx" ON "vouchers" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "vouchers_expiry_idx" ON "vouchers" USING btree ("status","expires_at");--> statement-breakpoint
CREATE INDEX "vouchers_settle_idx" ON "vouchers" USING btree ("partner_id","community_id","status","used_at");--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_applicant_id_users_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_stripe_account_id_unique" UNIQUE("stripe_account_id");