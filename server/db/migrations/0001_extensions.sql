-- Trigram matching for typo-tolerant name search (PGlite loads the same extension at open).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
