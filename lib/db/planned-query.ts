// Statements run often with the same shape and different values (the search statement): on
// PostgreSQL each is prepared once per connection and runs on a generic plan, because parsing
// and planning a search cost as much as running it (1.5 + 4 ms against 9 ms on 100k products).
// They get their own few connections, so that forcing generic plans never touches the plans
// of Prisma's queries.
import { createHash } from "node:crypto";
import pg from "pg";
import type { Prisma } from "../generated/prisma/client";

/** Runs one read statement whose plan is kept between calls. */
export type PlannedQuery = (sql: Prisma.Sql) => Promise<unknown[]>;

/**
 * Distinct statements kept per connection. Shapes come from the search's options (filters used,
 * sort, page), so there are a few dozen in practice; past this a connection is closed, which
 * drops its statements, rather than letting server memory grow with rare shapes.
 */
const STATEMENTS_PER_CONNECTION = 200;

const prepared = new WeakMap<pg.PoolClient, Set<string>>();

export function plannedQueries(
  url: string,
  options: { max: number; sessionOptions: string },
): {
  query: PlannedQuery;
  close: () => Promise<void>;
} {
  let pool: pg.Pool | undefined;
  const open = () => {
    if (pool) return pool;
    pool = new pg.Pool({
      connectionString: url,
      max: options.max,
      options: `${options.sessionOptions} -c plan_cache_mode=force_generic_plan`,
    });
    // An idle connection the server closed (restart, idle timeout) is dropped by the pool and the
    // next query opens another; unheard, the event would end the process.
    pool.on("error", () => {});
    return pool;
  };
  return {
    query: async (sql) => {
      const client = await open().connect();
      const name = `planned_${createHash("sha1").update(sql.text).digest("hex").slice(0, 24)}`;
      const names = prepared.get(client) ?? new Set<string>();
      prepared.set(client, names);
      let failed = false;
      try {
        names.add(name);
        return (await client.query({ name, text: sql.text, values: sql.values })).rows;
      } catch (error) {
        failed = true;
        throw error;
      } finally {
        // After a failure the connection is not reused; nor one holding too many statements.
        client.release(failed || names.size >= STATEMENTS_PER_CONNECTION);
      }
    },
    close: async () => {
      await pool?.end();
    },
  };
}
