// Turns the search box into match parts for the bitmaps (bitmaps.ts). Every word must match
// (AND); each word matches by its English stem or as typed, the last one also as a prefix (it may
// still be being typed), and a word the index does not know also by its near spellings: pg_trgm's
// nearest terms, kept only within Meilisearch's typo budget ("tshrit" → "tshirt").
import type { Db } from "@/lib/db";
import { z } from "zod";
import { queryWords, typoBudget, withinTypos } from "../text";

/** Nearest dictionary terms looked at per misspelt word. */
const NEIGHBOURS = 12;

const wordRow = z.object({
  word: z.string(),
  stop: z.boolean(),
  known: z.boolean(),
  near: z.array(z.string()),
});
type WordRow = z.infer<typeof wordRow>;

interface QueryWord {
  word: string;
  last: boolean;
  /** An English stop word ("the", "t"): it cannot narrow anything down as a whole word. */
  stop: boolean;
  /** Correct spellings the shopper may have meant. */
  alternatives: string[];
}

/**
 * What the dictionary said about a word, kept for a minute: shoppers repeat words, and the
 * dictionary only grows. Writing terms in this process forgets everything at once; a word
 * added by another process is at worst treated as a misspelling for a minute (it still matches
 * as typed, with its near spellings besides).
 */
const LOOKUP_TTL_MS = 60_000;
const LOOKUP_CACHE_SIZE = 10_000;
const cache = ((
  globalThis as typeof globalThis & {
    __cartwrightWordLookups?: Map<string, { row: WordRow; at: number }>;
  }
).__cartwrightWordLookups ??= new Map());

/** Forgets every cached dictionary answer (after terms were added). */
export function forgetWordLookups(): void {
  cache.clear();
}

async function dictionaryRows(client: Db, words: string[]): Promise<Map<string, WordRow>> {
  const now = Date.now();
  const found = new Map<string, WordRow>();
  for (const word of words) {
    const hit = cache.get(word);
    if (hit && now - hit.at < LOOKUP_TTL_MS) found.set(word, hit.row);
  }
  const missing = [...new Set(words.filter((word) => !found.has(word)))];
  if (missing.length === 0) return found;
  // One round trip for the words not cached: stop word?, in the dictionary?, and for unknown
  // words of five letters or more the nearest terms (GiST KNN).
  const rows = await client.$queryRaw<unknown[]>`
    SELECT w."word", numnode(plainto_tsquery('english', w."word")) = 0 AS "stop", k."known",
      CASE WHEN length(w."word") >= 5 AND NOT k."known"
        THEN ARRAY(SELECT t."term" FROM "SearchTerm" t ORDER BY t."term" <-> w."word" LIMIT ${NEIGHBOURS}::int)
        ELSE ARRAY[]::text[] END AS "near"
    FROM unnest(${missing}::text[]) AS w("word")
    CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM "SearchTerm" t WHERE t."term" = w."word") AS "known") AS k`;
  if (cache.size + missing.length > LOOKUP_CACHE_SIZE) cache.clear();
  for (const row of z.array(wordRow).parse(rows)) {
    cache.set(row.word, { row, at: now });
    found.set(row.word, row);
  }
  return found;
}

async function lookUp(client: Db, words: string[]): Promise<QueryWord[]> {
  const rows = await dictionaryRows(client, words);
  return words.map((word, index) => {
    const row = rows.get(word) ?? { word, stop: false, known: false, near: [] };
    const last = index === words.length - 1;
    const misspelt = !row.known && typoBudget(word) > 0;
    const alternatives = misspelt
      ? row.near.filter((term) => term !== word && withinTypos(word, term, last))
      : [];
    return { word, last, stop: row.stop, alternatives };
  });
}

/** One way a query word may match: the lexemes of `text` under a text search configuration, or a prefix. */
export interface TextPart {
  /** Which query word this part belongs to (0-based); parts of one word are ORed, words ANDed. */
  word: number;
  config: "english" | "simple";
  text: string;
  /** Matches every indexed word starting with `text` (the last word may still be being typed). */
  prefix: boolean;
}

function wordParts(index: number, { word, last, stop, alternatives }: QueryWord): TextPart[] {
  // A stop word in the middle cannot narrow anything down; as the last word it may be a prefix.
  if (stop && !last) return [];
  const both = (text: string): TextPart[] => [
    { word: index, config: "english", text, prefix: false },
    { word: index, config: "simple", text, prefix: false },
  ];
  return [
    ...(stop ? [] : both(word)),
    // Words hold letters and digits only (see text.ts), so they are safe as a LIKE prefix.
    ...(last ? [{ word: index, config: "simple" as const, text: word, prefix: true }] : []),
    ...alternatives.flatMap(both),
  ];
}

/**
 * The search box as match parts: every word must match (AND), each by its English stem or as
 * typed, the last one also as a prefix, and a word the index does not know also by its near
 * spellings. Empty when the query has no words (then nothing is filtered by text).
 */
export async function textParts(client: Db, query: string): Promise<TextPart[]> {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const looked = await lookUp(client, words);
  // Dropped words leave gaps: renumber so that the words are 0..n-1.
  const kept = looked
    .map((word, index) => wordParts(index, word))
    .filter((parts) => parts.length > 0);
  return kept.flatMap((parts, index) => parts.map((part) => ({ ...part, word: index })));
}
