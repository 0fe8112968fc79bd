CREATE TYPE "public"."activity_status" AS ENUM('draft', 'published', 'cancelled', 'finished');--> statement-breakpoint
CREATE TYPE "public"."aid_kind" AS ENUM('request', 'offer');--> statement-breakpoint
CREATE TYPE "public"."aid_status" AS ENUM('open', 'accepted', 'recorded', 'confirmed', 'disputed', 'resolved', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."attendance_method" AS ENUM('qr', 'scan', 'manual');--> statement-breakpoint
CREATE TYPE "public"."donation_status" AS ENUM('pending', 'accepted', 'declined', 'done');--> statement-breakpoint
CREATE TYPE "public"."signup_status" AS ENUM('signed_up', 'waiting', 'cancelled');--> statement-breakpoint
CREATE TABLE "activities" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "activities_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"node_id" integer NOT NULL,
	"community_id" integer NOT NULL,
	"org_id" integer,
	"created_by" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"category" text NOT NULL,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"place" text NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"geofence_metres" integer,
	"points_per_hour" integer DEFAULT 0 NOT NULL,
	"signup_deadline" timestamp with time zone NOT NULL,
	"status" "activity_status" DEFAULT 'draft' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activities_points_non_negative" CHECK ("activities"."points_per_hour" >= 0),
	CONSTRAINT "activities_title_not_blank" CHECK (length(trim("activities"."title")) > 0)
);
--> statement-breakpoint
CREATE TABLE "activity_signups" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "activity_signups_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slot_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"status" "signup_status" NOT NULL,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reminded_day_before" boolean DEFAULT false NOT NULL,
	"reminded_hour_before" boolean DEFAULT false NOT NULL,
	"actor_id" integer NOT NULL,
	CONSTRAINT "activity_signups_slot_user_key" UNIQUE("slot_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "activity_slots" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "activity_slots_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"activity_id" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"minutes_credited" integer NOT NULL,
	"confirmed_at" timestamp with time zone,
	"confirmed_by" integer,
	CONSTRAINT "activity_slots_order" CHECK ("activity_slots"."ends_at" > "activity_slots"."starts_at"),
	CONSTRAINT "activity_slots_capacity" CHECK ("activity_slots"."capacity" > 0),
	CONSTRAINT "activity_slots_minutes" CHECK ("activity_slots"."minutes_credited" > 0)
);
--> statement-breakpoint
CREATE TABLE "aid_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "aid_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"post_id" integer NOT NULL,
	"type" text NOT NULL,
	"actor_id" integer NOT NULL,
	"on_behalf_of_id" integer,
	"minutes" integer,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "aid_posts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "aid_posts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"community_id" integer NOT NULL,
	"kind" "aid_kind" NOT NULL,
	"author_id" integer NOT NULL,
	"partner_id" integer,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"category" text NOT NULL,
	"estimated_minutes" integer NOT NULL,
	"window_start" timestamp with time zone,
	"window_end" timestamp with time zone,
	"place" text DEFAULT '' NOT NULL,
	"status" "aid_status" DEFAULT 'open' NOT NULL,
	"recorded_minutes" integer,
	"recorded_by" integer,
	"recorded_at" timestamp with time zone,
	"transfer_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "aid_posts_estimate_positive" CHECK ("aid_posts"."estimated_minutes" > 0)
);
--> statement-breakpoint
CREATE TABLE "aid_ratings" (
	"post_id" integer NOT NULL,
	"rater_id" integer NOT NULL,
	"ratee_id" integer NOT NULL,
	"stars" integer NOT NULL,
	"thanks" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "aid_ratings_post_id_rater_id_pk" PRIMARY KEY("post_id","rater_id"),
	CONSTRAINT "aid_ratings_stars" CHECK ("aid_ratings"."stars" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "aid_responses" (
	"post_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "aid_responses_post_id_user_id_pk" PRIMARY KEY("post_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "attendance" (
	"slot_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"check_in_at" timestamp with time zone NOT NULL,
	"check_out_at" timestamp with time zone,
	"method" "attendance_method" NOT NULL,
	"reason" text,
	"auto_closed" boolean DEFAULT false NOT NULL,
	"minutes_override" integer,
	"confirmed_minutes" integer,
	"hour_transfer_id" uuid,
	"point_transfer_id" uuid,
	"confirmed_at" timestamp with time zone,
	"confirmed_by" integer,
	CONSTRAINT "attendance_slot_id_user_id_pk" PRIMARY KEY("slot_id","user_id"),
	CONSTRAINT "attendance_out_after_in" CHECK ("attendance"."check_out_at" is null or "attendance"."check_out_at" >= "attendance"."check_in_at")
);
--> statement-breakpoint
CREATE TABLE "care_pool_grants" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "care_pool_grants_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"community_id" integer NOT NULL,
	"recipient_id" integer NOT NULL,
	"minutes" integer NOT NULL,
	"reason" text NOT NULL,
	"granted_by" integer NOT NULL,
	"transfer_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hour_donations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "hour_donations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"community_id" integer NOT NULL,
	"donor_id" integer NOT NULL,
	"recipient_id" integer,
	"minutes" integer NOT NULL,
	"status" "donation_status" NOT NULL,
	"transfer_id" uuid,
	"actor_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "hour_donations_minutes" CHECK ("hour_donations"."minutes" > 0)
);
--> statement-breakpoint
CREATE TABLE "proxy_actions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "proxy_actions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"resident_id" integer NOT NULL,
	"actor_id" integer NOT NULL,
	"action" text NOT NULL,
	"reference" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proxy_grants" (
	"resident_id" integer NOT NULL,
	"proxy_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proxy_grants_resident_id_proxy_id_pk" PRIMARY KEY("resident_id","proxy_id"),
	CONSTRAINT "proxy_grants_not_self" CHECK ("proxy_grants"."resident_id" <> "proxy_grants"."proxy_id")
);
--> statement-breakpoint
CREATE TABLE "qr_code_uses" (
	"slot_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"window" integer NOT NULL,
	"used_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "qr_code_uses_slot_id_user_id_window_pk" PRIMARY KEY("slot_id","user_id","window")
);
--> statement-breakpoint
CREATE TABLE "timebank_settings" (
	"community_id" integer PRIMARY KEY NOT NULL,
	"credit_limit_minutes" integer DEFAULT -600 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_node_id_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_community_id_nodes_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_signups" ADD CONSTRAINT "activity_signups_slot_id_activity_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."activity_slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_signups" ADD CONSTRAINT "activity_signups_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_signups" ADD CONSTRAINT "activity_signups_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_slots" ADD CONSTRAINT "activity_slots_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_slots" ADD CONSTRAINT "activity_slots_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_events" ADD CONSTRAINT "aid_events_post_id_aid_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."aid_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_events" ADD CONSTRAINT "aid_events_on_behalf_of_id_users_id_fk" FOREIGN KEY ("on_behalf_of_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_posts" ADD CONSTRAINT "aid_posts_community_id_nodes_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_posts" ADD CONSTRAINT "aid_posts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_posts" ADD CONSTRAINT "aid_posts_partner_id_users_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_posts" ADD CONSTRAINT "aid_posts_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_ratings" ADD CONSTRAINT "aid_ratings_post_id_aid_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."aid_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_ratings" ADD CONSTRAINT "aid_ratings_rater_id_users_id_fk" FOREIGN KEY ("rater_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_ratings" ADD CONSTRAINT "aid_ratings_ratee_id_users_id_fk" FOREIGN KEY ("ratee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_responses" ADD CONSTRAINT "aid_responses_post_id_aid_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."aid_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_responses" ADD CONSTRAINT "aid_responses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_slot_id_activity_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."activity_slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_pool_grants" ADD CONSTRAINT "care_pool_grants_community_id_nodes_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_pool_grants" ADD CONSTRAINT "care_pool_grants_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_pool_grants" ADD CONSTRAINT "care_pool_grants_granted_by_users_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hour_donations" ADD CONSTRAINT "hour_donations_community_id_nodes_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hour_donations" ADD CONSTRAINT "hour_donations_donor_id_users_id_fk" FOREIGN KEY ("donor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hour_donations" ADD CONSTRAINT "hour_donations_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hour_donations" ADD CONSTRAINT "hour_donations_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proxy_actions" ADD CONSTRAINT "proxy_actions_resident_id_users_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proxy_actions" ADD CONSTRAINT "proxy_actions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proxy_grants" ADD CONSTRAINT "proxy_grants_resident_id_users_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proxy_grants" ADD CONSTRAINT "proxy_grants_proxy_id_users_id_fk" FOREIGN KEY ("proxy_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qr_code_uses" ADD CONSTRAINT "qr_code_uses_slot_id_activity_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."activity_slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qr_code_uses" ADD CONSTRAINT "qr_code_uses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timebank_settings" ADD CONSTRAINT "timebank_settings_community_id_nodes_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_node_status_idx" ON "activities" USING btree ("node_id","status");--> statement-breakpoint
CREATE INDEX "activity_signups_user_idx" ON "activity_signups" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "activity_slots_activity_idx" ON "activity_slots" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "activity_slots_starts_idx" ON "activity_slots" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "aid_events_post_idx" ON "aid_events" USING btree ("post_id");--> statement-breakpoint
CREATE INDEX "aid_posts_community_status_idx" ON "aid_posts" USING btree ("community_id","status");--> statement-breakpoint
CREATE INDEX "hour_donations_recipient_idx" ON "hour_donations" USING btree ("recipient_id");--> statement-breakpoint
CREATE INDEX "proxy_actions_resident_idx" ON "proxy_actions" USING btree ("resident_id","created_at");--> statement-breakpoint
CREATE INDEX "proxy_grants_proxy_idx" ON "proxy_grants" USING btree ("proxy_id");