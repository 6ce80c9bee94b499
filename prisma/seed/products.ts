// Turns a product number into the rows of one product: the product, its category link,
// options, images (one per colour), variants, stock and the ledger row that explains the stock.
// Ids are made here (randomUUID) so every table can be written with createMany, no read-backs.
import { orderedId } from "./ids";
import type { Prisma, ProductStatus } from "../../lib/generated/prisma/client";
import { colourBySlug, PRODUCT_IMAGE_SIZE, productImageUrl } from "./colours";
import { productCopy, slugify } from "./copy";
import { PRODUCT_KINDS, type ProductKind } from "./product-kinds";
import type { Random } from "./random";
import { variantRows } from "./variants";

export interface CatalogRows {
  products: Prisma.ProductCreateManyInput[];
  productCategories: Prisma.ProductCategoryCreateManyInput[];
  options: Prisma.ProductOptionCreateManyInput[];
  images: Prisma.ProductImageCreateManyInput[];
  variants: Prisma.VariantCreateManyInput[];
  inventory: Prisma.InventoryLevelCreateManyInput[];
  ledger: Prisma.InventoryLedgerCreateManyInput[];
}

export const emptyRows = (): CatalogRows => ({
  products: [],
  productCategories: [],
  options: [],
  images: [],
  variants: [],
  inventory: [],
  ledger: [],
});

const DAY_MS = 86_400_000;

/** A few products are not for sale, so the admin has drafts and archived items to show. */
function statusOf(index: number): ProductStatus {
  if (index % 40 === 17) return "DRAFT";
  if (index % 40 === 33) return "ARCHIVED";
  return "ACTIVE";
}

export class ProductGenerator {
  private readonly slugCounts = new Map<string, number>();
  private readonly categoryPositions = new Map<string, number>();

  constructor(
    private readonly random: Random,
    private readonly categoryIds: ReadonlyMap<string, string>,
    private readonly now: Date,
  ) {}

  /** Round-robin over kinds, so even a 12-product catalog has one of each. */
  kindOf(index: number): ProductKind {
    return PRODUCT_KINDS[index % PRODUCT_KINDS.length]!;
  }

  add(index: number, rows: CatalogRows): void {
    const { random } = this;
    const kind = this.kindOf(index);
    const modifier = random.pick(kind.modifiers);
    const style = random.pick(kind.styles);
    const brand = random.pick(kind.brands);
    const material = random.pick(kind.materials);
    const title = `${modifier} ${style} ${kind.noun}`;
    const colours = random.sample(kind.colours, random.int(1, kind.maxColours)).map(colourBySlug);
    const copy = productCopy(
      { kind, title, brand, style, material, colourNames: colours.map((c) => c.name) },
      random,
    );
    const createdAt = new Date(this.now.getTime() - random.int(0, 365 * 24 * 60) * 60_000);
    const status = statusOf(index);
    const productId = orderedId();

    const variants = variantRows({ random, kind, index, productId, colours, createdAt });
    const onSale = variants.rows.some((v) => v.compareAtAmount != null);
    const tags = [...kind.tags, slugify(style), slugify(brand)];
    if (onSale) tags.push("sale");
    if (this.now.getTime() - createdAt.getTime() < 30 * DAY_MS) tags.push("new");
    if (random.chance(0.1)) tags.push("bestseller");

    rows.products.push({
      id: productId,
      slug: this.uniqueSlug(slugify(title)),
      title,
      status,
      brand,
      tags,
      ...copy,
      publishedAt: status === "DRAFT" ? null : createdAt,
      createdAt,
      updatedAt: createdAt,
    });
    const categoryId = this.categoryIds.get(kind.category);
    if (!categoryId) throw new Error(`Seed category ${kind.category} is missing`);
    const position = this.categoryPositions.get(kind.category) ?? 0;
    this.categoryPositions.set(kind.category, position + 1);
    rows.productCategories.push({ productId, categoryId, position });

    rows.options.push({
      id: orderedId(),
      productId,
      name: "Colour",
      position: 0,
      values: colours.map((c) => c.name),
    });
    if (variants.second)
      rows.options.push({
        id: orderedId(),
        productId,
        name: kind.second!.name,
        position: 1,
        values: variants.second,
      });
    colours.forEach((colour, position) => {
      rows.images.push({
        id: variants.imageIds.get(colour.slug)!,
        productId,
        url: productImageUrl(kind.art, colour.slug),
        alt: `${title} in ${colour.name}`,
        width: PRODUCT_IMAGE_SIZE,
        height: PRODUCT_IMAGE_SIZE,
        position,
      });
    });
    rows.variants.push(...variants.rows);
    rows.inventory.push(...variants.inventory);
    rows.ledger.push(...variants.ledger);
  }

  /** "classic-crew-neck-t-shirt", then "…-2", "…-3" for later products with the same title. */
  private uniqueSlug(base: string): string {
    const count = (this.slugCounts.get(base) ?? 0) + 1;
    this.slugCounts.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  }
}
