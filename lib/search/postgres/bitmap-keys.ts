// The keys of the search bitmaps (SearchBitmap.key), defined once: every TypeScript place that
// names a key builds it here. The SQL functions of the 20261126000000_search_bitmaps migration
// write the same keys (search_document_keys, and "*" and the category prefix in
// search_write_bits and search_rebuild_bitmaps); that migration is applied and cannot change, so
// bitmap-keys.test.ts checks on a real database that the functions write exactly these keys.
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The kinds of facet value in SearchDocument.facets, each value prefixed by its kind
 * ("b:Northwind", "t:sale", "c:clothing/tops" with every ancestor, "o:Size:M"). Always two
 * characters.
 */
export const FACET_PREFIX = { brand: "b:", tag: "t:", category: "c:", option: "o:" } as const;

/** "o:<option>:": the prefix of one option's values ("o:Size:" of "o:Size:M"). */
export const optionPrefix = (name: string) => `${FACET_PREFIX.option}${name}:`;

/** The key spaces: single keys, and prefixes followed by a word, a facet value or a bit number. */
export const KEY = {
  /** Every document. */
  all: "*",
  /** The documents in stock. */
  inStock: "s",
  /** "m:<lexeme>": the documents a word matches (every lexeme of searchVector). */
  match: "m:",
  /** "a:<lexeme>": the word is in the title (rankVector lexemes of weight A). */
  title: "a:",
  /** "r:<lexeme>": the word is in the title, brand, tags or categories (every rankVector lexeme). */
  keywords: "r:",
  /** "f:<prefixed facet value>": "f:b:Northwind", "f:o:Size:M". */
  facet: "f:",
  /** "p:<i>": the documents whose price has bit i set (a bit-sliced index of the price). */
  price: "p:",
} as const;

export type WordSpace = typeof KEY.match | typeof KEY.title | typeof KEY.keywords;

/** Prices are non-negative 31-bit integers: slices "p:0".."p:30". */
export const PRICE_BITS = 31;

export const facetKey = (prefixed: string) => KEY.facet + prefixed;
export const priceSliceKey = (bit: number) => KEY.price + bit;

/** What a document's bitmap keys are computed from: its row in SearchDocument. */
export interface KeyedDocument {
  /** tsvector_to_array("searchVector"). */
  matchLexemes: string[];
  /** unnest("rankVector"): each lexeme with the weights of its positions. */
  rankLexemes: { lexeme: string; weights: string[] }[];
  facets: string[];
  inStock: boolean;
  priceAmount: number;
}

/**
 * Every key whose bitmap has the document's bit set: what SQL's search_document_keys returns.
 * (`>>` on 32-bit integers, like PostgreSQL's on integer.)
 */
export function documentKeys(document: KeyedDocument): string[] {
  const keys = new Set<string>([KEY.all]);
  for (const lexeme of document.matchLexemes) keys.add(KEY.match + lexeme);
  for (const { lexeme, weights } of document.rankLexemes) {
    keys.add(KEY.keywords + lexeme);
    if (weights.includes("A")) keys.add(KEY.title + lexeme);
  }
  for (const value of document.facets) keys.add(facetKey(value));
  if (document.inStock) keys.add(KEY.inStock);
  for (let bit = 0; bit < PRICE_BITS; bit++)
    if ((document.priceAmount >> bit) & 1) keys.add(priceSliceKey(bit));
  return [...keys];
}

/**
 * A key or key prefix written into the statement as a literal, not bound: a search runs on a
 * generic plan (lib/db/planned-query.ts), whose estimates can use a literal but not a parameter.
 * Only for the constants of this file, never for shoppers' input.
 */
export const keyLiteral = (key: string): Prisma.Sql => Prisma.raw(`'${key.replaceAll("'", "''")}'`);

/**
 * `column` starts with `prefix`, as a range the text_pattern_ops indexes serve whatever the
 * collation: from the prefix to the prefix with its last character incremented ("p:" → "p;").
 */
export function keyPrefixRange(column: Prisma.Sql, prefix: string): Prisma.Sql {
  const end = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
  return Prisma.sql`${column} ~>=~ ${keyLiteral(prefix)} AND ${column} ~<~ ${keyLiteral(end)}`;
}

/** The 1-based position in a key where what follows `prefix` starts (for SQL's substr). */
export const afterPrefix = (prefix: string): Prisma.Sql => Prisma.raw(String(prefix.length + 1));
