// Writing documents into the PostgreSQL index: one statement per batch (the batch travels as one
// JSON parameter), the vectors computed by the database, the documents' bits set in the bitmaps
// by the SQL functions of the search_bitmaps migration, new words added to SearchTerm.
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { compounds, documentTerms } from "../text";
import { documentFacets } from "./facet-values";
import { forgetWordLookups } from "./text-query";
import type { SearchDocument } from "../types";

/** Long descriptions add little to ranking and much to the index: the start is enough. */
const DESCRIPTION_CHARS = 4000;

/** Title words written solid too ("T-Shirt" also as "tshirt"), so typos of them can be found. */
const withCompounds = (text: string) => [text, ...compounds(text)].join(" ");

function row(document: SearchDocument) {
  const keywords = [document.brand ?? "", ...document.tags, ...document.categoryNames].join(" ");
  return {
    id: document.id,
    slug: document.slug,
    title: document.title,
    brand: document.brand,
    facets: documentFacets(document),
    priceAmount: document.priceAmount,
    currency: document.currency,
    compareAtAmount: document.compareAtAmount,
    inStock: document.inStock,
    image: document.image,
    publishedAt: document.publishedAt,
    salesCount: document.salesCount,
    weightA: withCompounds(document.title),
    weightB: withCompounds(keywords),
    weightC: document.description.slice(0, DESCRIPTION_CHARS),
  };
}

type Writer = Db | Prisma.TransactionClient;

/**
 * Writes documents and keeps their bits in the bitmaps: cleared for what the documents were, set
 * for what they are, in one transaction (the bitmap functions serialise writers on a lock).
 * `bitmaps: false` leaves the bitmaps alone, for a full reindex that rebuilds them at the end.
 */
export async function upsertDocuments(
  client: Db,
  documents: SearchDocument[],
  options: { bitmaps?: boolean } = {},
): Promise<void> {
  if (documents.length === 0) return;
  // The same id twice in one statement would make ON CONFLICT fail: the last one wins.
  const unique = [...new Map(documents.map((d) => [d.id, d])).values()];
  if (options.bitmaps === false) {
    await writeRows(client, unique);
  } else {
    const ids = unique.map((d) => d.id);
    await client.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT search_write_bits(${ids}::text[], 0)`;
      await writeRows(tx, unique);
      await tx.$executeRaw`SELECT search_write_bits(${ids}::text[], 1)`;
    });
  }
  await addTerms(client, unique);
}

async function writeRows(client: Writer, unique: SearchDocument[]): Promise<void> {
  const payload = JSON.stringify(unique.map(row));
  // Matching: English stems ("shirts" finds "shirt") of everything, plus the unstemmed words of
  // title and keywords so a half-typed last word matches by prefix ("runni" → "running");
  // stripped of positions, which matching does not need ("m:" keys). Ranking: title A ("a:"),
  // title and keywords ("r:"), for the relevance tiers (see bitmap-keys.ts).
  await client.$executeRaw`
    INSERT INTO "SearchDocument" ("productId", "slug", "title", "brand", "facets", "priceAmount", "currency",
      "compareAtAmount", "inStock", "image", "publishedAt", "salesCount", "searchVector", "rankVector", "indexedAt")
    SELECT d."id", d."slug", d."title", d."brand", d."facets", d."priceAmount", d."currency", d."compareAtAmount",
      d."inStock", d."image", d."publishedAt"::timestamptz AT TIME ZONE 'UTC', d."salesCount",
      strip(to_tsvector('english', concat_ws(' ', d."weightA", d."weightB", d."weightC"))
        || to_tsvector('simple', concat_ws(' ', d."weightA", d."weightB"))),
      setweight(to_tsvector('english', d."weightA") || to_tsvector('simple', d."weightA"), 'A')
        || setweight(to_tsvector('english', d."weightB") || to_tsvector('simple', d."weightB"), 'B'),
      now() AT TIME ZONE 'UTC'
    FROM jsonb_to_recordset(${payload}::jsonb) AS d("id" text, "slug" text, "title" text, "brand" text,
      "facets" text[], "priceAmount" int, "currency" text, "compareAtAmount" int, "inStock" boolean, "image" jsonb,
      "publishedAt" text, "salesCount" int, "weightA" text, "weightB" text, "weightC" text)
    ON CONFLICT ("productId") DO UPDATE SET
      "slug" = EXCLUDED."slug", "title" = EXCLUDED."title", "brand" = EXCLUDED."brand", "facets" = EXCLUDED."facets",
      "priceAmount" = EXCLUDED."priceAmount", "currency" = EXCLUDED."currency",
      "compareAtAmount" = EXCLUDED."compareAtAmount", "inStock" = EXCLUDED."inStock", "image" = EXCLUDED."image",
      "publishedAt" = EXCLUDED."publishedAt", "salesCount" = EXCLUDED."salesCount",
      "searchVector" = EXCLUDED."searchVector", "rankVector" = EXCLUDED."rankVector", "indexedAt" = EXCLUDED."indexedAt"`;
}

/**
 * Words are only ever added: a word no document uses any more can at worst be offered as a typo
 * correction that finds nothing, and the dictionary of a shop grows slowly.
 */
async function addTerms(client: Db, documents: SearchDocument[]): Promise<void> {
  const terms = documentTerms(
    documents.flatMap((d) => [
      d.title,
      d.brand ?? "",
      ...d.tags,
      ...d.categoryNames,
      d.description.slice(0, DESCRIPTION_CHARS),
    ]),
  ).sort();
  if (terms.length === 0) return;
  await client.$executeRaw`
    INSERT INTO "SearchTerm" ("term") SELECT unnest(${terms}::text[]) ON CONFLICT DO NOTHING`;
  forgetWordLookups();
}

export async function deleteDocuments(client: Db, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await client.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT search_write_bits(${ids}::text[], 0)`;
    await tx.$executeRaw`DELETE FROM "SearchDocument" WHERE "productId" = ANY(${ids}::text[])`;
  });
}

/**
 * The database clock as an ISO string, a millisecond early so that rows written later in the
 * same millisecond still count as after it. Text both ways: no driver time-zone guessing.
 */
export async function databaseNow(client: Db): Promise<string> {
  const [row] = await client.$queryRaw<{ now: string }[]>`
    SELECT to_char(date_trunc('milliseconds', now() AT TIME ZONE 'UTC') - interval '1 millisecond',
      'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "now"`;
  if (!row) throw new Error("The database did not return its clock");
  return row.now;
}

/**
 * The end of a full reindex: removes the documents it did not write and rebuilds every bitmap
 * from the documents (the reindex wrote them without), in one transaction. Returns how many went.
 */
export async function finishReindex(client: Db, before: string): Promise<number> {
  return client.$transaction(
    async (tx) => {
      const removed =
        await tx.$executeRaw`DELETE FROM "SearchDocument" WHERE "indexedAt" < (${before}::timestamptz AT TIME ZONE 'UTC')`;
      await tx.$executeRaw`SELECT search_rebuild_bitmaps()`;
      return removed;
    },
    { timeout: 30 * 60_000, maxWait: 60_000 },
  );
}

/**
 * Reclaims the rows a rebuild replaced (it numbers every document again) and refreshes the
 * planner's statistics. Outside any transaction; PGlite has no autovacuum to do it later.
 */
export async function tidyIndexTables(client: Db): Promise<void> {
  await client.$executeRawUnsafe(`VACUUM ANALYZE "SearchDocument"`);
  await client.$executeRawUnsafe(`VACUUM ANALYZE "SearchBitmap"`);
}
