// Every status change goes through transitionOrder: the order row is locked first (so a webhook
// and an admin click on the same order queue up instead of interleaving), the move is checked
// against the state machine, and the timeline entry and outbox event commit with it.
import { inTransaction, type Tx } from "@/lib/db";
import { kickDispatcher, publish, type EventType, type NewEvent } from "@/lib/events";
import type { OrderStatus, Prisma } from "@/lib/generated/prisma/client";
import { canTransition, IllegalTransitionError, OrderNotFoundError } from "./state-machine";

export interface LockedOrder {
  id: string;
  number: number;
  status: OrderStatus;
  email: string;
  userId: string | null;
  cartId: string | null;
  currency: string;
  totalAmount: number;
}

/** Locks the order's row until the transaction ends and returns its current state. */
export async function lockOrder(tx: Tx, orderId: string): Promise<LockedOrder> {
  const [row] = await tx.$queryRaw<LockedOrder[]>`
    SELECT "id", "number", "status"::text AS "status", "email", "userId", "cartId", "currency", "totalAmount"
      FROM "Order" WHERE "id" = ${orderId} FOR UPDATE`;
  if (!row) throw new OrderNotFoundError(orderId);
  return row;
}

export interface TimelineEntry {
  type: string;
  message: string;
  data?: Prisma.InputJsonObject;
  actorId?: string | null;
}

export async function addTimeline(tx: Tx, orderId: string, entry: TimelineEntry): Promise<void> {
  await tx.orderEvent.create({
    data: {
      orderId,
      type: entry.type,
      message: entry.message,
      actorId: entry.actorId ?? null,
      ...(entry.data ? { data: entry.data } : {}),
    },
  });
}

/**
 * Moves a locked order to `to`, or throws IllegalTransitionError and changes nothing.
 * `set` carries the columns that go with the move (paidAt, cancelledAt).
 */
export async function transitionOrder<T extends EventType>(
  tx: Tx,
  order: LockedOrder,
  to: OrderStatus,
  effects: {
    timeline: TimelineEntry;
    event: NewEvent<T>;
    set?: Prisma.OrderUpdateManyMutationInput;
  },
): Promise<LockedOrder> {
  if (!canTransition(order.status, to))
    throw new IllegalTransitionError(order.id, order.status, to);
  const { count } = await tx.order.updateMany({
    where: { id: order.id, status: order.status },
    data: { ...effects.set, status: to },
  });
  // The row is locked by lockOrder: a miss means the caller did not lock it, which is a bug.
  if (count !== 1) throw new Error(`Order ${order.id} changed under its lock`);
  await addTimeline(tx, order.id, {
    ...effects.timeline,
    data: { from: order.status, to, ...effects.timeline.data },
  });
  await publish(tx, effects.event);
  return { ...order, status: to };
}

/** Runs `work` in the caller's transaction, or in a new one followed by a dispatcher kick. */
export async function within<T>(tx: Tx | undefined, work: (tx: Tx) => Promise<T>): Promise<T> {
  if (tx) return work(tx);
  const result = await inTransaction(work);
  kickDispatcher();
  return result;
}
