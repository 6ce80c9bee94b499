// Works around a hang in the embedded database. PGlite (single-user Postgres in WebAssembly)
// has no checkpointer process: once ~540 MB of WAL accumulates, the automatic checkpoint it
// then attempts never returns (reproduced with PGlite 0.4.3, with or without a transaction
// open). An explicit CHECKPOINT takes ~0.3 s and works even inside a transaction, so a large
// seed issues one every WAL_BUDGET bytes. Real PostgreSQL checkpoints on its own (and only
// privileged roles may CHECKPOINT), so there this is a no-op.
import type { Prisma } from "../../lib/generated/prisma/client";

const WAL_BUDGET = 256 * 1024 * 1024;

export async function createWalGuard(
  prisma: Prisma.TransactionClient,
): Promise<() => Promise<void>> {
  const [{ version }] = await prisma.$queryRawUnsafe<[{ version: string }]>(
    "SELECT version() AS version",
  );
  if (!/wasm32|emscripten/i.test(version)) return async () => {};
  const walPosition = async () => {
    const [row] = await prisma.$queryRawUnsafe<[{ bytes: string }]>(
      "SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '0/0')::text AS bytes",
    );
    return Number(row.bytes);
  };
  let checkpointedAt = await walPosition();
  return async () => {
    const now = await walPosition();
    if (now - checkpointedAt < WAL_BUDGET) return;
    await prisma.$executeRawUnsafe("CHECKPOINT");
    checkpointedAt = await walPosition();
  };
}
