// PGlite has no locking of its own: a second opener must get a clear error, not lose data.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { EmbeddedDatabaseBusyError, openEmbedded } from "./embedded";

const dir = mkdtempSync(path.join(tmpdir(), "cw-embedded-"));
const lockFile = path.join(dir, "pglite.lock");
const sleeper = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);

afterAll(() => {
  sleeper.kill();
});

it("refuses a folder held by another live process", async () => {
  writeFileSync(lockFile, String(sleeper.pid));
  await expect(openEmbedded(dir)).rejects.toThrow(EmbeddedDatabaseBusyError);
  await expect(openEmbedded(dir)).rejects.toThrow(new RegExp(`in use by process ${sleeper.pid}`));
});

it("reclaims the lock of a process that is gone, and releases it on close", async () => {
  sleeper.kill();
  await new Promise((resolve) => sleeper.once("exit", resolve));
  const { pglite, close } = await openEmbedded(dir);
  expect(readFileSync(lockFile, "utf8")).toBe(String(process.pid));
  expect((await pglite.query<{ one: number }>("select 1 as one")).rows[0]?.one).toBe(1);
  await close();
  expect(() => readFileSync(lockFile)).toThrow();
});
