// Planned statements: kept per connection with a generic plan on PostgreSQL, yet every call sees
// its own values; a failed statement leaves the next one working; rare shapes cannot pile up.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { onRealPostgres, openTestDatabase } from "@/test/db";
import type { Database } from "./client";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const statementsRow = (rows: unknown[]) =>
  rows as { name: string; generic_plans: number; custom_plans: number }[];

describe("planned queries", () => {
  it("answers each call with its own values", async () => {
    for (const n of [1, 2, 3, 4, 5, 6, 7]) {
      const rows = await database.plannedQuery(
        Prisma.sql`SELECT ${n}::int * 2 AS "twice", ${`v${n}`}::text AS "label"`,
      );
      expect(rows).toEqual([{ twice: n * 2, label: `v${n}` }]);
    }
  });

  it.runIf(onRealPostgres)("prepares a statement once and runs it on a generic plan", async () => {
    const sql = (n: number) =>
      Prisma.sql`SELECT count(*)::int AS "n" FROM generate_series(1, ${n}::int)`;
    for (const n of [10, 20, 30]) expect(await database.plannedQuery(sql(n))).toEqual([{ n }]);
    const statements = statementsRow(
      await database.plannedQuery(
        Prisma.sql`SELECT "name", "generic_plans"::int, "custom_plans"::int FROM pg_prepared_statements WHERE "statement" LIKE '%generate' || '_series%'`,
      ),
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ generic_plans: 3, custom_plans: 0 });
  });

  it("reports a failed statement and keeps working", async () => {
    await expect(database.plannedQuery(Prisma.sql`SELECT 1 / ${0}::int AS "x"`)).rejects.toThrow(
      /division by zero/,
    );
    expect(await database.plannedQuery(Prisma.sql`SELECT 1 / ${1}::int AS "x"`)).toEqual([
      { x: 1 },
    ]);
  });

  it.runIf(onRealPostgres)("does not keep more than 200 statements on a connection", async () => {
    for (let i = 0; i < 230; i++)
      await database.plannedQuery(
        Prisma.sql`SELECT ${i}::int AS "n" ${Prisma.raw(`-- shape ${i}`)}\n`,
      );
    const [row] = await database.plannedQuery(
      Prisma.sql`SELECT count(*)::int AS "kept" FROM pg_prepared_statements`,
    );
    expect((row as { kept: number }).kept).toBeLessThanOrEqual(200);
    expect((row as { kept: number }).kept).toBeGreaterThan(0);
  });

  it.runIf(onRealPostgres)("keeps working after the server closes an idle connection", async () => {
    const [row] = await database.plannedQuery(Prisma.sql`SELECT pg_backend_pid() AS "pid"`);
    const session = await database.session();
    await session.query("SELECT pg_terminate_backend($1)", [(row as { pid: number }).pid]);
    await session.release();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await database.plannedQuery(Prisma.sql`SELECT ${2}::int AS "two"`)).toEqual([
      { two: 2 },
    ]);
  });
});
