ALTER TABLE "sponsorships" ADD COLUMN "receipt_token" text;--> statement-breakpoint
ALTER TABLE "sponsorships" ADD CONSTRAINT "sponsorships_receipt_token_unique" UNIQUE("receipt_token");