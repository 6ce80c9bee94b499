// The module rules of docs/ARCHITECTURE.md as a lint rule, read from lib/modules.json:
// - another module is reached only through its index.ts, its client.ts (client-safe face),
//   the extra entries modules.json lists, testing.ts from tests, and handlers.ts as a
//   side-effect import (the handler list);
// - a lib module imports only modules listed before it (its own layer or a lower one), so a
//   cycle between modules cannot form: its first backward import is reported;
// - a "use client" file reaches lib only through client.ts faces or type-only imports.
// app/ and components/ never importing Prisma or lib/db stays with no-restricted-imports.
import path from "node:path";

const ALWAYS = new Set(["index", "client"]);

/** @param {{ layers: { name: string, modules: string[] }[], entries: Record<string, string[] | string> }} declaration */
export function createModuleBoundaries(declaration) {
  const order = new Map();
  const layerOf = new Map();
  for (const layer of declaration.layers) {
    for (const name of layer.modules) {
      order.set(name, order.size);
      layerOf.set(name, layer.name);
    }
  }
  const extraEntries = (name) => {
    const list = declaration.entries[name];
    return Array.isArray(list) ? list : [];
  };

  /** Which module a repo-relative path belongs to, and the file inside it (no extension). */
  function locate(relative) {
    const parts = relative.split("/");
    if (parts[0] !== "lib" || parts.length < 2 || relative.endsWith(".json")) return null;
    if (parts.length === 2) return { module: parts[1].replace(/\.tsx?$/, ""), entry: "index" };
    const entry = parts
      .slice(2)
      .join("/")
      .replace(/\.(ts|tsx)$/, "");
    return { module: parts[1], entry: entry === "" ? "index" : entry };
  }

  const isTestFile = (relative) =>
    /\.test\.tsx?$/.test(relative) ||
    /(^|\/)testing\.ts$/.test(relative) ||
    /^(test|e2e|bench)\//.test(relative);

  return {
    meta: {
      type: "problem",
      docs: { description: "Modules meet only through their public faces, in the declared order" },
      schema: [],
    },
    create(context) {
      const root = context.cwd ?? process.cwd();
      const filename = context.filename ?? context.getFilename();
      const relative = path.relative(root, filename).split(path.sep).join("/");
      // Benchmarks measure internals on purpose (a query builder, a statement): no entry rule.
      if (relative.startsWith("bench/")) return {};
      const source = locate(relative);
      const sourceCode = context.sourceCode ?? context.getSourceCode();
      const firstStatement = sourceCode.ast.body[0];
      const isClientFile =
        firstStatement?.type === "ExpressionStatement" && firstStatement.directive === "use client";

      function resolve(specifier) {
        if (specifier.startsWith("@/")) return specifier.slice(2);
        if (specifier.startsWith("."))
          return path.posix.normalize(path.posix.join(path.posix.dirname(relative), specifier));
        return null;
      }

      function check(node, specifier, typeOnly, sideEffectOnly) {
        const resolved = resolve(specifier);
        if (resolved === null) return;
        const target = locate(resolved);
        if (!target) return;
        if (source && source.module === target.module) return;
        if (!order.has(target.module)) {
          context.report({
            node,
            message: `lib/${target.module} is not declared in lib/modules.json: add it to a layer there.`,
          });
          return;
        }
        const allowed = extraEntries(target.module);
        const entryOk =
          ALWAYS.has(target.entry) ||
          allowed.includes("*") ||
          allowed.includes(target.entry) ||
          (target.entry === "testing" && isTestFile(relative)) ||
          (target.entry === "handlers" && sideEffectOnly);
        if (!entryOk) {
          context.report({
            node,
            message: `Import lib/${target.module} through its index.ts (or client.ts), not lib/${target.module}/${target.entry}.`,
          });
          return;
        }
        if (isClientFile && !typeOnly && target.entry !== "client" && target.module !== "money") {
          context.report({
            node,
            message: `A "use client" file imports lib/${target.module} only through lib/${target.module}/client or \`import type\`.`,
          });
          return;
        }
        if (source && order.has(source.module) && !isTestFile(relative)) {
          if (order.get(target.module) > order.get(source.module)) {
            context.report({
              node,
              message:
                `lib/${source.module} (${layerOf.get(source.module)}) may not import lib/${target.module} ` +
                `(${layerOf.get(target.module)}): it comes later in lib/modules.json, so this import would allow a cycle. ` +
                `Move the code, pass it in, or react to an event instead.`,
            });
          }
        }
      }

      return {
        ImportDeclaration(node) {
          const typeOnly =
            node.importKind === "type" ||
            (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === "type"));
          check(node, node.source.value, typeOnly, node.specifiers.length === 0);
        },
        ExportNamedDeclaration(node) {
          if (node.source) check(node, node.source.value, node.exportKind === "type", false);
        },
        ExportAllDeclaration(node) {
          check(node, node.source.value, node.exportKind === "type", false);
        },
        ImportExpression(node) {
          if (node.source.type === "Literal" && typeof node.source.value === "string")
            check(node, node.source.value, false, false);
        },
      };
    },
  };
}
