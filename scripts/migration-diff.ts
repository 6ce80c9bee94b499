// Prints the SQL that turns one Prisma datamodel into another, offline.
// Prisma 7's migrate commands download a native engine; Prisma 6.19's WebAssembly schema
// engine (installed as the `prisma6` alias) computes the same DDL with no download.
// Usage: npm run db:diff [-- --from prisma/old.prisma] > prisma/migrations/<stamp>_<name>/migration.sql
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export function diffSql(toSchema: string, fromSchema?: string): string {
  const root = process.cwd();
  const dir = mkdtempSync(path.join(tmpdir(), "cartwright-diff-"));
  try {
    // Prisma 6 wants the URL in the datasource; the generator is irrelevant to a diff.
    const toV6 = (schema: string) =>
      schema
        .replace(/generator\s+\w+\s*\{[^}]*\}/, "")
        .replace(
          /datasource db \{[^}]*\}/,
          'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}',
        );
    writeFileSync(path.join(dir, "to.prisma"), toV6(readFileSync(toSchema, "utf8")));
    if (fromSchema)
      writeFileSync(path.join(dir, "from.prisma"), toV6(readFileSync(fromSchema, "utf8")));
    const config = path.join(root, "node_modules", ".prisma6-diff.config.mjs");
    // The JS schema engine insists on a driver adapter even for a datamodel-to-datamodel diff;
    // an in-memory PGlite serves (it is never written to).
    writeFileSync(
      config,
      `import { PGlite } from "@electric-sql/pglite";\n` +
        `import { PrismaPGlite } from "pglite-prisma-adapter";\n` +
        `export default { experimental: { adapter: true }, engine: "js", adapter: async () => new PrismaPGlite(new PGlite()) };\n`,
    );
    const args = [
      path.join(root, "node_modules/prisma6/build/index.js"),
      "migrate",
      "diff",
      "--config",
      config,
      fromSchema ? "--from-schema-datamodel" : "--from-empty",
      ...(fromSchema ? [path.join(dir, "from.prisma")] : []),
      "--to-schema-datamodel",
      path.join(dir, "to.prisma"),
      "--script",
    ];
    const result = spawnSync(process.execPath, args, {
      encoding: "utf8",
      env: {
        ...process.env,
        DATABASE_URL: "postgresql://unused@localhost/unused",
        PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false",
        PRISMA_QUERY_ENGINE_LIBRARY: path.join(root, "package.json"),
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
      },
    });
    // The wasm engine exits 99 after printing a complete script (PGlite teardown); judge by output.
    const failed =
      result.status !== 0 &&
      (result.status !== 99 || /Error/.test(result.stderr) || !result.stdout.trim());
    if (failed) throw new Error(`prisma migrate diff failed:\n${result.stderr}\n${result.stdout}`);
    return result.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fromIndex = process.argv.indexOf("--from");
  const from = fromIndex > 0 ? process.argv[fromIndex + 1] : undefined;
  process.stdout.write(diffSql("prisma/schema.prisma", from));
}
