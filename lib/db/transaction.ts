// Commands run in one transaction each. Keep anything slow (payment providers, mail, HTTP)
// outside: on the embedded database an open transaction blocks every other query.
import type { Prisma } from "../generated/prisma/client";
import { db } from "./client";

export type Tx = Prisma.TransactionClient;

export async function inTransaction<T>(
  work: (tx: Tx) => Promise<T>,
  options: { isolationLevel?: Prisma.TransactionIsolationLevel; timeoutMs?: number } = {},
): Promise<T> {
  const prisma = await db();
  return prisma.$transaction(work, {
    isolationLevel: options.isolationLevel,
    timeout: options.timeoutMs ?? 15_000,
    maxWait: 10_000,
  });
}
