CREATE TABLE "mentor_facet_pairs" (
	"facet_a" text NOT NULL,
	"value_a" text NOT NULL,
	"facet_b" text NOT NULL,
	"value_b" text NOT NULL,
	"listed" integer DEFAULT 0 NOT NULL,
	"available" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "mentor_facet_pairs_facet_a_value_a_facet_b_value_b_pk" PRIMARY KEY("facet_a","value_a","facet_b","value_b")
);
--> statement-breakpoint
DROP TABLE "mentor_facet_counts" CASCADE;