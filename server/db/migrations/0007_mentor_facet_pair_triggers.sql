-- Counts per pair of filter values replace counts per value (0005): with them a search with one
-- filter gets its counts without counting profiles. See schema/mentoring.ts.
DROP TRIGGER IF EXISTS mentor_facet_counts_insert ON mentor_profiles;
--> statement-breakpoint
DROP TRIGGER IF EXISTS mentor_facet_counts_update ON mentor_profiles;
--> statement-breakpoint
DROP TRIGGER IF EXISTS mentor_facet_counts_delete ON mentor_profiles;
--> statement-breakpoint
DROP FUNCTION IF EXISTS mentor_facet_counts_apply();
--> statement-breakpoint
DROP FUNCTION IF EXISTS mentor_facet_values(text, text, text, text, text[], text[]);
--> statement-breakpoint
-- The filter values one mentor counts towards; ('total', '') counts the mentor once.
CREATE OR REPLACE FUNCTION mentor_facet_values(text, text, text, text, integer, text[], text[])
  RETURNS TABLE (facet text, value text) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT 'total', ''
  UNION ALL SELECT 'industry', $1 WHERE $1 IS NOT NULL
  UNION ALL SELECT 'programme', $2 WHERE $2 IS NOT NULL
  UNION ALL SELECT 'country', $3 WHERE $3 IS NOT NULL
  UNION ALL SELECT 'city', $4 WHERE $4 IS NOT NULL
  UNION ALL SELECT 'graduation', $5::text WHERE $5 IS NOT NULL
  UNION ALL SELECT DISTINCT 'expertise', e FROM unnest($6) AS e
  UNION ALL SELECT DISTINCT 'language', l FROM unnest($7) AS l
$$;
--> statement-breakpoint
-- Keeps mentor_facet_pairs in step, once per statement: every changed row adds (new) or takes
-- away (old) one for each pair of its values. Rows are upserted in key order, so two transactions
-- cannot deadlock on them; a change that moves no count (a new headline, say) writes nothing.
-- Dynamic SQL because a statement may only name the transition tables its trigger defines.
CREATE OR REPLACE FUNCTION mentor_facet_pairs_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT -1 AS sign, * FROM old_rows'
    ELSE 'SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1 AS sign, * FROM old_rows'
  END;
BEGIN
  EXECUTE format($sql$
    WITH changed AS (%s)
    INSERT INTO mentor_facet_pairs AS p (facet_a, value_a, facet_b, value_b, listed, available)
    SELECT a.facet, a.value, b.facet, b.value, sum(c.sign * c.is_listed::int), sum(c.sign * c.is_available::int)
    FROM changed c
    CROSS JOIN LATERAL mentor_facet_values(c.industry, c.study_programme, c.country, c.city, c.graduation_year, c.expertise, c.languages) a
    CROSS JOIN LATERAL mentor_facet_values(c.industry, c.study_programme, c.country, c.city, c.graduation_year, c.expertise, c.languages) b
    GROUP BY a.facet, a.value, b.facet, b.value
    HAVING sum(c.sign * c.is_listed::int) <> 0 OR sum(c.sign * c.is_available::int) <> 0
    ORDER BY a.facet, a.value, b.facet, b.value
    ON CONFLICT (facet_a, value_a, facet_b, value_b)
      DO UPDATE SET listed = p.listed + excluded.listed, available = p.available + excluded.available
  $sql$, changed);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER mentor_facet_pairs_insert AFTER INSERT ON mentor_profiles
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mentor_facet_pairs_apply();
--> statement-breakpoint
CREATE TRIGGER mentor_facet_pairs_update AFTER UPDATE ON mentor_profiles
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mentor_facet_pairs_apply();
--> statement-breakpoint
CREATE TRIGGER mentor_facet_pairs_delete AFTER DELETE ON mentor_profiles
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mentor_facet_pairs_apply();
--> statement-breakpoint
-- Profiles made before this migration.
INSERT INTO mentor_facet_pairs (facet_a, value_a, facet_b, value_b, listed, available)
SELECT a.facet, a.value, b.facet, b.value, sum(m.is_listed::int), sum(m.is_available::int)
FROM mentor_profiles m
CROSS JOIN LATERAL mentor_facet_values(m.industry, m.study_programme, m.country, m.city, m.graduation_year, m.expertise, m.languages) a
CROSS JOIN LATERAL mentor_facet_values(m.industry, m.study_programme, m.country, m.city, m.graduation_year, m.expertise, m.languages) b
GROUP BY a.facet, a.value, b.facet, b.value;
