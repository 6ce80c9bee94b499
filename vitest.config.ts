import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Next.js resolves this to an empty module on the server; tests are the server.
      "server-only": path.resolve(import.meta.dirname, "test/server-only.ts"),
    },
  },
  test: {
    include: [
      "lib/**/*.test.ts",
      "test/**/*.test.ts",
      "scripts/**/*.test.ts",
      "prisma/**/*.test.ts",
    ],
    setupFiles: ["test/setup-db.ts"],
    // next-auth imports "next/server" without an extension, which Node's ESM resolver refuses:
    // let Vite resolve it instead (tests call the Auth.js route handlers directly).
    server: { deps: { inline: ["next-auth"] } },
    // Each file gets its own database; files run in separate processes.
    pool: "forks",
    maxWorkers: 2,
    // Generous: the race and concurrency tests run hundreds of transactions, and CI machines
    // have 2 cores; a slow run must not fail for lack of time, only for a wrong result.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: "test", LOG_LEVEL: "silent" },
  },
});
