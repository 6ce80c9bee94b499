// The colour palette shared by the seed and by scripts/generate-product-images.ts: every
// (product art, colour) pair has one committed SVG, so image URLs can never dangle.

export interface Colour {
  /** File-name part: `/images/products/<art>-<slug>.svg`. */
  slug: string;
  /** Shown to shoppers as the Colour option value. */
  name: string;
  /** Three letters in SKUs. */
  code: string;
  hex: string;
}

export const COLOURS = [
  { slug: "black", name: "Black", code: "BLK", hex: "#23262d" },
  { slug: "white", name: "White", code: "WHT", hex: "#f7f5f0" },
  { slug: "grey", name: "Heather Grey", code: "GRY", hex: "#9097a1" },
  { slug: "navy", name: "Navy", code: "NVY", hex: "#1f3a5f" },
  { slug: "blue", name: "Denim Blue", code: "BLU", hex: "#3d6fb0" },
  { slug: "green", name: "Forest Green", code: "GRN", hex: "#2f6b4f" },
  { slug: "red", name: "Brick Red", code: "RED", hex: "#b8432f" },
  { slug: "sand", name: "Sand", code: "SND", hex: "#d9c29c" },
] as const satisfies readonly Colour[];

export type PaletteColour = (typeof COLOURS)[number];
export type ColourSlug = PaletteColour["slug"];

export const COLOUR_SLUGS: readonly ColourSlug[] = COLOURS.map((c) => c.slug);

export function colourBySlug(slug: ColourSlug): PaletteColour {
  return COLOURS.find((c) => c.slug === slug)!;
}

/** The product silhouettes drawn by the image generator, one per kind of product. */
export const ART_KINDS = [
  "tshirt",
  "hoodie",
  "jeans",
  "sneaker",
  "boot",
  "backpack",
  "mug",
  "lamp",
  "chair",
  "headphones",
  "watch",
  "notebook",
] as const;

export type ArtKind = (typeof ART_KINDS)[number];

export const PRODUCT_IMAGE_DIR = "public/images/products";
export const PRODUCT_IMAGE_SIZE = 800;

export function productImageUrl(art: ArtKind, colour: ColourSlug): string {
  return `/images/products/${art}-${colour}.svg`;
}
