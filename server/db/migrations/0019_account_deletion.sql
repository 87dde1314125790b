ALTER TABLE "mentoring_requests" DROP CONSTRAINT "mentoring_requests_motivation_length";--> statement-breakpoint
ALTER TABLE "mentoring_requests" DROP CONSTRAINT "mentoring_requests_mentee_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "mentoring_requests" DROP CONSTRAINT "mentoring_requests_mentor_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "mentorships" DROP CONSTRAINT "mentorships_mentor_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "mentorships" DROP CONSTRAINT "mentorships_mentee_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "mentoring_requests" ALTER COLUMN "mentee_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "mentoring_requests" ALTER COLUMN "mentor_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "mentoring_requests" ALTER COLUMN "motivation" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "mentorships" ALTER COLUMN "mentor_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "mentorships" ALTER COLUMN "mentee_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "mentoring_requests" ADD CONSTRAINT "mentoring_requests_mentee_id_users_id_fk" FOREIGN KEY ("mentee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_requests" ADD CONSTRAINT "mentoring_requests_mentor_id_users_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorships" ADD CONSTRAINT "mentorships_mentor_id_users_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorships" ADD CONSTRAINT "mentorships_mentee_id_users_id_fk" FOREIGN KEY ("mentee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_requests" ADD CONSTRAINT "mentoring_requests_pending_has_both" CHECK ("mentoring_requests"."status" <> 'pending' or ("mentoring_requests"."mentee_id" is not null and "mentoring_requests"."mentor_id" is not null));--> statement-breakpoint
ALTER TABLE "mentoring_requests" ADD CONSTRAINT "mentoring_requests_motivation_length" CHECK ("mentoring_requests"."motivation" is null or char_length("mentoring_requests"."motivation") between 1 and 2000);--> statement-breakpoint
ALTER TABLE "mentorships" ADD CONSTRAINT "mentorships_active_has_both" CHECK ("mentorships"."ended_at" is not null or ("mentorships"."mentor_id" is not null and "mentorships"."mentee_id" is not null));