CREATE TABLE "sorting_guide_hidden" (
	"community_id" integer NOT NULL,
	"item_id" integer NOT NULL,
	"hidden_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sorting_guide_hidden_community_id_item_id_pk" PRIMARY KEY("community_id","item_id")
);
--> statement-breakpoint
ALTER TABLE "sorting_guide_hidden" ADD CONSTRAINT "sorting_guide_hidden_community_id_nodes_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sorting_guide_hidden" ADD CONSTRAINT "sorting_guide_hidden_item_id_sorting_guide_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."sorting_guide_items"("id") ON DELETE cascade ON UPDATE no action;