-- The browse index also carries the search document and the filter columns (ADR 0008), so a text
-- search for a common word finds its first few hundred matches in browse order without reading
-- the table, and so do filters on top of it. Drizzle cannot declare INCLUDE columns, hence SQL.
DROP INDEX IF EXISTS "mentor_profiles_browse_idx";
--> statement-breakpoint
CREATE INDEX "mentor_profiles_browse_idx" ON "mentor_profiles" USING btree ("is_available" DESC NULLS LAST, "activated_at" DESC NULLS LAST, "user_id")
  INCLUDE ("search_vector", "industry", "study_programme", "graduation_year", "country", "city", "languages", "expertise")
  WHERE "mentor_profiles"."is_listed";
