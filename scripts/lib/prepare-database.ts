// What `npm start` does to the database before serving: migrate it (on open), and on the
// embedded try-out seed the demo shop into an empty one. A DATABASE_URL (production) is never
// seeded: its first admin comes from `npm run admin:create`. The caller closes the database
// (the embedded one can be open in one process only, and the web server opens it next).
import { countAdmins, passwordWorks } from "../../lib/auth/admin-account";
import { getDatabase } from "../../lib/db";
import { seedIfEmpty } from "../../prisma/seed";
import { createSearchEngine, reindexAll } from "../../lib/search";
import { demoLoginsFile, readDemoLogins, saveDemoLogins, type DemoLogin } from "./demo-logins";

export type PreparedDatabase =
  /** Embedded, seeded by this start: print `logins` now (they are also kept in `file`). */
  | { kind: "seeded"; logins: DemoLogin[]; file: string }
  /** Embedded, seeded earlier: `logins` (without passwords to print) still sign in, kept in `file`. */
  | { kind: "demo"; logins: DemoLogin[]; file: string }
  /** DATABASE_URL: nothing seeded; `admins` is 0 until `npm run admin:create` has run. */
  | { kind: "production"; admins: number };

export async function prepareDatabase(
  dataDir: string,
  options: { embedded: boolean; products?: number },
): Promise<PreparedDatabase> {
  const database = await getDatabase();
  if (!options.embedded) return { kind: "production", admins: await countAdmins() };

  const file = demoLoginsFile(dataDir);
  const started = Date.now();
  const result = await seedIfEmpty(database.prisma, {
    products: options.products ?? 200,
    adminPassword: process.env.SEED_ADMIN_PASSWORD,
    customerPassword: process.env.SEED_CUSTOMER_PASSWORD,
  });
  if (result) {
    const logins = [result.logins.admin, result.logins.customer];
    saveDemoLogins(dataDir, logins);
    // The seed writes tables directly (no outbox events), so search is filled here.
    await reindexAll(createSearchEngine(), database.prisma);
    console.log(
      `[cartwright] seeded the demo catalog in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return { kind: "seeded", logins, file };
  }
  // Only logins that still sign in are kept and mentioned: a password changed since (in the
  // shop, or by a seed run elsewhere) must not be handed to anyone as working.
  const saved = readDemoLogins(dataDir);
  const working: DemoLogin[] = [];
  for (const login of saved) {
    if (await passwordWorks(login.email, login.password)) working.push(login);
  }
  if (working.length !== saved.length) saveDemoLogins(dataDir, working);
  return { kind: "demo", logins: working, file };
}
