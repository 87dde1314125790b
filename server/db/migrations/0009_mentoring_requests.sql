CREATE TYPE "public"."mentoring_decline_reason" AS ENUM('no_capacity', 'expertise_mismatch', 'not_available_now', 'other');--> statement-breakpoint
CREATE TYPE "public"."mentorship_end_reason" AS ENUM('goals_reached', 'no_time', 'not_a_good_fit', 'other');--> statement-breakpoint
CREATE TYPE "public"."mentoring_request_status" AS ENUM('pending', 'accepted', 'declined', 'withdrawn', 'expired');--> statement-breakpoint
CREATE TABLE "mentoring_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mentee_id" text NOT NULL,
	"mentor_id" text NOT NULL,
	"status" "mentoring_request_status" DEFAULT 'pending' NOT NULL,
	"motivation" text NOT NULL,
	"goals" text,
	"response" text,
	"decline_reason" "mentoring_decline_reason",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"expired_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	CONSTRAINT "mentoring_requests_motivation_length" CHECK (char_length("mentoring_requests"."motivation") between 1 and 2000)
);
--> statement-breakpoint
CREATE TABLE "mentorships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid,
	"mentor_id" text NOT NULL,
	"mentee_id" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	"ended_by" text,
	"end_reason" "mentorship_end_reason",
	"feedback" text
);
--> statement-breakpoint
ALTER TABLE "mentoring_requests" ADD CONSTRAINT "mentoring_requests_mentee_id_users_id_fk" FOREIGN KEY ("mentee_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_requests" ADD CONSTRAINT "mentoring_requests_mentor_id_users_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorships" ADD CONSTRAINT "mentorships_request_id_mentoring_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."mentoring_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorships" ADD CONSTRAINT "mentorships_mentor_id_users_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorships" ADD CONSTRAINT "mentorships_mentee_id_users_id_fk" FOREIGN KEY ("mentee_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorships" ADD CONSTRAINT "mentorships_ended_by_users_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "mentoring_requests_one_pending_per_pair" ON "mentoring_requests" USING btree ("mentee_id","mentor_id") WHERE "mentoring_requests"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "mentoring_requests_mentor_idx" ON "mentoring_requests" USING btree ("mentor_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "mentoring_requests_mentee_idx" ON "mentoring_requests" USING btree ("mentee_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "mentoring_requests_pending_created_idx" ON "mentoring_requests" USING btree ("created_at") WHERE "mentoring_requests"."status" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "mentorships_one_active_per_pair" ON "mentorships" USING btree ("mentor_id","mentee_id") WHERE "mentorships"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "mentorships_mentor_idx" ON "mentorships" USING btree ("mentor_id","started_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "mentorships_mentee_idx" ON "mentorships" USING btree ("mentee_id","started_at" DESC NULLS LAST);