CREATE TABLE "council_ballot_box" (
	"receipt_hash" text PRIMARY KEY NOT NULL,
	"vote_id" integer NOT NULL,
	"choice" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_ballots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vote_id" integer NOT NULL,
	"receipt_hash" text NOT NULL,
	"choice" jsonb NOT NULL,
	CONSTRAINT "council_ballots_receipt_hash_unique" UNIQUE("receipt_hash")
);
--> statement-breakpoint
CREATE TABLE "council_comment_reports" (
	"comment_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_comment_reports_comment_id_user_id_pk" PRIMARY KEY("comment_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "council_comments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "council_comments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"proposal_id" integer NOT NULL,
	"parent_id" integer,
	"author_id" integer NOT NULL,
	"body" text NOT NULL,
	"hidden_reason" text,
	"hidden_by" integer,
	"hidden_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_milestones" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "council_milestones_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"proposal_id" integer NOT NULL,
	"title" text NOT NULL,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_point_awards" (
	"idempotency_key" text PRIMARY KEY NOT NULL,
	"community_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"amount" integer NOT NULL,
	"kind" text NOT NULL,
	"reference" text NOT NULL,
	"month" text NOT NULL,
	"transfer_id" uuid,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_point_awards_amount" CHECK ("council_point_awards"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "council_proposal_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "council_proposal_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"proposal_id" integer NOT NULL,
	"kind" text NOT NULL,
	"from_state" text,
	"to_state" text,
	"actor_id" integer,
	"body" text,
	"image_urls" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_proposals" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "council_proposals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"community_id" integer NOT NULL,
	"author_id" integer NOT NULL,
	"title" text NOT NULL,
	"problem" text NOT NULL,
	"solution" text NOT NULL,
	"estimated_cost" integer DEFAULT 0 NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"image_urls" text[] DEFAULT '{}'::text[] NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"reject_reason" text,
	"merged_into_id" integer,
	"implementation_owner" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_proposals_cost" CHECK ("council_proposals"."estimated_cost" >= 0),
	CONSTRAINT "council_proposals_state" CHECK ("council_proposals"."state" in ('draft','submitted','rejected','merged','discussion','voting','passed','failed','implementation','evaluation')),
	CONSTRAINT "council_proposals_reject_reason" CHECK ("council_proposals"."state" <> 'rejected' or "council_proposals"."reject_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "council_ratings" (
	"proposal_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"score" integer NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_ratings_proposal_id_user_id_pk" PRIMARY KEY("proposal_id","user_id"),
	CONSTRAINT "council_ratings_score" CHECK ("council_ratings"."score" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "council_settings" (
	"community_id" integer PRIMARY KEY NOT NULL,
	"points_accepted" integer DEFAULT 20 NOT NULL,
	"points_passed" integer DEFAULT 50 NOT NULL,
	"points_per_vote" integer DEFAULT 5 NOT NULL,
	"vote_points_monthly_cap" integer DEFAULT 20 NOT NULL,
	"support_threshold" integer DEFAULT 10 NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_settings_non_negative" CHECK ("council_settings"."points_accepted" >= 0 and "council_settings"."points_passed" >= 0 and "council_settings"."points_per_vote" >= 0 and "council_settings"."vote_points_monthly_cap" >= 0 and "council_settings"."support_threshold" >= 0)
);
--> statement-breakpoint
CREATE TABLE "council_supports" (
	"proposal_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_supports_proposal_id_user_id_pk" PRIMARY KEY("proposal_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "council_tally_records" (
	"position" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "council_tally_records_position_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"vote_id" integer NOT NULL,
	"payload" text NOT NULL,
	"record_hash" text NOT NULL,
	"prev_hash" text NOT NULL,
	"key_id" text NOT NULL,
	"signature" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_tally_records_vote_id_unique" UNIQUE("vote_id"),
	CONSTRAINT "council_tally_records_record_hash_unique" UNIQUE("record_hash")
);
--> statement-breakpoint
CREATE TABLE "council_vote_options" (
	"vote_id" integer NOT NULL,
	"proposal_id" integer NOT NULL,
	"cost" integer NOT NULL,
	CONSTRAINT "council_vote_options_vote_id_proposal_id_pk" PRIMARY KEY("vote_id","proposal_id"),
	CONSTRAINT "council_vote_options_proposal_id_unique" UNIQUE("proposal_id")
);
--> statement-breakpoint
CREATE TABLE "council_vote_participation" (
	"vote_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"cast_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_vote_participation_vote_id_user_id_pk" PRIMARY KEY("vote_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "council_votes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "council_votes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"community_id" integer NOT NULL,
	"title" text NOT NULL,
	"method" text NOT NULL,
	"budget" integer,
	"seats" integer DEFAULT 1 NOT NULL,
	"quorum_percent" integer DEFAULT 0 NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"closed_at" timestamp with time zone,
	"result" jsonb,
	"ballot_list_sha256" text,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_votes_method" CHECK ("council_votes"."method" in ('yes_no','approval','budget')),
	CONSTRAINT "council_votes_state" CHECK ("council_votes"."state" in ('open','closed')),
	CONSTRAINT "council_votes_window" CHECK ("council_votes"."closes_at" > "council_votes"."opens_at"),
	CONSTRAINT "council_votes_quorum" CHECK ("council_votes"."quorum_percent" between 0 and 100),
	CONSTRAINT "council_votes_budget" CHECK (("council_votes"."method" = 'budget') = ("council_votes"."budget" is not null))
);
--> statement-breakpoint
ALTER TABLE "council_ballot_box" ADD CONSTRAINT "council_ballot_box_vote_id_council_votes_id_fk" FOREIGN KEY ("vote_id") REFERENCES "public"."council_votes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_ballots" ADD CONSTRAINT "council_ballots_vote_id_council_votes_id_fk" FOREIGN KEY ("vote_id") REFERENCES "public"."council_votes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_comment_reports" ADD CONSTRAINT "council_comment_reports_comment_id_council_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."council_comments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_comment_reports" ADD CONSTRAINT "council_comment_reports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_comments" ADD CONSTRAINT "council_comments_proposal_id_council_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."council_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_comments" ADD CONSTRAINT "council_comments_parent_id_council_comments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."council_comments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_comments" ADD CONSTRAINT "council_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_comments" ADD CONSTRAINT "council_comments_hidden_by_users_id_fk" FOREIGN KEY ("hidden_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_milestones" ADD CONSTRAINT "council_milestones_proposal_id_council_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."council_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_point_awards" ADD CONSTRAINT "council_point_awards_community_id_nodes_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_point_awards" ADD CONSTRAINT "council_point_awards_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_proposal_events" ADD CONSTRAINT "council_proposal_events_proposal_id_council_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."council_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_proposal_events" ADD CONSTRAINT "council_proposal_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_proposals" ADD CONSTRAINT "council_proposals_community_id_nodes_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_proposals" ADD CONSTRAINT "council_proposals_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_proposals" ADD CONSTRAINT "council_proposals_merged_into_id_council_proposals_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."council_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_ratings" ADD CONSTRAINT "council_ratings_proposal_id_council_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."council_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_ratings" ADD CONSTRAINT "council_ratings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_settings" ADD CONSTRAINT "council_settings_community_id_nodes_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_settings" ADD CONSTRAINT "council_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_supports" ADD CONSTRAINT "council_supports_proposal_id_council_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."council_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_supports" ADD CONSTRAINT "council_supports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_tally_records" ADD CONSTRAINT "council_tally_records_vote_id_council_votes_id_fk" FOREIGN KEY ("vote_id") REFERENCES "public"."council_votes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_vote_options" ADD CONSTRAINT "council_vote_options_vote_id_council_votes_id_fk" FOREIGN KEY ("vote_id") REFERENCES "public"."council_votes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_vote_options" ADD CONSTRAINT "council_vote_options_proposal_id_council_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."council_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_vote_participation" ADD CONSTRAINT "council_vote_participation_vote_id_council_votes_id_fk" FOREIGN KEY ("vote_id") REFERENCES "public"."council_votes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_vote_participation" ADD CONSTRAINT "council_vote_participation_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_votes" ADD CONSTRAINT "council_votes_community_id_nodes_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_votes" ADD CONSTRAINT "council_votes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "council_ballot_box_vote_idx" ON "council_ballot_box" USING btree ("vote_id");--> statement-breakpoint
CREATE INDEX "council_ballots_vote_idx" ON "council_ballots" USING btree ("vote_id");--> statement-breakpoint
CREATE INDEX "council_comments_proposal_idx" ON "council_comments" USING btree ("proposal_id","id");--> statement-breakpoint
CREATE INDEX "council_point_awards_user_month_idx" ON "council_point_awards" USING btree ("user_id","kind","month");--> statement-breakpoint
CREATE INDEX "council_proposal_events_proposal_idx" ON "council_proposal_events" USING btree ("proposal_id","id");--> statement-breakpoint
CREATE INDEX "council_proposals_community_state_idx" ON "council_proposals" USING btree ("community_id","state");--> statement-breakpoint
CREATE INDEX "council_votes_community_idx" ON "council_votes" USING btree ("community_id","state");