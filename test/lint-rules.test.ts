// The module rules are enforced by `npm run lint`: each fixture in test/lint-fixtures/ breaks one
// rule (or none) and is linted as if it stood at the path its first line names.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const fixtures = path.join(root, "test/lint-fixtures");
let eslint: ESLint;

async function lintFixture(name: string): Promise<string[]> {
  const text = readFileSync(path.join(fixtures, name), "utf8");
  const as = /^\/\/ lint-as: (\S+)/.exec(text)?.[1];
  if (!as) throw new Error(`${name} does not say where it stands (// lint-as: …)`);
  const [result] = await eslint.lintText(text, { filePath: path.join(root, as) });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

describe("npm run lint's module rules", () => {
  it("refuses a deep import into another module", async () => {
    expect(await lintFixture("deep-import.ts")).toEqual([
      "cartwright/module-boundaries: Import lib/inventory through its index.ts (or client.ts), not lib/inventory/levels.",
    ]);
  });

  it("refuses an import that would close a cycle between modules", async () => {
    const messages = await lintFixture("module-cycle.ts");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /^cartwright\/module-boundaries: lib\/inventory \(domain\) may not import lib\/cart \(domain\).*cycle/,
    );
  });

  it("refuses lib/db in app/ and Prisma in components/", async () => {
    expect(await lintFixture("app-prisma.tsx")).toEqual([
      "no-restricted-imports: '@/lib/db' import is restricted from being used by a pattern. Use lib/<module> queries and commands, not the database, in app/ and components/.",
    ]);
    const component = await lintFixture("component-generated.tsx");
    expect(
      component.some(
        (message) => message.startsWith("no-restricted-imports:") && message.includes("not Prisma"),
      ),
    ).toBe(true);
  });

  it("refuses a client component importing a module's server face", async () => {
    expect(await lintFixture("client-server-import.tsx")).toEqual([
      'cartwright/module-boundaries: A "use client" file imports lib/cart only through lib/cart/client or `import type`.',
    ]);
  });

  it("accepts imports through public faces of modules declared earlier", async () => {
    expect(await lintFixture("allowed.ts")).toEqual([]);
  });

  it("has a fixture for every rule above, and no stray ones", () => {
    expect(readdirSync(fixtures).sort()).toEqual([
      "allowed.ts",
      "app-prisma.tsx",
      "client-server-import.tsx",
      "component-generated.tsx",
      "deep-import.ts",
      "module-cycle.ts",
    ]);
  });
});
