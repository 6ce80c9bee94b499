// Order reads. Commands (paying, fulfilling, cancelling, refunding) live in the command files.
import { activeHoldExpiry } from "@/lib/inventory";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OrderAddress, OrderDetails, OrderSummary } from "./types";

/** Every order ever placed, whatever its status: the source of `cartwright_orders_placed_total`. */
export async function countOrdersPlaced(): Promise<number> {
  return (await db()).order.count();
}

/** How many orders each of these users has placed (0 for none). */
export async function countOrdersByUser(userIds: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map(userIds.map((id) => [id, 0]));
  if (userIds.length === 0) return counts;
  const rows = await (
    await db()
  ).order.groupBy({
    by: ["userId"],
    where: { userId: { in: [...userIds] } },
    _count: { _all: true },
  });
  for (const row of rows) if (row.userId) counts.set(row.userId, row._count._all);
  return counts;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

const detailsInclude = {
  lines: { orderBy: { id: "asc" } },
  timeline: { orderBy: { id: "asc" } },
  fulfilments: { orderBy: { shippedAt: "asc" } },
} satisfies Prisma.OrderInclude;

type OrderRow = Prisma.OrderGetPayload<{ include: typeof detailsInclude }>;

/** The order as pages show it; its stock hold is inventory's, read beside it. */
async function toDetails(row: OrderRow): Promise<OrderDetails> {
  const holdUntil =
    row.status === "PENDING_PAYMENT" ? await activeHoldExpiry(await db(), row.id) : null;
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    email: row.email,
    userId: row.userId,
    cartId: row.cartId,
    currency: row.currency,
    subtotalAmount: row.subtotalAmount,
    discountAmount: row.discountAmount,
    shippingAmount: row.shippingAmount,
    taxAmount: row.taxAmount,
    totalAmount: row.totalAmount,
    taxInclusive: row.taxInclusive,
    discountCode: row.discountCode,
    shippingMethod:
      row.shippingMethodId && row.shippingMethodName
        ? { id: row.shippingMethodId, name: row.shippingMethodName }
        : null,
    // Written by checkout from addressSchema's output: the stored JSON has exactly this shape.
    shippingAddress: row.shippingAddress as unknown as OrderAddress,
    billingAddress: (row.billingAddress ?? null) as unknown as OrderAddress | null,
    placedAt: row.placedAt,
    paidAt: row.paidAt,
    cancelledAt: row.cancelledAt,
    holdExpiresAt: holdUntil,
    itemCount: row.lines.reduce((sum, line) => sum + line.quantity, 0),
    lines: row.lines.map(({ orderId: _orderId, ...line }) => line),
    timeline: row.timeline.map((entry) => ({
      type: entry.type,
      message: entry.message,
      createdAt: entry.createdAt,
    })),
    fulfilments: row.fulfilments.map(({ orderId: _orderId, lines: _lines, ...f }) => f),
  };
}

/** An order by id, or null. The id is unguessable but callers still check who is asking. */
export async function getOrderDetails(orderId: string): Promise<OrderDetails | null> {
  if (!ID.test(orderId)) return null;
  const row = await (
    await db()
  ).order.findUnique({ where: { id: orderId }, include: detailsInclude });
  return row ? toDetails(row) : null;
}

/**
 * An order by its number for the shopper who owns it: the signed-in user's, or a guest's when the
 * email matches. Null otherwise, so another shopper's order is indistinguishable from none.
 */
export async function getOrderForCustomer(input: {
  number: number;
  userId?: string;
  email?: string;
}): Promise<OrderDetails | null> {
  if (!Number.isSafeInteger(input.number) || (!input.userId && !input.email)) return null;
  const owner: Prisma.OrderWhereInput = input.userId
    ? { userId: input.userId }
    : { email: input.email?.toLowerCase() ?? "" };
  const row = await (
    await db()
  ).order.findFirst({ where: { number: input.number, ...owner }, include: detailsInclude });
  return row ? toDetails(row) : null;
}

/** A signed-in shopper's orders, newest first. */
export async function listOrdersForUser(
  userId: string,
  options: { take?: number; skip?: number } = {},
): Promise<OrderSummary[]> {
  return listOrders({ where: { userId }, ...options });
}

/** Orders for the admin, newest first, optionally by status. */
export async function listOrders(
  options: {
    where?: Prisma.OrderWhereInput;
    status?: OrderSummary["status"];
    take?: number;
    skip?: number;
  } = {},
): Promise<OrderSummary[]> {
  const rows = await (
    await db()
  ).order.findMany({
    where: { ...options.where, ...(options.status ? { status: options.status } : {}) },
    orderBy: { placedAt: "desc" },
    take: Math.min(Math.max(options.take ?? 20, 1), 100),
    skip: Math.max(options.skip ?? 0, 0),
    include: { lines: { select: { quantity: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    status: row.status,
    email: row.email,
    currency: row.currency,
    totalAmount: row.totalAmount,
    placedAt: row.placedAt,
    itemCount: row.lines.reduce((sum, line) => sum + line.quantity, 0),
  }));
}
