// Search latency on a large catalog: p50/p95 of 20 realistic searches (bench/search-queries.ts)
// and of header suggestions, through the configured engine, as the storefront calls it.
//   DATABASE_URL=postgresql://postgres@127.0.0.1:54329/bench_search npx tsx bench/search.ts [--products 100000] [--rounds 50] [--baseline-rounds 10]
// Seeds the catalog when the database has no products, and fills the index when it is empty;
// creates the plain-SQL baseline's GIN indexes (bench/search-baseline.ts) when missing.
import os from "node:os";
import { parseArgs } from "node:util";
import { closeDatabase, getDatabase } from "../lib/db";
import { createSearchEngine } from "../lib/search/engine";
import { reindexAll } from "../lib/search/sync";
import type { SearchRequest } from "../lib/search/types";
import { seed } from "../prisma/seed";
import { createBaselineIndexes, plainSqlSearch } from "./search-baseline";
import { BENCH_QUERIES, BENCH_SUGGESTIONS } from "./search-queries";

const { values } = parseArgs({
  options: {
    products: { type: "string", default: "100000" },
    rounds: { type: "string", default: "50" },
    "baseline-rounds": { type: "string", default: "10" },
  },
});
const products = Number(values.products);
const rounds = Number(values.rounds);
const baselineRounds = Number(values["baseline-rounds"]);

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
const ms = (value: number) => value.toFixed(1).padStart(6);

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [performance.now() - started, result];
}

async function main(): Promise<void> {
  if (!process.env.DATABASE_URL)
    throw new Error(
      "Set DATABASE_URL to the PostgreSQL database to benchmark (see bench/README.md).",
    );
  const database = await getDatabase();
  const prisma = database.prisma;
  if ((await prisma.product.count()) === 0) {
    console.error(`Seeding ${products} products (once; later runs reuse them)…`);
    await seed(prisma, {
      products,
      onProgress: (done, total) => done % 10_000 === 0 && console.error(`  ${done}/${total}`),
    });
  }
  const engine = createSearchEngine();
  await engine.setup();
  if ((await engine.count()) === 0) {
    console.error("Filling the search index…");
    await reindexAll(engine, prisma, {
      onProgress: (done, total) => done % 10_000 === 0 && console.error(`  ${done}/${total}`),
    });
  }
  // The baseline's GIN indexes (the app has none): before the VACUUM ANALYZE, so it sees them.
  await createBaselineIndexes(prisma);
  // As autovacuum would have by now on a live shop: the last rebuild renumbered every document.
  await prisma.$executeRawUnsafe(`VACUUM ANALYZE "SearchDocument"`);
  await prisma.$executeRawUnsafe(`VACUUM ANALYZE "SearchBitmap"`);
  // A fixed CPU-bound query, timed before and after: it tells how busy the machine was.
  const reference = async () => {
    const runs: number[] = [];
    for (let i = 0; i < 3; i++)
      runs.push(
        (await timed(() => prisma.$queryRaw`SELECT count(*) FROM generate_series(1, 1000000)`))[0],
      );
    return percentile(runs, 50);
  };
  const referenceBefore = await reference();
  const [catalog, indexed] = await Promise.all([prisma.product.count(), engine.count()]);
  const [pg] = await prisma.$queryRaw<
    { version: string }[]
  >`SELECT current_setting('server_version') AS version`;

  const requests: SearchRequest[] = BENCH_QUERIES.map(({ label: _label, ...q }) => ({
    query: "",
    filters: {},
    sort: "relevance",
    page: 1,
    pageSize: 24,
    ...q,
  }));
  const samples = requests.map(() => [] as number[]);
  const totals: number[] = [];
  const suggestSamples: number[] = [];
  // Warm-up: the first runs pay for planning and cold pages, which a live shop has paid already.
  for (const request of requests) for (let i = 0; i < 3; i++) await engine.search(request);
  for (let round = 0; round < rounds; round++) {
    // Round-robin, so no query enjoys a cache its own previous run just warmed.
    for (const [index, request] of requests.entries()) {
      const [elapsed, result] = await timed(() => engine.search(request));
      samples[index]!.push(elapsed);
      if (round === 0) totals[index] = result.total;
    }
    for (const prefix of BENCH_SUGGESTIONS)
      suggestSamples.push((await timed(() => engine.suggest(prefix, 6)))[0]);
  }

  // The plain-SQL baseline (bench/search-baseline.ts), interleaved the same way, same process.
  const baseline = requests.map(() => [] as number[]);
  for (const request of requests) await plainSqlSearch(prisma, request);
  for (let round = 0; round < baselineRounds; round++) {
    for (const [index, request] of requests.entries()) {
      const [elapsed, total] = await timed(() => plainSqlSearch(prisma, request));
      baseline[index]!.push(elapsed);
      if (round === 0 && total !== totals[index])
        console.error(
          `baseline disagrees on "${BENCH_QUERIES[index]!.label}": ${total} results, bitmaps ${totals[index]}`,
        );
    }
  }

  const referenceAfter = await reference();
  const all = samples.flat();
  console.log(
    `\nSearch benchmark — ${new Date().toISOString().slice(0, 10)}, ${engine.kind} engine on ${database.kind} ${pg?.version ?? "?"}`,
  );
  console.log(
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}, Node ${process.version}`,
  );
  console.log(
    `Catalog: ${catalog} products, ${indexed} indexed; ${rounds} rounds of ${requests.length} searches (+3 warm-up each)`,
  );
  console.log(
    `Contention check: SELECT count(*) FROM generate_series(1, 1e6) took ${referenceBefore.toFixed(0)} ms before, ${referenceAfter.toFixed(0)} ms after\n`,
  );
  const ratio = (base: number[], fast: number[]) =>
    (percentile(base, 50) / percentile(fast, 50)).toFixed(1);
  console.log(
    `| # | search | results | p50 ms | p95 ms | max ms | plain SQL p50 ms | × faster |\n|---|---|---:|---:|---:|---:|---:|---:|`,
  );
  BENCH_QUERIES.forEach(({ label }, i) => {
    const s = samples[i]!;
    const b = baseline[i]!;
    console.log(
      `| ${i + 1} | ${label} | ${totals[i]} | ${ms(percentile(s, 50))} | ${ms(percentile(s, 95))} | ${ms(Math.max(...s))} | ${ms(percentile(b, 50))} | ${ratio(b, s)} |`,
    );
  });
  const allBaseline = baseline.flat();
  console.log(
    `| | **all ${all.length} searches** | | **${ms(percentile(all, 50)).trim()}** | **${ms(percentile(all, 95)).trim()}** | ${ms(Math.max(...all))} | ${ms(percentile(allBaseline, 50))} (p95 ${ms(percentile(allBaseline, 95)).trim()}) | ${ratio(allBaseline, all)} |`,
  );
  console.log(
    `| | suggestions (${BENCH_SUGGESTIONS.join(", ")}) | | ${ms(percentile(suggestSamples, 50))} | ${ms(percentile(suggestSamples, 95))} | ${ms(Math.max(...suggestSamples))} | | |`,
  );
  const slow = samples.filter((s) => percentile(s, 95) >= 20).length;
  console.log(
    `\nTarget p95 < 20 ms: overall ${percentile(all, 95) < 20 ? "met" : "MISSED"} (p95 / target = ${(percentile(all, 95) / 20).toFixed(1)}); ${slow} of ${requests.length} searches have p95 ≥ 20 ms.`,
  );
}

main()
  .then(() => closeDatabase())
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    await closeDatabase().catch(() => {});
    process.exitCode = 1;
  });
