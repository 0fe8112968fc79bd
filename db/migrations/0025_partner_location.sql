ALTER TABLE "partners" ADD COLUMN "latitude" double precision;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "longitude" double precision;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_point_whole" CHECK (("partners"."latitude" is null) = ("partners"."longitude" is null));--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_point_on_earth" CHECK ("partners"."latitude" is null or ("partners"."latitude" between -90 and 90 and "partners"."longitude" between -180 and 180));