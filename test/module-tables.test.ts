// Each module reads and writes only the tables it owns (lib/modules.json, "owns"): what another
// module needs, the owner exports as a function or an SQL fragment. This scans every source file
// of lib/<module>/ (tests and fixtures aside) for the three ways code reaches a table — a Prisma
// delegate (`tx.variant.findMany`), a quoted table in SQL (`FROM "Variant"`), and a relation
// followed from an owned model into a foreign one (`include: { payments: true }`).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import modules from "@/lib/modules.json";

const root = path.resolve(import.meta.dirname, "..");
const schema = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
const owns = Object.fromEntries(
  Object.entries(modules.owns).filter(([key]) => !key.startsWith("$")),
) as Record<string, string[]>;
const ownerOf = new Map(
  Object.entries(owns).flatMap(([module, models]) =>
    models.map((model) => [model, module] as const),
  ),
);
const models = [...schema.matchAll(/^model (\w+) \{/gm)].map((match) => match[1]!);

/** Relation fields of each model: name → target model. */
function relations(): Map<string, Map<string, string>> {
  const result = new Map<string, Map<string, string>>();
  for (const block of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const fields = new Map<string, string>();
    for (const line of block[2]!.split("\n")) {
      const field = /^\s+(\w+)\s+(\w+)(\[\])?\??(\s|$)/.exec(line);
      if (field && models.includes(field[2]!)) fields.set(field[1]!, field[2]!);
    }
    result.set(block[1]!, fields);
  }
  return result;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    const fixture =
      /\.test\.tsx?$/.test(name) || name === "testing.ts" || name.startsWith("contract");
    return /\.tsx?$/.test(name) && !fixture ? [full] : [];
  });
}

const delegate = (model: string) => model[0]!.toLowerCase() + model.slice(1);

const relationFields = relations();

/** What `text`, a file of lib/<module>/ at `where`, reaches outside the module's own tables. */
function scan(module: string, where: string, text: string): string[] {
  const found: string[] = [];
  const mine = new Set(owns[module] ?? []);
  // Relations leaving an owned model for another module's model, by field name.
  const leaving = [...mine].flatMap((model) =>
    [...(relationFields.get(model) ?? new Map<string, string>())]
      .filter(([, target]) => !mine.has(target))
      .map(([field]) => field),
  );
  for (const model of models.filter((name) => !mine.has(name))) {
    const byDelegate = new RegExp(
      `\\.${delegate(model)}\\.(find|create|update|upsert|delete|count|aggregate|groupBy)`,
    ).test(text);
    const bySql = new RegExp(`(FROM|JOIN|UPDATE|INTO|TABLE)\\s+"${model}"`).test(text);
    if (byDelegate || bySql)
      found.push(
        `${where} reads ${model} (owned by ${ownerOf.get(model) ?? "nobody: add it to lib/modules.json"})`,
      );
  }
  for (const field of new Set(leaving)) {
    const inSelect = new RegExp(
      `\\b(include|select)\\s*:\\s*\\{[^}]*\\b${field}\\s*:\\s*(true|\\{)`,
    );
    const nested = new RegExp(`\\b${field}\\s*:\\s*\\{\\s*(select|include|where|orderBy|take)\\b`);
    if (inSelect.test(text) || nested.test(text))
      found.push(`${where} follows the relation "${field}" into another module's model`);
  }
  return found;
}

function violations(): string[] {
  const libDirs = readdirSync(path.join(root, "lib")).filter(
    (name) => name !== "generated" && statSync(path.join(root, "lib", name)).isDirectory(),
  );
  return libDirs.flatMap((module) =>
    sourceFiles(path.join(root, "lib", module)).flatMap((file) =>
      scan(module, path.relative(root, file), readFileSync(file, "utf8")),
    ),
  );
}

describe("module tables", () => {
  it("gives every model exactly one owning module", () => {
    const listed = Object.values(owns).flat();
    expect(listed.filter((model, i) => listed.indexOf(model) !== i)).toEqual([]);
    expect(models.filter((model) => !ownerOf.has(model))).toEqual([]);
  });

  it("keeps each module to its own tables", () => {
    expect(violations()).toEqual([]);
  });

  it("notices each way a module can reach another's table", () => {
    // The scan on text that breaks each rule once, so the check above cannot pass vacuously.
    expect(scan("cart", "x.ts", "await tx.variant.findMany({ where: {} })")).toEqual([
      "x.ts reads Variant (owned by catalog)",
    ]);
    expect(scan("orders", "x.ts", 'tx.$queryRaw`SELECT 1 FROM "StockReservation" r`')).toEqual([
      "x.ts reads StockReservation (owned by inventory)",
    ]);
    expect(scan("orders", "x.ts", "findUnique({ include: { payments: true } })")).toEqual([
      'x.ts follows the relation "payments" into another module\'s model',
    ]);
    expect(
      scan("orders", "x.ts", "const s = { shippingMethod: { select: { name: true } } }"),
    ).toEqual(['x.ts follows the relation "shippingMethod" into another module\'s model']);
    // Its own tables and relations are fine.
    expect(
      scan(
        "orders",
        "x.ts",
        'tx.order.findMany({ include: { lines: true } }); tx.$queryRaw`UPDATE "Order"`',
      ),
    ).toEqual([]);
  });
});
