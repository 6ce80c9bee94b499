// Adds up the JSON reports of `npm test` into one closing line: "tests: N passed, N failed".
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const vitestReport = z.object({
  numPassedTests: z.number(),
  numFailedTests: z.number(),
  numPendingTests: z.number(),
  numTodoTests: z.number(),
});
const playwrightReport = z.object({
  stats: z.object({
    expected: z.number(),
    unexpected: z.number(),
    flaky: z.number(),
    skipped: z.number(),
  }),
});

const dir = process.argv[2] ?? ".test-results";
const read = (file: string) => {
  const full = path.join(dir, file);
  return existsSync(full) ? (JSON.parse(readFileSync(full, "utf8")) as unknown) : undefined;
};

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of ["vitest-embedded.json", "vitest-postgres.json"]) {
  const report = read(file);
  if (report === undefined) continue;
  const r = vitestReport.parse(report);
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
  console.log(
    `${file}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`,
  );
}
const e2e = read("playwright.json");
if (e2e !== undefined) {
  const { stats } = playwrightReport.parse(e2e);
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  skipped += stats.skipped;
  console.log(
    `playwright.json: ${stats.expected + stats.flaky} passed, ${stats.unexpected} failed, ${stats.skipped} skipped`,
  );
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (failed > 0 || passed === 0) process.exitCode = 1;
export {};
