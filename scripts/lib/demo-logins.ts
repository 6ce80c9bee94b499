// The demo accounts of the embedded try-out, kept beside its data (readable by its owner only):
// the start that seeds them prints them once, later starts point to this file, and
// `npm run seed` rewrites it whenever it gives the accounts new passwords.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const loginsSchema = z.array(
  z.object({ role: z.string(), email: z.string(), password: z.string() }),
);
export type DemoLogin = z.infer<typeof loginsSchema>[number];

export const demoLoginsFile = (dataDir: string) => path.join(dataDir, "demo-logins.json");

export function saveDemoLogins(dataDir: string, logins: DemoLogin[]): void {
  const file = demoLoginsFile(dataDir);
  if (logins.length === 0) rmSync(file, { force: true });
  else writeFileSync(file, JSON.stringify(logins, null, 2), { mode: 0o600 });
}

export function readDemoLogins(dataDir: string): DemoLogin[] {
  const file = demoLoginsFile(dataDir);
  if (!existsSync(file)) return [];
  const parsed = loginsSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  return parsed.success ? parsed.data : [];
}
