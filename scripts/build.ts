// `npm run build`, and the first step of `npm start`: a production build of Next.js, skipped
// when the sources have not changed since the last one.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fingerprint } from "./lib/fingerprint";
import { run } from "./lib/run";
import { generatePrismaClient } from "./generate";

const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "instrumentation.ts",
  "proxy.ts",
  "auth.ts",
  "next.config.js",
  "tailwind.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const STAMP = path.join(".next", "cartwright-build-fingerprint");

export async function buildIfNeeded({ force = false } = {}): Promise<boolean> {
  await generatePrismaClient();
  const current = fingerprint(BUILD_INPUTS);
  const upToDate =
    existsSync(path.join(".next", "BUILD_ID")) &&
    existsSync(STAMP) &&
    readFileSync(STAMP, "utf8") === current;
  if (upToDate && !force) return false;
  console.log("[cartwright] building the production app (about a minute on first start)…");
  await run(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  });
  writeFileSync(STAMP, current);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildIfNeeded({ force: process.argv.includes("--force") });
}
