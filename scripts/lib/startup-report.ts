// What `npm start` prints once the server answers. A password reaches the log only on the start
// that created it; later starts say where the demo logins are kept. A production database
// (DATABASE_URL) has no demo accounts: until it has an admin, every start says how to make one.
import type { PreparedDatabase } from "./prepare-database";

export function startupReport(
  prepared: PreparedDatabase,
  where: { url: string; database: string },
): string[] {
  const lines = [`Cartwright is running on ${where.url}`, `Database: ${where.database}`];
  switch (prepared.kind) {
    case "seeded":
      lines.push(`Demo logins (shown this once; kept in ${prepared.file}):`);
      for (const login of prepared.logins)
        lines.push(`  ${login.role.padEnd(8)} ${login.email} / ${login.password}`);
      lines.push(`Admin: ${where.url}/admin`);
      break;
    case "demo":
      if (prepared.logins.length) {
        lines.push(
          `Demo logins: ${prepared.logins.map((l) => l.email).join(", ")}; their passwords were printed when they were made and are kept in ${prepared.file}`,
          `Admin: ${where.url}/admin`,
        );
      } else {
        lines.push(
          "Demo logins: none that still work are kept (`npm run seed -- --reset` makes new ones).",
        );
      }
      break;
    case "production":
      if (prepared.admins === 0) {
        lines.push(
          "No admin account yet. Create the first one with:",
          "  npm run admin:create -- --email you@example.com",
          "(it asks for a password, reads one from stdin, or generates one and prints it once)",
        );
      } else {
        lines.push(`Admin: ${where.url}/admin`);
      }
      break;
  }
  return lines;
}
