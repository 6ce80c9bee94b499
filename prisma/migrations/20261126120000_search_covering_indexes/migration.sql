-- Reading a page of hits and counting facets without touching rows that are not needed.

-- Walking a sort's index for a large result tests each entry's bit: with the docNo in the
-- index the test needs no table row (an index-only scan), and only the page's rows are read.
DROP INDEX "SearchDocument_price_idx";
DROP INDEX "SearchDocument_price_desc_idx";
DROP INDEX "SearchDocument_newest_idx";
DROP INDEX "SearchDocument_bestselling_idx";
CREATE INDEX "SearchDocument_price_idx" ON "SearchDocument" ("priceAmount", "productId") INCLUDE ("docNo");
CREATE INDEX "SearchDocument_price_desc_idx" ON "SearchDocument" ("priceAmount" DESC, "productId") INCLUDE ("docNo");
CREATE INDEX "SearchDocument_newest_idx" ON "SearchDocument" ("publishedAt" DESC, "productId") INCLUDE ("docNo");
CREATE INDEX "SearchDocument_bestselling_idx" ON "SearchDocument" ("salesCount" DESC, "publishedAt" DESC, "productId") INCLUDE ("docNo");

-- A small result is read by its documents' numbers and sorted: with every sort column here,
-- that sort needs no table rows either.
CREATE INDEX "SearchDocument_docNo_sort_idx" ON "SearchDocument" ("docNo") INCLUDE ("productId", "priceAmount", "publishedAt", "salesCount");

-- Facet counts read the facet values' bitmaps of the chunks where something matches: by chunk
-- first, and only the non-empty ones (most facet values are absent from most chunks).
CREATE INDEX "SearchBitmap_chunk_key_idx" ON "SearchBitmap" ("chunk", "key" text_pattern_ops) WHERE "ones" > 0;

ANALYZE "SearchDocument";
ANALYZE "SearchBitmap";
