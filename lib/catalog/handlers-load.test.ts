// The catalog's event handler runs in `npm run worker`, a plain Node process where a module
// marked server-only throws on import (Vitest stubs server-only, so only a real process shows it).
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("lib/catalog/handlers.ts", () => {
  it("loads in plain Node, as the outbox worker loads it", () => {
    const script =
      "await import('./lib/catalog/handlers.ts'); await import('./lib/cache/index.ts'); console.log('loaded');";
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", script],
      {
        cwd: process.cwd(),
        encoding: "utf8",
        env: { ...process.env, NODE_ENV: "production", LOG_LEVEL: "silent" },
        timeout: 60_000,
      },
    );
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.stdout.trim()).toBe("loaded");
  });
});
