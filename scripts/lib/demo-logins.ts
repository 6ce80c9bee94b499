// The demo accounts made by the first seed, kept beside the data so every start can print them.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const loginsSchema = z.array(
  z.object({ role: z.string(), email: z.string(), password: z.string() }),
);
export type DemoLogin = z.infer<typeof loginsSchema>[number];

const fileIn = (dataDir: string) => path.join(dataDir, "demo-logins.json");

export function saveDemoLogins(dataDir: string, logins: DemoLogin[]): void {
  writeFileSync(fileIn(dataDir), JSON.stringify(logins, null, 2), { mode: 0o600 });
}

export function readDemoLogins(dataDir: string): DemoLogin[] {
  const file = fileIn(dataDir);
  if (!existsSync(file)) return [];
  const parsed = loginsSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  return parsed.success ? parsed.data : [];
}
