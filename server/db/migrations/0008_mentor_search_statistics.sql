-- Filter values that go together (a programme and the industries its alumni work in, a city and
-- its country): without these the planner multiplies their frequencies as if independent, expects
-- hundreds of mentors for "Artificial Intelligence" + "non_profit", and walks the whole browse
-- index looking for them.
CREATE STATISTICS IF NOT EXISTS mentor_profiles_programme_industry (mcv, dependencies)
  ON study_programme, industry FROM mentor_profiles;
--> statement-breakpoint
CREATE STATISTICS IF NOT EXISTS mentor_profiles_country_city (mcv, dependencies)
  ON country, city FROM mentor_profiles;
