// `npx tsx scripts/generate-favicon.ts`: draws app/favicon.ico from app/icon.svg (the shop's
// mark) at 16, 32 and 48 px. The .ico holds PNG images, which every current browser reads.
import { readFileSync, writeFileSync } from "node:fs";
import sharp from "sharp";

const SIZES = [16, 32, 48];

/** An ICO file: a 6-byte header, a 16-byte entry per image, then the PNG images themselves. */
export function icoFromPngs(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width (0 means 256)
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

const svg = readFileSync("app/icon.svg");
const images = await Promise.all(
  SIZES.map(async (size) => ({
    size,
    png: await sharp(svg, { density: 300 }).resize(size, size).png().toBuffer(),
  })),
);
writeFileSync("app/favicon.ico", icoFromPngs(images));
console.log(`app/favicon.ico: ${SIZES.join(", ")} px`);
