// Search documents from the catalog's index documents (lib/catalog's loadIndexDocuments, which
// owns the SQL and the card rules): here only what is search's own, the description as plain
// text for matching. No "server-only": `npm run search:reindex` uses it.
import { loadIndexDocuments } from "@/lib/catalog";
import type { Db } from "@/lib/db";
import { plainText } from "./text";
import type { SearchDocument } from "./types";

/**
 * Documents for those of `productIds` that shoppers can find: ACTIVE, with an active variant.
 * Ids missing from the result (draft, archived, deleted, nothing to sell) leave the index.
 */
export async function loadSearchDocuments(
  client: Db,
  productIds: string[],
): Promise<SearchDocument[]> {
  const documents = await loadIndexDocuments(client, productIds);
  return documents.map((document) => ({
    ...document,
    description: plainText(document.description),
  }));
}
