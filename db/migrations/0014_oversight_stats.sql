CREATE TABLE "volunteer_activity" (
	"user_id" integer PRIMARY KEY NOT NULL,
	"community_id" integer NOT NULL,
	"last_served_day" date NOT NULL
);
