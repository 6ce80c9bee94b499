// A submission whose order already exists gets that order back. If it is still unpaid but its
// stock was released (the last payment attempt was declined), the stock is held again first:
// the shopper is about to pay again. Concurrent resubmissions hold it once (see reactivateForOrder).
import { db, inTransaction } from "@/lib/db";
import { kickDispatcher } from "@/lib/events";
import { reactivateForOrder } from "@/lib/inventory";
import {
  addTimeline,
  findOrderByKey,
  getOrderDetails,
  lockOrder,
  type OrderStatus,
} from "@/lib/orders";

export interface PlacedOrder {
  orderId: string;
  number: number;
  status: OrderStatus;
  currency: string;
  totalAmount: number;
  /** False when this call found the order an earlier submission placed. */
  created: boolean;
  /** Pay before this, or the order is cancelled and its stock returned. */
  holdExpiresAt: Date | null;
}

/** The order under `key`; "cancelled" when that attempt is dead (a new one may start); null if none. */
export async function resumeOrder(
  key: string,
  holdUntil: Date,
): Promise<PlacedOrder | "cancelled" | null> {
  const found = await findOrderByKey(await db(), key);
  if (!found) return null;
  if (found.status === "CANCELLED") return "cancelled";
  let holdExpiresAt = found.holdExpiresAt;
  if (found.status === "PENDING_PAYMENT" && !found.holdsStock) {
    // The lines' names, read before the transaction, so a sold-out retry says which item.
    const lines = (await getOrderDetails(found.id))?.lines ?? [];
    const labels = new Map(
      lines.flatMap((line) =>
        line.variantId
          ? [[line.variantId, `${line.productTitle} (${line.variantTitle})`] as const]
          : [],
      ),
    );
    const held = await inTransaction(async (tx) => {
      const order = await lockOrder(tx, found.id);
      if (order.status !== "PENDING_PAYMENT") return 0;
      const count = await reactivateForOrder(tx, {
        orderId: found.id,
        expiresAt: holdUntil,
        labels,
      });
      if (count > 0)
        await addTimeline(tx, found.id, {
          type: "stock_held",
          message: "Stock held again for a new payment attempt",
        });
      return count;
    });
    kickDispatcher();
    if (held > 0) holdExpiresAt = holdUntil;
  }
  return {
    orderId: found.id,
    number: found.number,
    status: found.status,
    currency: found.currency,
    totalAmount: found.totalAmount,
    created: false,
    holdExpiresAt,
  };
}
