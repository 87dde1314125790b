-- array_to_string is only STABLE, so a generated column cannot call it; joining text with a
-- space does not depend on any setting, so this wrapper may honestly be declared IMMUTABLE.
CREATE OR REPLACE FUNCTION mn_words(text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array_to_string($1, ' '), '') $$;
