// The bitmap keys are written by SQL functions of an applied migration (search_document_keys,
// search_write_bits, search_rebuild_bitmaps) and named by this folder's TypeScript
// (bitmap-keys.ts): on a real database, the functions must write exactly the keys that the
// TypeScript definition gives, else searches would read bitmaps nobody writes.
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SearchDocument } from "../types";
import { FACET_PREFIX, documentKeys } from "./bitmap-keys";
import { doc } from "../contract-fixtures";
import { PostgresSearchEngine } from "./engine";

const document = (id: string, fields: Partial<SearchDocument>): SearchDocument =>
  doc({ id, title: "Plain mug", priceAmount: 1000, image: null, ...fields });

// Colons and quotes in values, prices on bit edges (0, 2^30 + 1, the largest integer), out of
// stock, and categories whose order differs from the titles' (for the rebuild's numbering).
const DOCUMENTS = [
  document("k1", {
    title: "Organic T-Shirt",
    description: "Soft cotton, made to last.",
    brand: "O'Neill: Co",
    tags: ["sale", "new:in"],
    categoryPaths: ["zclothing", "zclothing/tops"],
    categoryNames: ["Clothing", "Tops"],
    options: ["Size:M", "Colour:Navy Blue"],
    priceAmount: 0,
  }),
  document("k2", {
    title: "Zebra lamp",
    brand: "Hearth",
    categoryPaths: ["alamps"],
    priceAmount: 2 ** 30 + 1,
    inStock: false,
  }),
  document("k3", {
    title: "Canvas bag",
    tags: ["sale"],
    categoryPaths: ["mbags"],
    options: ["Size:One size"],
    priceAmount: 2_147_483_647,
  }),
  document("k4", { title: "Running shoes", description: "Light runners.", priceAmount: 4999 }),
];

const keyedRow = z.object({
  id: z.string(),
  matchLexemes: z.array(z.string()),
  rankLexemes: z.array(z.object({ lexeme: z.string(), weights: z.array(z.string()) })),
  facets: z.array(z.string()),
  inStock: z.boolean(),
  priceAmount: z.number().int(),
  keys: z.array(z.string()),
});

/** Each document's row as bitmap-keys.ts reads it, with the keys search_document_keys gives. */
async function keyedRows() {
  const rows = await (
    await db()
  ).$queryRaw<unknown[]>`
    SELECT d."productId" AS "id", tsvector_to_array(d."searchVector") AS "matchLexemes",
      coalesce((SELECT json_agg(json_build_object('lexeme', u.lexeme, 'weights', u.weights)) FROM unnest(d."rankVector") AS u), '[]'::json)
        AS "rankLexemes",
      d."facets", d."inStock", d."priceAmount",
      ARRAY(SELECT k FROM search_document_keys(d."searchVector", d."rankVector", d."facets", d."inStock", d."priceAmount") AS k) AS "keys"
    FROM "SearchDocument" d ORDER BY d."productId"`;
  return z.array(keyedRow).parse(rows);
}

/** Per key, the sorted ids of the documents whose bit is set in its bitmap. */
async function bitmapMembers(): Promise<Record<string, string[]>> {
  const rows = await (
    await db()
  ).$queryRaw<{ key: string; ids: string[] }[]>`
    SELECT b."key", array_agg(d."productId" ORDER BY d."productId") AS "ids"
    FROM "SearchBitmap" b
    CROSS JOIN LATERAL unnest(search_bit_positions(b."bits")) AS p("position")
    JOIN "SearchDocument" d ON d."docNo" = b."chunk" * search_chunk_bits() + p."position"
    GROUP BY b."key"`;
  return Object.fromEntries(rows.map((row) => [row.key, [...row.ids].sort()]));
}

/** The same, as the TypeScript definition says it should be. */
async function expectedMembers(): Promise<Record<string, string[]>> {
  const members: Record<string, string[]> = {};
  for (const row of await keyedRows())
    for (const key of documentKeys(row)) (members[key] ??= []).push(row.id);
  for (const ids of Object.values(members)) ids.sort();
  return members;
}

const byKey = (members: Record<string, string[]>) =>
  Object.fromEntries(Object.entries(members).sort(([a], [b]) => (a < b ? -1 : 1)));

beforeAll(async () => {
  await new PostgresSearchEngine().index(DOCUMENTS);
});

describe("bitmap keys", () => {
  it("search_document_keys returns exactly the keys documentKeys gives", async () => {
    const rows = await keyedRows();
    expect(rows).toHaveLength(DOCUMENTS.length);
    for (const row of rows)
      expect({ id: row.id, keys: [...row.keys].sort() }).toEqual({
        id: row.id,
        keys: documentKeys(row).sort(),
      });
    // The format itself, spelt out once here as a reader would expect it.
    const first = documentKeys(rows[0]!);
    for (const key of [
      "*",
      "s",
      "m:cotton",
      "a:tshirt",
      "r:tshirt",
      "r:clothing",
      "f:b:O'Neill: Co",
      "f:t:new:in",
      "f:c:zclothing/tops",
      "f:o:Size:M",
    ]) {
      expect(first).toContain(key);
    }
    expect(first.filter((key) => key.startsWith("p:"))).toEqual([]);
    expect(
      documentKeys(rows[1]!)
        .filter((key) => key.startsWith("p:"))
        .sort(),
    ).toEqual(["p:0", "p:30"]);
    expect(documentKeys(rows[2]!).filter((key) => key.startsWith("p:"))).toHaveLength(31);
  });

  it("search_write_bits sets each document's bit in exactly those keys' bitmaps", async () => {
    expect(byKey(await bitmapMembers())).toEqual(byKey(await expectedMembers()));
  });

  it("search_rebuild_bitmaps writes the same keys and numbers documents by the category prefix", async () => {
    const client = await db();
    await client.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT search_rebuild_bitmaps()`;
    });
    expect(byKey(await bitmapMembers())).toEqual(byKey(await expectedMembers()));
    // The rebuild orders by the most specific category value: with another prefix the order
    // would be by title (k4, k2 … rather than k2, k3 …).
    const order = await client.$queryRaw<{ id: string; expected: number; docNo: number }[]>`
      SELECT d."productId" AS "id", d."docNo", (row_number() OVER (
        ORDER BY (SELECT max(f) FROM unnest(d."facets") AS f WHERE starts_with(f, ${FACET_PREFIX.category})), d."title", d."productId"
      ) - 1)::int AS "expected"
      FROM "SearchDocument" d ORDER BY d."docNo"`;
    expect(order.map((row) => row.id)).toEqual(["k2", "k3", "k1", "k4"]);
    expect(order.map((row) => row.docNo)).toEqual(order.map((row) => row.expected));
  });
});
