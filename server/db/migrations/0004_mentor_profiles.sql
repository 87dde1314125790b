CREATE TABLE "expertise_tags" (
	"name" text PRIMARY KEY NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentor_facet_counts" (
	"facet" text NOT NULL,
	"value" text NOT NULL,
	"listed" integer DEFAULT 0 NOT NULL,
	"available" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "mentor_facet_counts_facet_value_pk" PRIMARY KEY("facet","value")
);
--> statement-breakpoint
CREATE TABLE "mentor_profiles" (
	"user_id" text PRIMARY KEY NOT NULL,
	"approach" text,
	"expertise" text[] DEFAULT '{}'::text[] NOT NULL,
	"industry" text,
	"max_mentees" integer DEFAULT 2 NOT NULL,
	"paused_at" timestamp with time zone,
	"active_mentees" integer DEFAULT 0 NOT NULL,
	"answered_requests" integer DEFAULT 0 NOT NULL,
	"median_answer_hours" real,
	"activated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"headline" text,
	"bio" text,
	"job_title" text,
	"employer" text,
	"study_programme" text,
	"graduation_year" integer,
	"city" text,
	"country" text,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"is_listed" boolean DEFAULT false NOT NULL,
	"is_available" boolean GENERATED ALWAYS AS (is_listed and paused_at is null and active_mentees < max_mentees) STORED,
	"search_vector" "tsvector" GENERATED ALWAYS AS (
  setweight(to_tsvector('simple'::regconfig, coalesce(name, '')), 'A') ||
  setweight(to_tsvector('english'::regconfig, mn_words(expertise)), 'A') ||
  setweight(to_tsvector('english'::regconfig, coalesce(headline, '') || ' ' || coalesce(job_title, '') || ' ' || coalesce(industry, '')), 'B') ||
  setweight(to_tsvector('english'::regconfig, coalesce(approach, '') || ' ' || coalesce(employer, '') || ' ' || coalesce(study_programme, '')), 'C') ||
  setweight(to_tsvector('english'::regconfig, coalesce(bio, '')), 'D')) STORED,
	CONSTRAINT "mentor_profiles_max_mentees_range" CHECK ("mentor_profiles"."max_mentees" between 1 and 5),
	CONSTRAINT "mentor_profiles_active_mentees_positive" CHECK ("mentor_profiles"."active_mentees" >= 0)
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "interests" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "expertise_tags" ADD CONSTRAINT "expertise_tags_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_profiles" ADD CONSTRAINT "mentor_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "expertise_tags_name_unique" ON "expertise_tags" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "mentor_profiles_search_idx" ON "mentor_profiles" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "mentor_profiles_name_trgm_idx" ON "mentor_profiles" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "mentor_profiles_expertise_idx" ON "mentor_profiles" USING gin ("expertise");--> statement-breakpoint
CREATE INDEX "mentor_profiles_languages_idx" ON "mentor_profiles" USING gin ("languages");--> statement-breakpoint
CREATE INDEX "mentor_profiles_browse_idx" ON "mentor_profiles" USING btree ("is_available" DESC NULLS LAST,"activated_at" DESC NULLS LAST,"user_id") WHERE "mentor_profiles"."is_listed";--> statement-breakpoint
CREATE INDEX "mentor_profiles_industry_idx" ON "mentor_profiles" USING btree ("industry") WHERE "mentor_profiles"."is_listed";--> statement-breakpoint
CREATE INDEX "mentor_profiles_programme_idx" ON "mentor_profiles" USING btree ("study_programme") WHERE "mentor_profiles"."is_listed";--> statement-breakpoint
CREATE INDEX "mentor_profiles_country_idx" ON "mentor_profiles" USING btree ("country","city") WHERE "mentor_profiles"."is_listed";--> statement-breakpoint
CREATE INDEX "mentor_profiles_graduation_idx" ON "mentor_profiles" USING btree ("graduation_year") WHERE "mentor_profiles"."is_listed";