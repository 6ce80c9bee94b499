// Turns the search box into a tsquery. Every word must match (AND); each word matches by its
// English stem or as typed, the last one also as a prefix (it may still be being typed), and a
// word the index does not know also by its near spellings: pg_trgm's nearest terms, kept only
// within Meilisearch's typo budget ("tshrit" → "tshirt").
import { Prisma } from "@/lib/generated/prisma/client";
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

function wordQuery({ word, last, stop, alternatives }: QueryWord): Prisma.Sql | null {
  if (stop && !last) return null;
  const parts: Prisma.Sql[] = [];
  if (!stop) parts.push(Prisma.sql`plainto_tsquery('english', ${word})`, Prisma.sql`plainto_tsquery('simple', ${word})`);
  // Words hold letters and digits only (see text.ts), so they are safe inside tsquery syntax.
  if (last) parts.push(Prisma.sql`to_tsquery('simple', ${`${word}:*`})`);
  for (const term of alternatives) parts.push(Prisma.sql`plainto_tsquery('english', ${term})`, Prisma.sql`plainto_tsquery('simple', ${term})`);
  return Prisma.sql`(${Prisma.join(parts, " || ")})`;
}

/** The tsquery for `query`, or null when it has no words (then nothing is filtered by text). */
export async function textQuery(client: Db, query: string): Promise<Prisma.Sql | null> {
  const words = queryWords(query);
  if (words.length === 0) return null;
  const parts = (await lookUp(client, words)).map(wordQuery).filter((part): part is Prisma.Sql => part !== null);
  if (parts.length === 0) return null;
  return Prisma.sql`(${Prisma.join(parts, " && ")})`;
}

/**
 * The full-text test, written so that PostgreSQL uses the GIN index. With the tsquery in plain
 * sight the planner estimates a common word (a tenth of the catalog) well, then prices @@ like a
 * cheap operator and scans every row instead: measured 10× slower on the 100k benchmark. As a
 * scalar subquery its value is unknown at planning time, the default estimate (0.5 % of rows)
 * applies, and the index is used.
 */
export function textMatch(tsquery: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`d."searchVector" @@ (SELECT ${tsquery})`;
}
