-- A mentor is listed only once their profile says enough for a mentee to choose them (docs/product.md):
-- a headline or what mentees can approach them about, at least one expertise area, and a language.
-- is_listed stays a column of mentor_profiles (search reads one table and compares columns): it is now
-- owner_listable (an alumnus who is not suspended, kept by the triggers on users as is_listed was) and
-- the profile complete, set by a BEFORE trigger on every write, so is_available and the facet counts
-- follow. mentors/mentor-cards.ts `missingForListing` is the same rule; availability.test.ts compares them.
ALTER TABLE "mentor_profiles" ADD COLUMN "owner_listable" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION mn_mentor_profile_complete(headline text, approach text, expertise text[], languages text[])
  RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (coalesce(headline ~ '\S', false) OR coalesce(approach ~ '\S', false))
     AND coalesce(cardinality(expertise), 0) > 0 AND coalesce(cardinality(languages), 0) > 0
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION mentor_profiles_copy_member() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT u.name, u.headline, u.bio, u.job_title, u.employer, u.study_programme, u.graduation_year,
         u.city, u.country, u.languages, coalesce(u.role = 'alumnus', false) AND u.suspended_at IS NULL
    INTO NEW.name, NEW.headline, NEW.bio, NEW.job_title, NEW.employer, NEW.study_programme, NEW.graduation_year,
         NEW.city, NEW.country, NEW.languages, NEW.owner_listable
    FROM users u WHERE u.id = NEW.user_id;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION users_sync_mentor_profile() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE mentor_profiles SET
    name = NEW.name, headline = NEW.headline, bio = NEW.bio, job_title = NEW.job_title, employer = NEW.employer,
    study_programme = NEW.study_programme, graduation_year = NEW.graduation_year, city = NEW.city,
    country = NEW.country, languages = NEW.languages,
    owner_listable = coalesce(NEW.role = 'alumnus', false) AND NEW.suspended_at IS NULL
  WHERE user_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Fires after mentor_profiles_copy_member on insert (triggers fire in name order), and on every
-- update, whoever writes: is_listed cannot be set apart from the rule.
CREATE OR REPLACE FUNCTION mentor_profiles_set_listed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.is_listed := NEW.owner_listable AND mn_mentor_profile_complete(NEW.headline, NEW.approach, NEW.expertise, NEW.languages);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER mentor_profiles_set_listed BEFORE INSERT OR UPDATE ON mentor_profiles
  FOR EACH ROW EXECUTE FUNCTION mentor_profiles_set_listed();
--> statement-breakpoint
-- Existing profiles: is_listed held exactly "owner listable" until now; the trigger above adds completeness.
UPDATE mentor_profiles SET owner_listable = is_listed;
