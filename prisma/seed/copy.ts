// Product copy: markdown descriptions and SEO fields assembled from each kind's vocabulary.
import type { ProductKind } from "./product-kinds";
import type { Random } from "./random";

export interface CopyInput {
  kind: ProductKind;
  title: string;
  brand: string;
  style: string;
  material: string;
  colourNames: string[];
}

export interface ProductCopy {
  description: string;
  seoTitle: string;
  seoDescription: string;
}

function withArticle(phrase: string): string {
  return /^[aeiou]/i.test(phrase) ? `an ${phrase}` : `a ${phrase}`;
}

function listing(items: string[]): string {
  return items.length < 2
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, "")}…`;
}

export function productCopy(input: CopyInput, random: Random): ProductCopy {
  const { kind, title, brand, style, material, colourNames } = input;
  const pitch = random.pick(kind.pitches);
  const thing = `${style.toLowerCase()} ${kind.noun.toLowerCase()}`;
  // Jeans, Sneakers, Boots, Headphones come in pairs.
  const lead = `${kind.noun.endsWith("s") ? `a pair of ${thing}` : withArticle(thing)} in ${material}`;
  const features = random.sample(kind.features, random.int(3, Math.min(4, kind.features.length)));
  const lines = [
    `The **${title}** from ${brand} is ${lead}. ${pitch}`,
    "",
    "### Details",
    "",
    `- Made from ${material}`,
    `- Available in ${listing(colourNames)}`,
    ...features.map((feature) => `- ${feature}`),
  ];
  if (kind.care) lines.push("", "### Care", "", ...kind.care.map((step) => `- ${step}`));
  return {
    description: lines.join("\n"),
    seoTitle: truncate(`${title} | ${brand}`, 70),
    seoDescription: truncate(`${title} by ${brand}: ${lead}. ${pitch}`, 160),
  };
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
