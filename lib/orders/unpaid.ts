// Unpaid orders as checkout's limits see them: which of a cart's orders a newer checkout replaces,
// and how many a shopper (by email) or a client (by the key checkout stored when placing) has
// open. Unpaid (PENDING_PAYMENT) orders hold stock and discount uses until paid or expired.
import type { Tx } from "@/lib/db";

/** The cart's unpaid orders other than the one under `exceptKey`, oldest first. */
export async function unpaidOrdersOfCart(
  tx: Tx,
  cartId: string,
  exceptKey: string,
): Promise<string[]> {
  const rows = await tx.order.findMany({
    where: { cartId, status: "PENDING_PAYMENT", idempotencyKey: { not: exceptKey } },
    orderBy: [{ placedAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/**
 * Unpaid orders of other carts placed with `email` (already lower-cased by checkout's schema),
 * or by `client` (the opaque key given to createOrder), whichever is asked.
 */
export async function countUnpaidOrders(
  tx: Tx,
  by: { email: string } | { client: string },
  exceptCartId: string,
): Promise<number> {
  if ("email" in by) {
    return tx.order.count({
      where: {
        status: "PENDING_PAYMENT",
        email: by.email,
        OR: [{ cartId: null }, { cartId: { not: exceptCartId } }],
      },
    });
  }
  const [row] = await tx.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS "count" FROM "Order" o
     WHERE o."status" = 'PENDING_PAYMENT'
       AND o."cartId" IS DISTINCT FROM ${exceptCartId}
       AND EXISTS (SELECT 1 FROM "OrderEvent" e
                    WHERE e."orderId" = o."id" AND e."type" = 'placed'
                      AND e."data"->>'client' = ${by.client})`;
  return row?.count ?? 0;
}
