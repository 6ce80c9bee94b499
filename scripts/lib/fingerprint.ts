// A content hash of files and folders: tells the start script whether the Prisma client or the
// production build is older than the sources, so a second `npm start` reuses both.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const SKIP = new Set([
  "node_modules",
  ".next",
  ".data",
  ".test-data",
  "generated",
  "test-results",
  "playwright-report",
]);

function walk(target: string, out: string[]): void {
  if (!existsSync(target)) return;
  if (statSync(target).isFile()) {
    out.push(target);
    return;
  }
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    walk(path.join(target, entry.name), out);
  }
}

export function fingerprint(paths: string[], extra = ""): string {
  const files: string[] = [];
  for (const p of paths) walk(p, files);
  const hash = createHash("sha256").update(extra);
  for (const file of files.sort()) {
    hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}
