CREATE TABLE "graduation_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"graduation_year" integer NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"reason" text,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "graduation_requests_reason_length" CHECK ("graduation_requests"."reason" is null or char_length("graduation_requests"."reason") <= 1000)
);
--> statement-breakpoint
ALTER TABLE "graduation_requests" ADD CONSTRAINT "graduation_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "graduation_requests" ADD CONSTRAINT "graduation_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "graduation_requests_one_pending" ON "graduation_requests" USING btree ("user_id") WHERE "graduation_requests"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "graduation_requests_pending_idx" ON "graduation_requests" USING btree ("created_at") WHERE "graduation_requests"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "graduation_requests_user_idx" ON "graduation_requests" USING btree ("user_id","created_at" DESC NULLS LAST);