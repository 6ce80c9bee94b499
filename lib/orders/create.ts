// Creating an order, inside checkout's transaction: the order row with its idempotency key, the
// snapshots of its lines and addresses, the first timeline entry and OrderPlaced. A second
// creation with the same key fails on the unique index (checkout then reads the first one).
import { activeHoldExpiry } from "@/lib/inventory";
import type { Tx } from "@/lib/db";
import { publish } from "@/lib/events";
import type { OrderStatus, Prisma } from "@/lib/generated/prisma/client";
import { addTimeline } from "./transition";
import type { OrderLineFigures } from "./types";

export interface OrderDraft {
  idempotencyKey: string;
  cartId: string | null;
  userId: string | null;
  email: string;
  currency: string;
  subtotalAmount: number;
  discountAmount: number;
  shippingAmount: number;
  taxAmount: number;
  totalAmount: number;
  taxInclusive: boolean;
  discountCode: string | null;
  shippingMethodId: string;
  /** The method's name as the shopper chose it (kept on the order, like line titles). */
  shippingMethodName: string | null;
  shippingAddress: Prisma.InputJsonObject;
  billingAddress: Prisma.InputJsonObject | null;
  placedAt: Date;
  lines: (OrderLineFigures & { variantId: string })[];
  /** An opaque key for the client that placed it (kept in the timeline), for checkout's limits. */
  client?: string | null;
}

export interface CreatedOrder {
  id: string;
  number: number;
  status: OrderStatus;
  currency: string;
  totalAmount: number;
}

export async function createOrder(tx: Tx, draft: OrderDraft): Promise<CreatedOrder> {
  const { lines, billingAddress, client, ...fields } = draft;
  const order = await tx.order.create({
    data: {
      ...fields,
      ...(billingAddress ? { billingAddress } : {}),
      status: "PENDING_PAYMENT",
      lines: { create: lines },
    },
    select: { id: true, number: true, status: true, currency: true, totalAmount: true },
  });
  await addTimeline(tx, order.id, {
    type: "placed",
    message: `Order #${order.number} placed`,
    data: { total: draft.totalAmount, ...(client ? { client } : {}) },
  });
  await publish(tx, {
    type: "OrderPlaced",
    aggregateType: "Order",
    aggregateId: order.id,
    payload: {
      orderId: order.id,
      number: order.number,
      userId: draft.userId,
      currency: draft.currency,
      totalAmount: draft.totalAmount,
      lines: lines.map((line) => ({ variantId: line.variantId, quantity: line.quantity })),
    },
  });
  return order;
}

/** The order placed under an idempotency key, with whether it still holds stock. */
export async function findOrderByKey(
  client: Tx,
  idempotencyKey: string,
): Promise<(CreatedOrder & { holdExpiresAt: Date | null; holdsStock: boolean }) | null> {
  const order = await client.order.findUnique({
    where: { idempotencyKey },
    select: {
      id: true,
      number: true,
      status: true,
      currency: true,
      totalAmount: true,
    },
  });
  if (!order) return null;
  const holdExpiresAt = await activeHoldExpiry(client, order.id);
  return { ...order, holdsStock: holdExpiresAt !== null, holdExpiresAt };
}
