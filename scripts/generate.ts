// Generates the Prisma client into lib/generated/prisma when the schema changed since the last
// run. Prisma's CLI is told not to fetch its native schema engine: generate never uses it.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fingerprint } from "./lib/fingerprint";
import { run } from "./lib/run";

const STAMP = path.join("lib", "generated", "prisma", ".schema-fingerprint");

export async function generatePrismaClient({ quiet = false } = {}): Promise<boolean> {
  const current = fingerprint(["prisma/schema.prisma", "node_modules/prisma/package.json"]);
  if (existsSync(STAMP) && readFileSync(STAMP, "utf8") === current) return false;
  if (!quiet) console.log("[cartwright] generating the Prisma client…");
  // node_modules/.bin/prisma may point at the prisma6 alias (used for offline diffs): call 7 directly.
  await run(process.execPath, ["node_modules/prisma/build/index.js", "generate"], {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  });
  writeFileSync(STAMP, current);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await generatePrismaClient();
}
