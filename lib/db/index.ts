export { closeDatabase, db, getDatabase, openDatabase } from "./client";
export type { Database, Db, OpenOptions } from "./client";
export type { Tx } from "./transaction";
export { inTransaction } from "./transaction";
export { EmbeddedDatabaseBusyError } from "./embedded";
export { applyMigrations } from "./migrate";
