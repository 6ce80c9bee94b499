// The search module's client-safe face: the suggestion type and the schema of
// GET /api/v1/search/suggest's answer, which the route builds and the header's search box reads.
// Pure: "use client" files import it freely.
import { z } from "zod";
import { moneySchema, productImageSummarySchema } from "@/lib/catalog/client";
import type { SearchSuggestion } from "./types";

export type { SearchSuggestion } from "./types";

/** True only when A and B are the same type (each assignable to the other). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export const searchSuggestionSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  brand: z.string().nullable(),
  price: moneySchema,
  image: productImageSummarySchema.nullable(),
});

/** GET /api/v1/search/suggest: the query as understood (trimmed) and the best matches. */
export const suggestResponseSchema = z.object({
  query: z.string(),
  suggestions: z.array(searchSuggestionSchema),
});
export type SuggestResponse = z.infer<typeof suggestResponseSchema>;

// The schema must read exactly the SearchSuggestion the engines build: if one changes alone, this fails to compile.
const _suggestionAgrees: Same<z.infer<typeof searchSuggestionSchema>, SearchSuggestion> = true;
