CREATE TABLE "council_proposal_images" (
	"image_id" uuid PRIMARY KEY NOT NULL,
	"proposal_id" integer NOT NULL,
	"event_id" integer,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_vote_notices" (
	"vote_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_vote_notices_vote_id_user_id_pk" PRIMARY KEY("vote_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "council_vote_openings" (
	"vote_id" integer PRIMARY KEY NOT NULL,
	"notified_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "council_proposal_images" ADD CONSTRAINT "council_proposal_images_image_id_images_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."images"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_proposal_images" ADD CONSTRAINT "council_proposal_images_proposal_id_council_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."council_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_proposal_images" ADD CONSTRAINT "council_proposal_images_event_id_council_proposal_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."council_proposal_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_vote_notices" ADD CONSTRAINT "council_vote_notices_vote_id_council_votes_id_fk" FOREIGN KEY ("vote_id") REFERENCES "public"."council_votes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_vote_notices" ADD CONSTRAINT "council_vote_notices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_vote_openings" ADD CONSTRAINT "council_vote_openings_vote_id_council_votes_id_fk" FOREIGN KEY ("vote_id") REFERENCES "public"."council_votes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "council_proposal_images_proposal_idx" ON "council_proposal_images" USING btree ("proposal_id","position");