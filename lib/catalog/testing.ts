// A small catalog for the catalog's own tests: categories three levels deep, products with
// Colour × Size variants, stock, a draft, an archived variant and a few sold-out variants.
import { db } from "@/lib/db";

export interface VariantFixture {
  options: Record<string, string>;
  price: number;
  compareAt?: number;
  stock?: number;
  status?: "ACTIVE" | "ARCHIVED";
}

export interface ProductFixture {
  slug: string;
  brand?: string;
  tags?: string[];
  status?: "ACTIVE" | "DRAFT" | "ARCHIVED";
  category: string;
  position?: number;
  day: number;
  variants: VariantFixture[];
}

export async function createCategories(paths: string[]): Promise<Map<string, string>> {
  const prisma = await db();
  const ids = new Map<string, string>();
  for (const path of paths) {
    const parts = path.split("/");
    const slug = parts.at(-1)!;
    const parentId = parts.length > 1 ? (ids.get(parts.slice(0, -1).join("/")) ?? null) : null;
    const name = slug.replace(
      /(^|-)([a-z])/g,
      (_, dash: string, c: string) => `${dash ? " " : ""}${c.toUpperCase()}`,
    );
    const row = await prisma.category.create({
      data: { slug, path, name, parentId, position: ids.size },
    });
    ids.set(path, row.id);
  }
  return ids;
}

/** Creates a product with one image per colour and variants in the order given. */
export async function createProduct(categories: Map<string, string>, fixture: ProductFixture) {
  const prisma = await db();
  const colours = [...new Set(fixture.variants.map((v) => v.options.Colour ?? "Plain"))];
  const optionNames = [...new Set(fixture.variants.flatMap((v) => Object.keys(v.options)))];
  const published = new Date(Date.UTC(2026, 0, fixture.day));
  const product = await prisma.product.create({
    data: {
      slug: fixture.slug,
      title: fixture.slug.replace(/-/g, " "),
      description: `The **${fixture.slug}**.\n\n- Soft\n- Strong`,
      status: fixture.status ?? "ACTIVE",
      brand: fixture.brand ?? null,
      tags: fixture.tags ?? [],
      publishedAt: published,
      createdAt: published,
      categories: {
        create: { categoryId: categories.get(fixture.category)!, position: fixture.position ?? 0 },
      },
      options: {
        create: optionNames.map((name, position) => ({
          name,
          position,
          values: [
            ...new Set(
              fixture.variants
                .map((v) => v.options[name])
                .filter((v): v is string => v !== undefined),
            ),
          ],
        })),
      },
      images: {
        create: colours.map((colour, position) => ({
          url: `/images/products/${fixture.slug}-${colour}.svg`,
          alt: `${fixture.slug} in ${colour}`,
          width: 800,
          height: 800,
          position,
        })),
      },
    },
    include: { images: true },
  });
  const imageFor = new Map(product.images.map((image) => [image.alt.split(" in ")[1], image.id]));
  const variants = [];
  for (const [position, v] of fixture.variants.entries()) {
    const title = Object.values(v.options).join(" / ");
    variants.push(
      await prisma.variant.create({
        data: {
          productId: product.id,
          sku: `${fixture.slug}-${position}`.toUpperCase(),
          title,
          options: v.options,
          priceAmount: v.price,
          compareAtAmount: v.compareAt ?? null,
          position,
          status: v.status ?? "ACTIVE",
          imageId: imageFor.get(v.options.Colour ?? "Plain") ?? null,
          ...(v.stock === undefined ? {} : { inventory: { create: { onHand: v.stock } } }),
        },
      }),
    );
  }
  return { product, variants };
}

export const FIXTURE_CATEGORIES = [
  "clothing",
  "clothing/tops",
  "clothing/tops/t-shirts",
  "clothing/tops/hoodies",
  "home",
  "home/kitchen",
];

const tee = (colour: string, size: string, price: number, stock: number): VariantFixture => ({
  options: { Colour: colour, Size: size },
  price,
  stock,
});

export const FIXTURE_PRODUCTS: ProductFixture[] = [
  {
    slug: "navy-tee",
    brand: "Northwind",
    tags: ["tee", "sale"],
    category: "clothing/tops/t-shirts",
    position: 2,
    day: 5,
    variants: [
      tee("Navy", "S", 2000, 5),
      tee("Navy", "M", 2000, 0),
      tee("Navy", "L", 2200, 3),
      tee("White", "S", 2000, 0),
      { ...tee("White", "M", 2000, 4), compareAt: 2600 },
    ],
  },
  {
    slug: "white-tee",
    brand: "Fieldcraft",
    tags: ["tee"],
    category: "clothing/tops/t-shirts",
    position: 0,
    day: 3,
    variants: [tee("White", "M", 1500, 0), tee("White", "L", 1500, 0)],
  },
  {
    slug: "grey-hoodie",
    brand: "Northwind",
    tags: ["hoodie", "new"],
    category: "clothing/tops/hoodies",
    position: 0,
    day: 7,
    variants: [tee("Grey", "M", 6000, 10), tee("Grey", "XL", 6500, 1)],
  },
  {
    slug: "draft-tee",
    status: "DRAFT",
    brand: "Northwind",
    category: "clothing/tops/t-shirts",
    day: 9,
    variants: [tee("Navy", "M", 1000, 9)],
  },
  {
    slug: "black-tee",
    brand: "Common Thread",
    tags: ["tee"],
    category: "clothing/tops/t-shirts",
    position: 1,
    day: 2,
    variants: [tee("Black", "M", 3000, 2), { ...tee("Black", "S", 500, 9), status: "ARCHIVED" }],
  },
  {
    slug: "blue-mug",
    brand: "Stoneware",
    tags: ["mug"],
    category: "home/kitchen",
    day: 1,
    variants: [{ options: { Colour: "Blue" }, price: 1200, stock: 5 }],
  },
  {
    slug: "retired-mug",
    category: "home/kitchen",
    day: 4,
    variants: [{ options: { Colour: "Red" }, price: 800, stock: 5, status: "ARCHIVED" }],
  },
];

export async function seedFixtureCatalog() {
  const categories = await createCategories(FIXTURE_CATEGORIES);
  const products = new Map<string, Awaited<ReturnType<typeof createProduct>>>();
  for (const fixture of FIXTURE_PRODUCTS)
    products.set(fixture.slug, await createProduct(categories, fixture));
  return { categories, products };
}
