// Product artwork for the demo catalog: one small SVG per (kind, colour) — a flat silhouette in
// the product's colour on a soft tinted background. Pure functions of their inputs, so
// scripts/generate-product-images.ts always writes the same bytes.
import { SHAPES, type Tones } from "./artwork-shapes";
import type { ArtKind, Colour } from "./colours";

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, "0")).join("")}`;
}

/** Linear blend: t=0 gives `a`, t=1 gives `b`. */
export function mix(a: string, b: string, t: number): string {
  const [x, y] = [parseHex(a), parseHex(b)];
  return toHex([0, 1, 2].map((i) => x[i]! + (y[i]! - x[i]!) * t) as Rgb);
}

function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

/** Derives the few tones a drawing uses from one product colour. */
export function tonesFor(hex: string): Tones {
  const pale = luminance(hex) > 0.7;
  // A pale product on a pale tint would vanish: give it a cool grey-blue backdrop instead.
  const backdrop = pale ? mix("#b9c6d3", hex, 0.25) : hex;
  return {
    main: hex,
    dark: mix(hex, "#101214", pale ? 0.42 : 0.45),
    light: mix(hex, "#ffffff", pale ? 0.6 : 0.3),
    neutral: pale ? "#e4e1da" : "#f3f0ea",
    bgInner: mix(backdrop, "#ffffff", pale ? 0.55 : 0.88),
    bgOuter: mix(backdrop, "#ffffff", pale ? 0.3 : 0.72),
  };
}

export function productSvg(kind: ArtKind, colour: Colour): string {
  const t = tonesFor(colour.hex);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 800" width="800" height="800" role="img">`,
    `<title>${colour.name} ${kind}</title>`,
    `<defs><radialGradient id="bg" cx="50%" cy="42%" r="70%">`,
    `<stop offset="0" stop-color="${t.bgInner}"/><stop offset="1" stop-color="${t.bgOuter}"/></radialGradient></defs>`,
    `<rect width="800" height="800" fill="url(#bg)"/>`,
    `<ellipse cx="400" cy="690" rx="250" ry="24" fill="#1b1d22" opacity=".1"/>`,
    `<g stroke="${t.dark}" stroke-width="8" stroke-linejoin="round" stroke-linecap="round">`,
    SHAPES[kind](t),
    `</g></svg>`,
    "",
  ].join("\n");
}
