// Writes the generated rows, parents before children so foreign keys hold at every statement.
import { orderedId } from "./ids";
import type { Prisma } from "../../lib/generated/prisma/client";
import { bulkInsert } from "./bulk-insert";
import { flattenCategories } from "./categories";
import type { CatalogRows } from "./products";
import * as T from "./tables";

type Client = Prisma.TransactionClient;

export async function writeCatalogRows(prisma: Client, rows: CatalogRows): Promise<void> {
  await bulkInsert(prisma, T.PRODUCT, rows.products);
  await bulkInsert(prisma, T.PRODUCT_CATEGORY, rows.productCategories);
  await bulkInsert(prisma, T.PRODUCT_OPTION, rows.options);
  await bulkInsert(prisma, T.PRODUCT_IMAGE, rows.images);
  await bulkInsert(prisma, T.VARIANT, rows.variants);
  await bulkInsert(prisma, T.INVENTORY_LEVEL, rows.inventory);
  await bulkInsert(prisma, T.INVENTORY_LEDGER, rows.ledger);
}

/**
 * Creates the category tree and returns slug → id for every seed category. Categories a
 * merchant already made with the same slug are kept and reused rather than duplicated.
 */
export async function writeCategories(prisma: Client, now: Date): Promise<Map<string, string>> {
  const flat = flattenCategories();
  const existing = await prisma.category.findMany({
    where: { slug: { in: flat.map((c) => c.slug) } },
    select: { id: true, slug: true },
  });
  const ids = new Map(existing.map((c) => [c.slug, c.id]));
  const missing = flat.filter((c) => !ids.has(c.slug));
  for (const category of missing) ids.set(category.slug, orderedId());
  await prisma.category.createMany({
    data: missing.map(({ slug, name, description, path, position, parentSlug }) => ({
      id: ids.get(slug)!,
      parentId: parentSlug ? ids.get(parentSlug)! : null,
      slug,
      name,
      description,
      path,
      position,
      createdAt: now,
      updatedAt: now,
    })),
  });
  return ids;
}
