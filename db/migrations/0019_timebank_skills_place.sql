CREATE TABLE "resident_skills" (
	"user_id" integer NOT NULL,
	"skill" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resident_skills_user_id_skill_pk" PRIMARY KEY("user_id","skill"),
	CONSTRAINT "resident_skills_code_shape" CHECK ("resident_skills"."skill" ~ '^[a-z_]{2,32}$')
);
--> statement-breakpoint
ALTER TABLE "timebank_settings" ADD COLUMN "latitude" double precision;--> statement-breakpoint
ALTER TABLE "timebank_settings" ADD COLUMN "longitude" double precision;--> statement-breakpoint
ALTER TABLE "resident_skills" ADD CONSTRAINT "resident_skills_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "resident_skills_skill_idx" ON "resident_skills" USING btree ("skill");--> statement-breakpoint
ALTER TABLE "timebank_settings" ADD CONSTRAINT "timebank_settings_point_whole" CHECK (("timebank_settings"."latitude" is null) = ("timebank_settings"."longitude" is null));--> statement-breakpoint
ALTER TABLE "timebank_settings" ADD CONSTRAINT "timebank_settings_point_range" CHECK ("timebank_settings"."latitude" is null or ("timebank_settings"."latitude" between -90 and 90 and "timebank_settings"."longitude" between -180 and 180));