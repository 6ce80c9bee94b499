// `npm start`: validate the configuration, build if the sources changed, migrate, seed an empty
// embedded database (never a DATABASE_URL one), then serve the production app and print where
// it is and how to sign in (scripts/lib/startup-report.ts).
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "./build";
import { fail, loadEnvOrExit } from "./lib/cli";
import { startupReport } from "./lib/startup-report";
import { ensureAuthSecret } from "./lib/secrets";

async function waitUntilServing(url: string, child: ReturnType<typeof spawn>): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) fail("the server stopped during start-up (see its output above)");
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  fail(`the server did not answer on ${url} within 150 s`);
}

async function main(): Promise<void> {
  const config = loadEnvOrExit();
  const dataDir = path.resolve(config.CARTWRIGHT_DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  const authSecret = config.AUTH_SECRET ?? ensureAuthSecret(dataDir);
  if (!config.AUTH_SECRET && config.DATABASE_URL) {
    console.warn(
      "[cartwright] AUTH_SECRET is not set: using one kept in the data folder. Set AUTH_SECRET when running several instances.",
    );
  }

  await buildIfNeeded();
  // Imported only now: it needs the Prisma client that buildIfNeeded has just generated.
  const { prepareDatabase } = await import("./lib/prepare-database");
  const { closeDatabase } = await import("../lib/db");
  // The embedded database allows one process at a time: prepare it here, close it, then serve.
  let prepared;
  try {
    prepared = await prepareDatabase(dataDir, { embedded: !config.DATABASE_URL });
  } finally {
    await closeDatabase();
  }

  const port = String(config.PORT);
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port], {
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      CARTWRIGHT_DATA_DIR: dataDir,
      AUTH_SECRET: authSecret,
      AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
    },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));

  const url = config.SITE_URL ?? `http://localhost:${port}`;
  await waitUntilServing(`http://127.0.0.1:${port}/api/health`, child);
  const database = config.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `embedded, in ${dataDir}`;
  console.log(
    `\n${startupReport(prepared, { url, database })
      .map((line) => `  ${line}`)
      .join("\n")}`,
  );
  console.log("");
}

await main();
