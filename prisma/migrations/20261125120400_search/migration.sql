-- CreateTable
CREATE TABLE "SearchDocument" (
    "productId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "brand" TEXT,
    "facets" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "priceAmount" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "compareAtAmount" INTEGER,
    "inStock" BOOLEAN NOT NULL,
    "image" JSONB,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "salesCount" INTEGER NOT NULL DEFAULT 0,
    "searchVector" tsvector NOT NULL,
    "rankVector" tsvector NOT NULL,
    "indexedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("productId")
);

-- CreateTable
CREATE TABLE "SearchTerm" (
    "term" TEXT NOT NULL,

    CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("term")
);


-- ───────── Hand-written: what Prisma's schema language cannot express ─────────

-- Trigram matching for misspelt words. Trusted since PostgreSQL 13, so a database owner may
-- create it; the embedded database loads it as a PGlite extension (lib/db/embedded.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Full-text matching, and filters and facet counts on the prefixed values.
CREATE INDEX "SearchDocument_searchVector_idx" ON "SearchDocument" USING GIN ("searchVector");
CREATE INDEX "SearchDocument_facets_idx" ON "SearchDocument" USING GIN ("facets");
-- The full-reindex sweep deletes documents older than the run.
CREATE INDEX "SearchDocument_indexedAt_idx" ON "SearchDocument" ("indexedAt");
-- Nearest words by trigram distance (ORDER BY term <-> $1), for typo tolerance.
CREATE INDEX "SearchTerm_term_trgm_idx" ON "SearchTerm" USING GIST ("term" gist_trgm_ops);
