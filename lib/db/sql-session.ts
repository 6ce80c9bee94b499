// The smallest raw-SQL surface the migration runner needs, over either driver. Prisma's own
// $executeRaw uses prepared statements, which cannot run a multi-statement migration file.
export interface SqlSession {
  /** Runs one or more statements with no parameters (simple query protocol). */
  exec(sql: string): Promise<void>;
  query<T extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  release(): Promise<void>;
}
