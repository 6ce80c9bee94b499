-- Searches read the bitmaps (SearchBitmap), never SearchDocument's "searchVector" or "facets":
-- their GIN indexes were only kept up to date on every document write. The columns stay, as
-- what search_document_keys computes the bitmap keys from. The search benchmark's plain-SQL
-- baseline creates the indexes it needs in its own database (bench/search.ts).
DROP INDEX IF EXISTS "SearchDocument_searchVector_idx";
DROP INDEX IF EXISTS "SearchDocument_facets_idx";
