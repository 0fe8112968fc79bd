CREATE TABLE "offer_photos" (
	"offer_id" integer NOT NULL,
	"image_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "offer_photos_offer_id_image_id_pk" PRIMARY KEY("offer_id","image_id")
);
--> statement-breakpoint
CREATE TABLE "voucher_photos" (
	"voucher_id" uuid NOT NULL,
	"image_id" uuid NOT NULL,
	"added_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "voucher_photos_voucher_id_image_id_pk" PRIMARY KEY("voucher_id","image_id")
);
--> statement-breakpoint
ALTER TABLE "offer_photos" ADD CONSTRAINT "offer_photos_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_photos" ADD CONSTRAINT "offer_photos_image_id_images_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."images"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_photos" ADD CONSTRAINT "voucher_photos_voucher_id_vouchers_id_fk" FOREIGN KEY ("voucher_id") REFERENCES "public"."vouchers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_photos" ADD CONSTRAINT "voucher_photos_image_id_images_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."images"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_photos" ADD CONSTRAINT "voucher_photos_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "voucher_photos_image_idx" ON "voucher_photos" USING btree ("image_id");--> statement-breakpoint
ALTER TABLE "offers" DROP COLUMN "photo_url";