// Turns the search box into match parts for the bitmaps (bitmaps.ts). Every word must match
// (AND); each word matches by its English stem or as typed, the last one also as a prefix (it may
// still be being typed), and a word the index does not know also by its near spellings: pg_trgm's
// nearest terms, kept only within Meilisearch's typo budget ("tshrit" → "tshirt").
import type { Db } from "@/lib/db";
import { z } from "zod";
import { queryWords, typoBudget, withinTypos } from "../text";

/** Nearest dictionary terms looked at per misspelt word. */
const NEIGHBOURS = 12;

const wordRow = z.object({ word: z.string(), stop: z.boolean(), known: z.boolean(), near: z.array(z.string()) });

interface QueryWord {
  word: string;
  last: boolean;
  /** An English stop word ("the", "t"): it cannot narrow anything down as a whole word. */
  stop: boolean;
  /** Correct spellings the shopper may have meant. */
  alternatives: string[];
}

async function lookUp(client: Db, words: string[]): Promise<QueryWord[]> {
  // One round trip for every word: stop word?, in the dictionary?, nearest terms (GiST KNN).
  const rows = await client.$queryRaw<unknown[]>`
    SELECT w."word",
      numnode(plainto_tsquery('english', w."word")) = 0 AS "stop",
      EXISTS (SELECT 1 FROM "SearchTerm" t WHERE t."term" = w."word") AS "known",
      CASE WHEN length(w."word") >= 5
        THEN ARRAY(SELECT t."term" FROM "SearchTerm" t ORDER BY t."term" <-> w."word" LIMIT ${NEIGHBOURS}::int)
        ELSE ARRAY[]::text[] END AS "near"
    FROM unnest(${words}::text[]) WITH ORDINALITY AS w("word", "position")
    ORDER BY w."position"`;
  return z
    .array(wordRow)
    .parse(rows)
    .map((row, index) => {
      const last = index === words.length - 1;
      const misspelt = !row.known && typoBudget(row.word) > 0;
      const alternatives = misspelt ? row.near.filter((term) => term !== row.word && withinTypos(row.word, term, last)) : [];
      return { word: row.word, last, stop: row.stop, alternatives };
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
  const kept = looked.map((word, index) => wordParts(index, word)).filter((parts) => parts.length > 0);
  return kept.flatMap((parts, index) => parts.map((part) => ({ ...part, word: index })));
}
