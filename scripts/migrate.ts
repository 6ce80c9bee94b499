// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import { openDatabase, applyMigrations } from "../lib/db";
import { parseEnv } from "../lib/env";

const config = parseEnv(process.env);
const database = await openDatabase({
  url: config.DATABASE_URL,
  dataDir: config.CARTWRIGHT_DATA_DIR,
  migrate: false,
});
const session = await database.session();
try {
  const applied = await applyMigrations(session);
  console.log(
    applied.length
      ? `[cartwright] applied ${applied.length} migration(s) to the ${database.kind} database: ${applied.join(", ")}`
      : `[cartwright] the ${database.kind} database is up to date`,
  );
} finally {
  await session.release();
  await database.close();
}
export {};
