// Text handling shared by the indexers and the query side: how words are cut, which misspellings
// count as a match (Meilisearch's typo budget, so both adapters agree), markdown to plain text.

/** Query words beyond this many are ignored: a search box is not a document. */
export const MAX_QUERY_WORDS = 8;
const MAX_WORD_LENGTH = 40;

const WORD = /[\p{L}\p{N}]+/gu;
// Words joined by hyphens or apostrophes: "T-Shirt", "Zip-Up", "Harbor's".
const JOINED = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)+/gu;

/** Lower-case words, split on anything that is not a letter or a digit ("t-shirt" → t, shirt). */
export function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((word) => word.slice(0, MAX_WORD_LENGTH));
}

/** Hyphenated words written solid ("T-Shirt" → "tshirt"), so "tshirt" and "tshrit" can find them. */
export function compounds(text: string): string[] {
  return (text.match(JOINED) ?? []).map((joined) => joined.toLowerCase().replace(/[-'’]/g, ""));
}

/** The words of a search box, at most MAX_QUERY_WORDS of them. */
export function queryWords(query: string): string[] {
  return words(query).slice(0, MAX_QUERY_WORDS);
}

/** Meilisearch's default typo budget: none below 5 letters, one from 5, two from 9. */
export function typoBudget(word: string): number {
  if (word.length >= 9) return 2;
  if (word.length >= 5) return 1;
  return 0;
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring letters each cost one ("tshrit" → "tshirt" is 1). Stops early past `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Whether `term` (a word in the index) is what the shopper meant by `word`, within the typo
 * budget. The last word of a query is still being typed, so it may also match the start of a
 * term ("tshri" → "tshirt").
 */
export function withinTypos(word: string, term: string, prefix: boolean): boolean {
  const budget = typoBudget(word);
  if (budget === 0) return prefix ? term.startsWith(word) : term === word;
  if (editDistance(word, term, budget) <= budget) return true;
  if (!prefix) return false;
  for (let length = word.length - budget; length <= word.length + budget; length++) {
    if (
      length > 0 &&
      length < term.length &&
      editDistance(word, term.slice(0, length), budget) <= budget
    )
      return true;
  }
  return false;
}

/** Markdown to the plain words it shows: no markers, link text kept, whitespace collapsed. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}(#{1,6}|[-*+]|\d+\.|>)\s+/gm, "")
    .replace(/[*_`~]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Every word a document can be found by, for the typo dictionary (PostgreSQL adapter). */
export function documentTerms(fields: string[]): string[] {
  const terms = new Set<string>();
  for (const field of fields) {
    for (const word of words(field)) if (word.length >= 2) terms.add(word);
    for (const word of compounds(field)) terms.add(word);
  }
  return [...terms];
}
