// The small catalog every search engine is tested against (see contract.ts). Prices, dates and
// sales differ everywhere, so every sort has exactly one right answer.
import type { SearchDocument, SearchRequest } from "./types";

const tops = ["clothing", "clothing/tops"];

/** A document with plain defaults for every field the case does not set (tests build on it). */
export function doc(
  partial: Partial<SearchDocument> & Pick<SearchDocument, "id" | "title" | "priceAmount">,
): SearchDocument {
  return {
    slug: partial.id,
    description: "",
    brand: null,
    tags: [],
    categoryPaths: [],
    categoryNames: [],
    options: [],
    priceMaxAmount: partial.priceAmount,
    currency: "USD",
    compareAtAmount: null,
    inStock: true,
    image: {
      url: `/images/products/${partial.id}.svg`,
      alt: partial.title,
      width: 800,
      height: 800,
    },
    publishedAt: "2026-01-01T00:00:00.000Z",
    salesCount: 0,
    ...partial,
  };
}

export const crewTee = doc({
  id: "crew-tee",
  title: "Classic Crew Neck T-Shirt",
  brand: "Northwind",
  tags: ["t-shirt", "tee"],
  description: "A soft crew neck tee in organic cotton.",
  categoryPaths: [...tops, "clothing/tops/t-shirts"],
  categoryNames: ["Clothing", "Tops", "T-shirts"],
  options: ["Colour:Navy", "Size:S", "Size:M"],
  priceAmount: 2500,
  priceMaxAmount: 2700,
  publishedAt: "2026-01-05T00:00:00.000Z",
  salesCount: 10,
});
export const pocketTee = doc({
  id: "pocket-tee",
  title: "Vintage Pocket T-Shirt",
  brand: "Fieldcraft",
  tags: ["t-shirt", "sale"],
  description: "Washed jersey with a chest pocket.",
  categoryPaths: [...tops, "clothing/tops/t-shirts"],
  categoryNames: ["Clothing", "Tops", "T-shirts"],
  options: ["Colour:White", "Size:M", "Size:L"],
  priceAmount: 1800,
  compareAtAmount: 2400,
  inStock: false,
  publishedAt: "2026-01-10T00:00:00.000Z",
  salesCount: 50,
});
export const hoodie = doc({
  id: "fleece-hoodie",
  title: "Pullover Fleece Hoodie",
  brand: "Northwind",
  tags: ["sweatshirt"],
  description: "Brushed fleece with a double-layer hood.",
  categoryPaths: [...tops, "clothing/tops/hoodies"],
  categoryNames: ["Clothing", "Tops", "Hoodies"],
  options: ["Colour:Navy", "Size:L"],
  priceAmount: 5900,
  publishedAt: "2026-01-02T00:00:00.000Z",
  salesCount: 5,
});
export const mug = doc({
  id: "stoneware-mug",
  title: "Stoneware Mug",
  brand: "Hearth",
  tags: ["mug", "kitchen"],
  description: "A sturdy mug for your morning coffee.",
  categoryPaths: ["home", "home/kitchen"],
  categoryNames: ["Home", "Kitchen"],
  options: ["Colour:White"],
  priceAmount: 1200,
  publishedAt: "2026-01-08T00:00:00.000Z",
  salesCount: 30,
});
export const grinder = doc({
  id: "coffee-grinder",
  title: "Burr Coffee Grinder",
  brand: "Hearth",
  tags: ["kitchen"],
  description: "Grinds beans evenly for a better cup.",
  categoryPaths: ["home", "home/kitchen"],
  categoryNames: ["Home", "Kitchen"],
  priceAmount: 8900,
  publishedAt: "2026-01-04T00:00:00.000Z",
  salesCount: 20,
});
export const boots = doc({
  id: "chelsea-boots",
  title: "Leather Chelsea Boots",
  brand: "Fieldcraft",
  tags: ["boots"],
  description: "Goodyear-welted and resoleable.",
  categoryPaths: ["footwear", "footwear/boots"],
  categoryNames: ["Footwear", "Boots"],
  options: ["Size:9", "Size:10"],
  priceAmount: 12900,
  publishedAt: "2026-01-03T00:00:00.000Z",
  salesCount: 1,
});

export const fixtures: SearchDocument[] = [crewTee, pocketTee, hoodie, mug, grinder, boots];

export function request(partial: Partial<SearchRequest> = {}): SearchRequest {
  return { query: "", filters: {}, sort: "relevance", page: 1, pageSize: 20, ...partial };
}

export async function* batchesOf(
  documents: SearchDocument[],
  size = 4,
): AsyncIterable<SearchDocument[]> {
  for (let i = 0; i < documents.length; i += size) yield documents.slice(i, i + size);
}
