-- The member's fields that search reads are copied onto mentor_profiles (see schema/mentoring.ts):
-- a new profile takes them from users, and a change to users is carried over in the same statement.
CREATE OR REPLACE FUNCTION mentor_profiles_copy_member() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT u.name, u.headline, u.bio, u.job_title, u.employer, u.study_programme, u.graduation_year,
         u.city, u.country, u.languages, coalesce(u.role = 'alumnus', false) AND u.suspended_at IS NULL
    INTO NEW.name, NEW.headline, NEW.bio, NEW.job_title, NEW.employer, NEW.study_programme, NEW.graduation_year,
         NEW.city, NEW.country, NEW.languages, NEW.is_listed
    FROM users u WHERE u.id = NEW.user_id;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER mentor_profiles_copy_member BEFORE INSERT ON mentor_profiles
  FOR EACH ROW EXECUTE FUNCTION mentor_profiles_copy_member();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION users_sync_mentor_profile() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE mentor_profiles SET
    name = NEW.name, headline = NEW.headline, bio = NEW.bio, job_title = NEW.job_title, employer = NEW.employer,
    study_programme = NEW.study_programme, graduation_year = NEW.graduation_year, city = NEW.city,
    country = NEW.country, languages = NEW.languages,
    is_listed = coalesce(NEW.role = 'alumnus', false) AND NEW.suspended_at IS NULL
  WHERE user_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Only changes to copied fields reach mentor_profiles: sign-ins and settings leave it alone.
CREATE TRIGGER users_sync_mentor_profile AFTER UPDATE ON users FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.headline IS DISTINCT FROM NEW.headline
    OR OLD.bio IS DISTINCT FROM NEW.bio OR OLD.job_title IS DISTINCT FROM NEW.job_title
    OR OLD.employer IS DISTINCT FROM NEW.employer OR OLD.study_programme IS DISTINCT FROM NEW.study_programme
    OR OLD.graduation_year IS DISTINCT FROM NEW.graduation_year OR OLD.city IS DISTINCT FROM NEW.city
    OR OLD.country IS DISTINCT FROM NEW.country OR OLD.languages IS DISTINCT FROM NEW.languages
    OR OLD.role IS DISTINCT FROM NEW.role OR (OLD.suspended_at IS NULL) <> (NEW.suspended_at IS NULL))
  EXECUTE FUNCTION users_sync_mentor_profile();
--> statement-breakpoint
-- The filter values one mentor counts towards; 'total' counts the mentor once.
CREATE OR REPLACE FUNCTION mentor_facet_values(text, text, text, text, text[], text[])
  RETURNS TABLE (facet text, value text) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT 'total', ''
  UNION ALL SELECT 'industry', $1 WHERE $1 IS NOT NULL
  UNION ALL SELECT 'programme', $2 WHERE $2 IS NOT NULL
  UNION ALL SELECT 'country', $3 WHERE $3 IS NOT NULL
  UNION ALL SELECT 'city', $4 WHERE $4 IS NOT NULL
  UNION ALL SELECT DISTINCT 'expertise', e FROM unnest($5) AS e
  UNION ALL SELECT DISTINCT 'language', l FROM unnest($6) AS l
$$;
--> statement-breakpoint
-- Keeps mentor_facet_counts in step, once per statement (a bulk insert of 5,000 profiles is one
-- aggregate). Rows are upserted in key order so two transactions cannot deadlock on them; an
-- update that changes no filter value or availability writes nothing.
CREATE OR REPLACE FUNCTION mentor_facet_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO mentor_facet_counts AS c (facet, value, listed, available)
    SELECT f.facet, f.value, sum(r.is_listed::int), sum(r.is_available::int)
    FROM new_rows r CROSS JOIN LATERAL mentor_facet_values(r.industry, r.study_programme, r.country, r.city, r.expertise, r.languages) f
    GROUP BY f.facet, f.value ORDER BY f.facet, f.value
    ON CONFLICT (facet, value) DO UPDATE SET listed = c.listed + excluded.listed, available = c.available + excluded.available;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO mentor_facet_counts AS c (facet, value, listed, available)
    SELECT f.facet, f.value, -sum(r.is_listed::int), -sum(r.is_available::int)
    FROM old_rows r CROSS JOIN LATERAL mentor_facet_values(r.industry, r.study_programme, r.country, r.city, r.expertise, r.languages) f
    GROUP BY f.facet, f.value ORDER BY f.facet, f.value
    ON CONFLICT (facet, value) DO UPDATE SET listed = c.listed + excluded.listed, available = c.available + excluded.available;
  ELSE
    INSERT INTO mentor_facet_counts AS c (facet, value, listed, available)
    SELECT d.facet, d.value, sum(d.listed), sum(d.available) FROM (
      SELECT f.facet, f.value, r.is_listed::int AS listed, r.is_available::int AS available
      FROM new_rows r CROSS JOIN LATERAL mentor_facet_values(r.industry, r.study_programme, r.country, r.city, r.expertise, r.languages) f
      UNION ALL
      SELECT f.facet, f.value, -(r.is_listed::int), -(r.is_available::int)
      FROM old_rows r CROSS JOIN LATERAL mentor_facet_values(r.industry, r.study_programme, r.country, r.city, r.expertise, r.languages) f
    ) d
    GROUP BY d.facet, d.value HAVING sum(d.listed) <> 0 OR sum(d.available) <> 0 ORDER BY d.facet, d.value
    ON CONFLICT (facet, value) DO UPDATE SET listed = c.listed + excluded.listed, available = c.available + excluded.available;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER mentor_facet_counts_insert AFTER INSERT ON mentor_profiles
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mentor_facet_counts_apply();
--> statement-breakpoint
CREATE TRIGGER mentor_facet_counts_update AFTER UPDATE ON mentor_profiles
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mentor_facet_counts_apply();
--> statement-breakpoint
CREATE TRIGGER mentor_facet_counts_delete AFTER DELETE ON mentor_profiles
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mentor_facet_counts_apply();
--> statement-breakpoint
-- The curated expertise list mentors pick from; admins add to it in the app.
INSERT INTO expertise_tags (name) VALUES
  ('Academic careers'), ('Accounting'), ('Artificial intelligence'), ('Biotech'), ('Career switching'),
  ('Clinical practice'), ('Communications'), ('Consulting'), ('Corporate law'), ('Data science'),
  ('Diplomacy'), ('Entrepreneurship'), ('Finance'), ('Government and policy'), ('Healthcare management'),
  ('Human resources'), ('International development'), ('Investment banking'), ('Journalism'), ('Leadership'),
  ('Litigation'), ('Marketing'), ('Museums and heritage'), ('Negotiation'), ('Non-profit'),
  ('Operations'), ('PhD applications'), ('Product management'), ('Public speaking'), ('Publishing'),
  ('Research'), ('Sales'), ('Software engineering'), ('Start-ups'), ('Strategy'),
  ('Sustainability'), ('Teaching'), ('UX design'), ('Working abroad'), ('Writing')
ON CONFLICT DO NOTHING;
