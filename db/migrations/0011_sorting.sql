CREATE TABLE "sorting_daily_tallies" (
	"household_id" integer NOT NULL,
	"day" date NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"dropoffs" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "sorting_daily_tallies_household_id_day_pk" PRIMARY KEY("household_id","day")
);
--> statement-breakpoint
CREATE TABLE "sorting_dropoffs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"community_id" integer NOT NULL,
	"point_id" integer NOT NULL,
	"household_id" integer NOT NULL,
	"resident_id" integer,
	"inspector_id" integer NOT NULL,
	"category" text NOT NULL,
	"correct" boolean NOT NULL,
	"note" text,
	"recorded_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"day" date NOT NULL,
	"points" integer NOT NULL,
	"reason" text NOT NULL,
	"transfer_id" uuid,
	"pay_error" text,
	CONSTRAINT "sorting_dropoffs_category" CHECK ("sorting_dropoffs"."category" in ('food', 'recyclable', 'hazardous', 'residual')),
	CONSTRAINT "sorting_dropoffs_points" CHECK ("sorting_dropoffs"."points" >= 0)
);
--> statement-breakpoint
CREATE TABLE "sorting_flags" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sorting_flags_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"community_id" integer NOT NULL,
	"inspector_id" integer NOT NULL,
	"point_id" integer,
	"kind" text NOT NULL,
	"refused" integer DEFAULT 1 NOT NULL,
	"minute" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" integer
);
--> statement-breakpoint
CREATE TABLE "sorting_guide_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sorting_guide_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"community_id" integer,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"hint" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sorting_guide_items_category" CHECK ("sorting_guide_items"."category" in ('food', 'recyclable', 'hazardous', 'residual'))
);
--> statement-breakpoint
CREATE TABLE "sorting_household_members" (
	"user_id" integer PRIMARY KEY NOT NULL,
	"household_id" integer NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sorting_households" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sorting_households_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"community_id" integer NOT NULL,
	"grid_id" integer,
	"building" text NOT NULL,
	"unit" text NOT NULL,
	"card_number" text NOT NULL,
	"card_holder_id" integer,
	"last_guided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sorting_households_card_number_unique" UNIQUE("card_number")
);
--> statement-breakpoint
CREATE TABLE "sorting_inspectors" (
	"point_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sorting_inspectors_point_id_user_id_pk" PRIMARY KEY("point_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "sorting_join_requests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sorting_join_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"household_id" integer NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "sorting_join_requests_status" CHECK ("sorting_join_requests"."status" in ('pending', 'approved', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "sorting_photos" (
	"dropoff_id" uuid PRIMARY KEY NOT NULL,
	"mime" text NOT NULL,
	"data" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sorting_points" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sorting_points_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"community_id" integer NOT NULL,
	"name" text NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"opens" text NOT NULL,
	"closes" text NOT NULL,
	"categories" text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sorting_points_hours" CHECK ("sorting_points"."opens" ~ '^[0-2][0-9]:[0-5][0-9]$' and "sorting_points"."closes" ~ '^[0-2][0-9]:[0-5][0-9]$')
);
--> statement-breakpoint
CREATE TABLE "sorting_settings" (
	"community_id" integer PRIMARY KEY NOT NULL,
	"points_food" integer NOT NULL,
	"points_recyclable" integer NOT NULL,
	"points_hazardous" integer NOT NULL,
	"points_residual" integer NOT NULL,
	"daily_cap_points" integer NOT NULL,
	"mistake_threshold" integer NOT NULL,
	"burst_per_minute" integer NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sorting_settings_non_negative" CHECK ("sorting_settings"."points_food" >= 0 and "sorting_settings"."points_recyclable" >= 0 and "sorting_settings"."points_hazardous" >= 0 and "sorting_settings"."points_residual" >= 0 and "sorting_settings"."daily_cap_points" >= 0 and "sorting_settings"."mistake_threshold" >= 0 and "sorting_settings"."burst_per_minute" > 0)
);
--> statement-breakpoint
ALTER TABLE "sorting_daily_tallies" ADD CONSTRAINT "sorting_daily_tallies_household_id_sorting_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."sorting_households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sorting_dropoffs" ADD CONSTRAINT "sorting_dropoffs_community_id_nodes_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sorting_dropoffs" ADD CONSTRAINT "sorting_dropoffs_point_id_sorting_points_id_fk" FOREIGN KEY ("point_id") REFERENCES "public"."sorting_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sorting_dropoffs" ADD CONSTRAINT "sorting_dropoffs_household_id_sorting_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."sorting_households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sorting_dropoffs" ADD CONSTRAINT "sorting_dropoffs_resident_id_users_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sorting_dropoffs" ADD CONSTRAINT "sorting_dropoffs_inspector_id_users_id_fk" FOREIGN KEY ("inspector_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sorting_flags" ADD CONSTRAINT "sorting_flags_community_id_nodes_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sorting_flags" ADD CONSTRAINT "sorting_flags_inspector_id_users_id_fk" FOREIGN KEY ("inspector_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sorting_flags" ADD CONSTRAINT "sorting_flags_point_id_sorting_points_id_fk" FOREIGN KEY ("point_id") REFERENCES "public"."sorting_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sorting_flags" ADD CONSTRAINT "sorting_flags_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sorting_guide_items" ADD CONSTRAINT "sorting_guide_items_community_id_nodes_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sorting_household_members" ADD CONSTRAINT "sorting_household_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sorting_household_members" ADD CONSTRAINT "sorting_household_members_household_id_sorting_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."sorting_households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sorting_households" ADD CONSTRAINT "sorting_households_community_id_nodes_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sorting_households" ADD CONSTRAINT "sorting_households_grid_id_nodes_id_fk" FOREIGN KEY ("grid_id") REFERENCES "public"."nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sorting_households" ADD CONSTRAINT "sorting_households_card_holder_id_users_id_fk" FOREIGN KEY ("card_holder_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sorting_inspectors" ADD CONSTRAINT "sorting_inspectors_point_id_sorting_points_id_fk" FOREIGN KEY ("point_id") REFERENCES "public"."sorting_points"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sorting_inspectors" ADD CONSTRAINT "sorting_inspectors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sorting_join_requests" ADD CONSTRAINT "sorting_join_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sorting_join_requests" ADD CONSTRAINT "sorting_join_requests_household_id_sorting_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."sorting_households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sorting_join_requests" ADD CONSTRAINT "sorting_join_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sorting_photos" ADD CONSTRAINT "sorting_photos_dropoff_id_sorting_dropoffs_id_fk" FOREIGN KEY ("dropoff_id") REFERENCES "public"."sorting_dropoffs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sorting_points" ADD CONSTRAINT "sorting_points_community_id_nodes_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sorting_settings" ADD CONSTRAINT "sorting_settings_community_id_nodes_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sorting_settings" ADD CONSTRAINT "sorting_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sorting_dropoffs_household_day_idx" ON "sorting_dropoffs" USING btree ("household_id","day");--> statement-breakpoint
CREATE INDEX "sorting_dropoffs_community_day_idx" ON "sorting_dropoffs" USING btree ("community_id","day");--> statement-breakpoint
CREATE INDEX "sorting_dropoffs_inspector_time_idx" ON "sorting_dropoffs" USING btree ("inspector_id","recorded_at");--> statement-breakpoint
CREATE INDEX "sorting_dropoffs_unpaid_idx" ON "sorting_dropoffs" USING btree ("received_at") WHERE "sorting_dropoffs"."points" > 0 and "sorting_dropoffs"."transfer_id" is null;--> statement-breakpoint
CREATE INDEX "sorting_flags_community_idx" ON "sorting_flags" USING btree ("community_id","resolved_at");--> statement-breakpoint
CREATE UNIQUE INDEX "sorting_flags_one_per_minute" ON "sorting_flags" USING btree ("inspector_id","kind","minute");--> statement-breakpoint
CREATE INDEX "sorting_guide_items_community_idx" ON "sorting_guide_items" USING btree ("community_id");--> statement-breakpoint
CREATE INDEX "sorting_households_community_idx" ON "sorting_households" USING btree ("community_id","building");--> statement-breakpoint
CREATE INDEX "sorting_join_requests_household_idx" ON "sorting_join_requests" USING btree ("household_id","status");--> statement-breakpoint
CREATE INDEX "sorting_points_community_idx" ON "sorting_points" USING btree ("community_id");