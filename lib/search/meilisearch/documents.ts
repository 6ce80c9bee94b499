// The Meilisearch side of the edge: index settings, our documents in Meilisearch's shape and its
// hits back in ours. Nothing here talks to the server, so it is tested without one.
import type { Settings } from "meilisearch";
import { z } from "zod";
import type { ProductSummary } from "@/lib/catalog";
import { compounds } from "../text";
import type { SearchDocument, SearchSuggestion } from "../types";

export const searchableAttributes = [
  "title",
  "compounds",
  "brand",
  "tags",
  "categoryNames",
  "description",
];

/** Applied at start (setup) and before a full reindex; Meilisearch ignores an unchanged setting. */
export const indexSettings: Settings = {
  // Earlier attributes weigh more: title, then brand, tags and categories, then description.
  searchableAttributes,
  filterableAttributes: [
    "categoryPaths",
    "priceAmount",
    "options",
    "inStock",
    "brand",
    "tags",
    "indexedAt",
  ],
  sortableAttributes: ["priceAmount", "publishedAtMs", "salesCount"],
  // "sort" first: a shopper who sorts by price wants it strictly by price. Without a sort it is
  // skipped, and best sellers break ties between equally relevant products.
  rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness", "salesCount:desc"],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  pagination: { maxTotalHits: 10_000 },
  faceting: { maxValuesPerFacet: 100 },
};

export interface MeiliDocument extends SearchDocument {
  /** Hyphenated words written solid ("tshirt"), so they and their typos find "T-Shirt". */
  compounds: string;
  publishedAtMs: number;
  /** When this copy was written (ms): a full reindex deletes what is older than its start. */
  indexedAt: number;
}

export function toMeili(document: SearchDocument, indexedAt: number): MeiliDocument {
  const text = [
    document.title,
    document.brand ?? "",
    ...document.tags,
    ...document.categoryNames,
  ].join(" ");
  return {
    ...document,
    compounds: compounds(text).join(" "),
    publishedAtMs: Date.parse(document.publishedAt),
    indexedAt,
  };
}

const image = z
  .object({ url: z.string(), alt: z.string(), width: z.number(), height: z.number() })
  .nullable();
export const hitSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  brand: z.string().nullable(),
  image,
  priceAmount: z.number().int(),
  compareAtAmount: z.number().int().nullable(),
  currency: z.string(),
  inStock: z.boolean(),
});
/** Only what a card or a suggestion shows travels back. */
export const attributesToRetrieve = Object.keys(hitSchema.shape);

export function toSummary(hit: unknown): ProductSummary {
  const { priceAmount, compareAtAmount, currency, ...rest } = hitSchema.parse(hit);
  return {
    ...rest,
    price: { amount: priceAmount, currency },
    compareAt: compareAtAmount === null ? null : { amount: compareAtAmount, currency },
  };
}

export function toSuggestion(hit: unknown): SearchSuggestion {
  const { id, slug, title, brand, image, price } = toSummary(hit);
  return { id, slug, title, brand, image, price };
}
