// Writes the demo catalog's product artwork into public/images/products/: one SVG per product
// kind and colour. The files are committed; run this again only when a shape or colour changes
// (`npx tsx scripts/generate-product-images.ts`). Output is deterministic, byte for byte.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { productSvg } from "../prisma/seed/artwork";
import { ART_KINDS, COLOURS, PRODUCT_IMAGE_DIR } from "../prisma/seed/colours";

const MAX_BYTES = 3 * 1024;

export function generateProductImages(outDir = path.resolve(PRODUCT_IMAGE_DIR)): string[] {
  mkdirSync(outDir, { recursive: true });
  // Drop artwork for kinds or colours that no longer exist (files named like ours only).
  for (const name of readdirSync(outDir)) {
    if (/^[a-z]+-[a-z]+\.svg$/.test(name)) rmSync(path.join(outDir, name));
  }
  const written: string[] = [];
  for (const kind of ART_KINDS) {
    for (const colour of COLOURS) {
      const svg = productSvg(kind, colour);
      const size = Buffer.byteLength(svg);
      if (size > MAX_BYTES)
        throw new Error(`${kind}-${colour.slug}.svg is ${size} bytes, over ${MAX_BYTES}`);
      const file = path.join(outDir, `${kind}-${colour.slug}.svg`);
      writeFileSync(file, svg);
      written.push(file);
    }
  }
  return written;
}

// Run only as a command, not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const files = generateProductImages();
  console.log(`Wrote ${files.length} product images to ${PRODUCT_IMAGE_DIR}/`);
}
