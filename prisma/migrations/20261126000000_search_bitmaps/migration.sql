-- AlterTable
ALTER TABLE "SearchDocument" ADD COLUMN "docNo" SERIAL NOT NULL;

-- CreateTable
CREATE TABLE "SearchBitmap" (
    "key" TEXT NOT NULL,
    "chunk" INTEGER NOT NULL,
    "bits" bit varying NOT NULL,
    "ones" INTEGER NOT NULL,

    CONSTRAINT "SearchBitmap_pkey" PRIMARY KEY ("key","chunk")
);

-- CreateIndex
CREATE UNIQUE INDEX "SearchDocument_docNo_key" ON "SearchDocument"("docNo");


-- ───────── Hand-written: what Prisma's schema language cannot express ─────────

-- A chunk (8,192 bits = 1 KiB) stays in its row, uncompressed: read without TOAST lookups or
-- decompression, which cost more than the bit operations themselves. Searches skip the chunks
-- where nothing matches, and a rebuild numbers documents by category, so matches cluster.
ALTER TABLE "SearchBitmap" ALTER COLUMN "bits" SET STORAGE PLAIN;

-- Prefix lookups of bitmap keys ("m:tsh%") whatever the database's collation.
CREATE INDEX "SearchBitmap_key_prefix_idx" ON "SearchBitmap" ("key" text_pattern_ops, "chunk");

-- A page of a large result is read by walking the sort's index and keeping the documents whose
-- bit is set, so every sort has one (ties end with the product id, like the queries).
CREATE INDEX "SearchDocument_price_idx" ON "SearchDocument" ("priceAmount", "productId");
CREATE INDEX "SearchDocument_price_desc_idx" ON "SearchDocument" ("priceAmount" DESC, "productId");
CREATE INDEX "SearchDocument_newest_idx" ON "SearchDocument" ("publishedAt" DESC, "productId");
CREATE INDEX "SearchDocument_bestselling_idx" ON "SearchDocument" ("salesCount" DESC, "publishedAt" DESC, "productId");

-- Bits per chunk: document n is bit n % 8192 of chunk n / 8192.
CREATE FUNCTION search_chunk_bits() RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT 8192 $$;

-- Every bitmap key a document sets (see the SearchBitmap model).
CREATE FUNCTION search_document_keys(search_vector tsvector, rank_vector tsvector, facets text[], in_stock boolean, price integer)
RETURNS SETOF text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT '*'
  UNION SELECT 'm:' || l FROM unnest(tsvector_to_array(search_vector)) AS l
  UNION SELECT 'r:' || u.lexeme FROM unnest(rank_vector) AS u
  UNION SELECT 'a:' || u.lexeme FROM unnest(rank_vector) AS u WHERE 'A' = ANY (u.weights)
  UNION SELECT 'f:' || f FROM unnest(facets) AS f
  UNION SELECT 's' WHERE in_stock
  UNION SELECT 'p:' || i FROM generate_series(0, 30) AS i WHERE (price >> i) & 1 = 1
$$;

CREATE FUNCTION search_set_bits(bits bit varying, positions integer[], value integer)
RETURNS bit varying LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  p integer;
BEGIN
  FOREACH p IN ARRAY positions LOOP
    bits := set_bit(bits, p, value);
  END LOOP;
  RETURN bits;
END $$;

-- Bitmap writers (a document change, a full rebuild) take this lock, so they never interleave.
CREATE FUNCTION search_bitmap_lock() RETURNS void LANGUAGE sql AS $$
  SELECT pg_advisory_xact_lock(7351298411);
$$;

-- Sets (value 1) or clears (value 0) the bits of these products' documents as they are now: call
-- with 0 before changing or deleting documents, with 1 after writing them, in one transaction.
CREATE FUNCTION search_write_bits(product_ids text[], value integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  size integer := search_chunk_bits();
  chunks integer;
  needed integer;
BEGIN
  PERFORM search_bitmap_lock();
  chunks := (SELECT count(*) FROM "SearchBitmap" WHERE key = '*');
  IF value = 1 THEN
    needed := coalesce((SELECT max("docNo") / size + 1 FROM "SearchDocument" WHERE "productId" = ANY (product_ids)), 0);
    IF needed > chunks THEN
      -- Every key gets the new chunks, so that all bitmaps keep the same length.
      INSERT INTO "SearchBitmap" (key, chunk, bits, ones)
        SELECT k.key, c, repeat('0', size)::bit varying, 0
        FROM (SELECT DISTINCT key FROM "SearchBitmap" UNION SELECT '*') AS k, generate_series(chunks, needed - 1) AS c
        ON CONFLICT DO NOTHING;
      chunks := needed;
    END IF;
    -- Keys no document had before get every chunk.
    INSERT INTO "SearchBitmap" (key, chunk, bits, ones)
      SELECT DISTINCT k.key, c, repeat('0', size)::bit varying, 0
      FROM "SearchDocument" d,
        search_document_keys(d."searchVector", d."rankVector", d."facets", d."inStock", d."priceAmount") AS k(key),
        generate_series(0, chunks - 1) AS c
      WHERE d."productId" = ANY (product_ids)
      ON CONFLICT DO NOTHING;
  END IF;
  UPDATE "SearchBitmap" b SET (bits, ones) = (
      SELECT n.bits, bit_count(n.bits) FROM (SELECT search_set_bits(b.bits, c.positions, value) AS bits) AS n
    )
    FROM (
      SELECT k.key, d."docNo" / size AS chunk, array_agg(DISTINCT d."docNo" % size) AS positions
      FROM "SearchDocument" d,
        search_document_keys(d."searchVector", d."rankVector", d."facets", d."inStock", d."priceAmount") AS k(key)
      WHERE d."productId" = ANY (product_ids)
      GROUP BY 1, 2
    ) AS c
    WHERE b.key = c.key AND b.chunk = c.chunk;
END $$;

-- Rebuilds every bitmap from the documents: after a full reindex, and here for documents
-- indexed before bitmaps existed. Documents are numbered again first, by their most specific
-- category, then title: a search's matches then sit in few chunks (a product kind, a
-- category), and the chunks without any are skipped. Each chunk is written as runs of zeros and
-- a one, in order.
CREATE FUNCTION search_rebuild_bitmaps() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  size integer := search_chunk_bits();
  chunks integer;
BEGIN
  PERFORM search_bitmap_lock();
  -- Two steps, so that no two documents ever share a number (docNo is unique).
  UPDATE "SearchDocument" SET "docNo" = -"docNo" - 1;
  UPDATE "SearchDocument" d SET "docNo" = r.n
    FROM (
      SELECT "productId", (row_number() OVER (
        ORDER BY (SELECT max(f) FROM unnest("facets") AS f WHERE starts_with(f, 'c:')), "title", "productId"
      ) - 1)::integer AS n
      FROM "SearchDocument"
    ) AS r
    WHERE d."productId" = r."productId";
  PERFORM setval(pg_get_serial_sequence('"SearchDocument"', 'docNo'), (SELECT count(*) FROM "SearchDocument") + 1, false);
  chunks := coalesce((SELECT max("docNo") / size + 1 FROM "SearchDocument"), 0);
  DELETE FROM "SearchBitmap";
  INSERT INTO "SearchBitmap" (key, chunk, bits, ones)
    SELECT r.key, r.chunk,
      (string_agg(repeat('0', r.gap) || '1', '' ORDER BY r.position) || repeat('0', size - max(r.position) - 1))::bit varying,
      count(*)
    FROM (
      SELECT p.key, p.chunk, p.position,
        p.position - coalesce(lag(p.position) OVER (PARTITION BY p.key, p.chunk ORDER BY p.position), -1) - 1 AS gap
      FROM (
        SELECT k.key, d."docNo" / size AS chunk, d."docNo" % size AS position
        FROM "SearchDocument" d,
          search_document_keys(d."searchVector", d."rankVector", d."facets", d."inStock", d."priceAmount") AS k(key)
      ) AS p
    ) AS r
    GROUP BY r.key, r.chunk;
  -- Chunks where a key has no document are all zeros, but present.
  INSERT INTO "SearchBitmap" (key, chunk, bits, ones)
    SELECT k.key, c, repeat('0', size)::bit varying, 0
    FROM (SELECT DISTINCT key FROM "SearchBitmap") AS k, generate_series(0, chunks - 1) AS c
    ON CONFLICT DO NOTHING;
END $$;

-- Prices as bit slices: "p:i" holds the documents whose price has bit i set. A search reads one
-- chunk of the slices "p:0".."p:n" (up to the highest bit any price has: a shop whose prices stay
-- under 1,310.72 needs 17) as an array, and these functions only compute on it.

-- The documents of a chunk whose price is between `low` and `high` (inclusive): the bit-sliced
-- index comparison, one step per slice and bound.
CREATE FUNCTION search_price_between(slices bit varying[], everything bit varying, low bigint, high bigint)
RETURNS bit varying LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  top integer := coalesce(cardinality(slices), 0) - 1;
  zero bit varying := everything # everything;
  bound bigint;
  below bit varying;
  equal bit varying;
  at_most bit varying[] := ARRAY[]::bit varying[];
BEGIN
  IF everything IS NULL THEN RETURN NULL; END IF;
  -- at_most[1]: price <= high; at_most[2]: price <= low - 1.
  FOREACH bound IN ARRAY ARRAY[high, low - 1] LOOP
    IF bound < 0 THEN
      at_most := at_most || zero;
    ELSIF bound >= (1::bigint << (top + 1)) - 1 THEN
      -- No price has a bit above `top`: every price is at most the bound.
      at_most := at_most || everything;
    ELSE
      below := zero;
      equal := everything;
      FOR i IN REVERSE top..0 LOOP
        IF (bound >> i) & 1 = 1 THEN
          below := below | (equal & ~slices[i + 1]);
          equal := equal & slices[i + 1];
        ELSE
          equal := equal & ~slices[i + 1];
        END IF;
      END LOOP;
      at_most := at_most || (below | equal);
    END IF;
  END LOOP;
  RETURN at_most[1] & ~at_most[2];
END $$;

-- The lowest and highest price among the documents of a chunk (NULLs when none): from the top
-- slice down, keep the documents with the bit set (for the highest) or clear (the lowest).
CREATE FUNCTION search_price_range(slices bit varying[], docs bit varying, OUT low integer, OUT high integer)
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  top integer := coalesce(cardinality(slices), 0) - 1;
  candidates bit varying;
  narrowed bit varying;
BEGIN
  IF docs IS NULL OR bit_count(docs) = 0 THEN RETURN; END IF;
  low := 0;
  high := 0;
  candidates := docs;
  FOR i IN REVERSE top..0 LOOP
    narrowed := candidates & slices[i + 1];
    IF bit_count(narrowed) > 0 THEN
      candidates := narrowed;
      high := high | (1 << i);
    END IF;
  END LOOP;
  candidates := docs;
  FOR i IN REVERSE top..0 LOOP
    narrowed := candidates & ~slices[i + 1];
    IF bit_count(narrowed) > 0 THEN
      candidates := narrowed;
    ELSE
      low := low | (1 << i);
    END IF;
  END LOOP;
END $$;

-- The positions of the set bits, in order: the zero runs between ones give the gaps.
CREATE FUNCTION search_bit_positions(bits bit varying) RETURNS integer[] LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  positions integer[];
BEGIN
  SELECT coalesce(array_agg(p.position ORDER BY p.position), ARRAY[]::integer[]) INTO positions
  FROM (
    SELECT (sum(length(u.run) + 1) OVER (ORDER BY u.n) - 1)::integer AS position, u.n
    FROM unnest(string_to_array(bits::text, '1')) WITH ORDINALITY AS u(run, n)
  ) AS p
  WHERE p.n <= bit_count(bits);
  RETURN positions;
END $$;

SELECT search_rebuild_bitmaps();
-- The planner needs the new table's statistics before the first search (PGlite never analyzes by itself).
ANALYZE "SearchBitmap";
ANALYZE "SearchDocument";
