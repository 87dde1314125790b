-- The filter values a search asks for by equality (industry, programme, country, city, each
-- language, each expertise) as terms of their own: a letter for the filter and the first 10 hex
-- digits of the value's md5, so any value is one plain lexeme that no word of a query can match (two
-- values sharing a term would only add rows that the filters themselves then drop). One GIN index
-- holds the search document and these terms, so a text query with filters ('negotiation' in
-- Rotterdam, in media) finds the few mentors that have all of them inside the index, skipping
-- through the long list of a common word, instead of reading thousands of rows (ADR 0013). It
-- replaces the index on the search document alone. The terms are never ranked: ts_rank reads
-- search_vector only.
CREATE OR REPLACE FUNCTION mn_filter_terms(industry text, programme text, country text, city text, languages text[], expertise text[])
  RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_to_tsvector(
    array_remove(ARRAY['i' || left(md5(industry), 10), 'p' || left(md5(programme), 10), 'n' || left(md5(country), 10), 'c' || left(md5(city), 10)], NULL)
    || ARRAY(SELECT 'l' || left(md5(l), 10) FROM unnest(languages) AS l)
    || ARRAY(SELECT 'e' || left(md5(e), 10) FROM unnest(expertise) AS e))
$$;
--> statement-breakpoint
DROP INDEX IF EXISTS "mentor_profiles_search_idx";
--> statement-breakpoint
ALTER TABLE "mentor_profiles" ADD COLUMN "filter_terms" "tsvector" GENERATED ALWAYS AS (mn_filter_terms(industry, study_programme, country, city, languages, expertise)) STORED;
--> statement-breakpoint
CREATE INDEX "mentor_profiles_search_filters_idx" ON "mentor_profiles" USING gin (("search_vector" || "filter_terms"));
