// Every event Cartwright publishes, with the aggregate it belongs to and the zod schema of its
// payload. Payloads carry ids and the few facts a subscriber needs to act without a lookup that
// could race a later change; anything else, handlers read through the owning module.
// Adding an event: add it here. Changing a payload: add optional fields only, because events
// already in the outbox were written with the old shape and are parsed with the new schema.
import { z } from "zod";

const id = z.string().min(1);
const quantity = z.number().int().positive();
/** Money in minor units (cents), as everywhere in Cartwright. */
const amount = z.number().int().nonnegative();
const currency = z.string().length(3);

function event<A extends string, S extends z.ZodType>(aggregateType: A, payload: S) {
  return { aggregateType, payload };
}

export const eventDefinitions = {
  OrderPlaced: event(
    "Order",
    z.object({
      orderId: id,
      number: z.number().int().positive(),
      userId: id.nullable(),
      currency,
      totalAmount: amount,
      // What was reserved, so inventory and analytics need not read the order.
      lines: z.array(z.object({ variantId: id.nullable(), quantity })).min(1),
    }),
  ),
  // number, email and cartId are optional (added with checkout): the cart module empties the
  // paid cart, the mail module sends the confirmation without racing a later change.
  OrderPaid: event(
    "Order",
    z.object({
      orderId: id,
      paymentId: id,
      currency,
      amount,
      number: z.number().int().positive().optional(),
      email: z.string().optional(),
      cartId: id.nullable().optional(),
    }),
  ),
  OrderCancelled: event(
    "Order",
    z.object({
      orderId: id,
      reason: z.enum(["customer", "merchant", "payment_failed", "expired"]),
    }),
  ),
  // A payment attempt was declined; the order stays PENDING_PAYMENT (its stock released) for a retry.
  OrderPaymentFailed: event(
    "Order",
    z.object({ orderId: id, paymentId: id, message: z.string().nullable() }),
  ),
  OrderFulfilled: event(
    "Order",
    z.object({
      orderId: id,
      fulfilmentId: id,
      complete: z.boolean(),
      carrier: z.string().nullable(),
      trackingNumber: z.string().nullable(),
      trackingUrl: z.string().nullable(),
    }),
  ),
  OrderDelivered: event("Order", z.object({ orderId: id })),
  OrderRefunded: event(
    "Order",
    z.object({ orderId: id, refundId: id, currency, amount, complete: z.boolean() }),
  ),
  ProductChanged: event(
    "Product",
    z.object({
      productId: id,
      change: z.enum(["created", "updated", "published", "archived", "deleted"]),
    }),
  ),
  PriceChanged: event(
    "Variant",
    z.object({ variantId: id, productId: id, currency, previousAmount: amount, amount }),
  ),
  // Available = on hand − reserved, the number a shopper can still buy. productId is optional:
  // inventory does not read the catalog, so it publishes none (older events carry one);
  // subscribers ask lib/catalog (productIdsOfVariants).
  StockChanged: event(
    "Variant",
    z.object({
      variantId: id,
      productId: id.optional(),
      onHand: z.number().int(),
      reserved: z.number().int(),
      available: z.number().int(),
    }),
  ),
  StockLow: event(
    "Variant",
    z.object({
      variantId: id,
      productId: id.optional(),
      available: z.number().int(),
      threshold: z.number().int().nonnegative(),
    }),
  ),
} as const;

export type EventDefinitions = typeof eventDefinitions;
export type EventType = keyof EventDefinitions;
export type AggregateType<T extends EventType = EventType> = EventDefinitions[T]["aggregateType"];
export type EventPayload<T extends EventType> = z.infer<EventDefinitions[T]["payload"]>;

export const eventTypes = Object.keys(eventDefinitions) as EventType[];
export const eventTypeSchema = z.enum(eventTypes as [EventType, ...EventType[]]);

/** An event as handlers receive it: the stored row with its payload parsed for its type. */
export interface OutboxMessage<T extends EventType = EventType> {
  id: bigint;
  type: T;
  aggregateType: AggregateType<T>;
  aggregateId: string;
  payload: EventPayload<T>;
  /** 1 on the first delivery; more when an earlier attempt failed or its worker died. */
  attempts: number;
  createdAt: Date;
}

/** One of several event types, narrowed by `switch (event.type)`. */
export type OutboxMessageOf<T extends EventType> = { [K in T]: OutboxMessage<K> }[T];

/** Parses a stored payload with the schema of its type; throws a ZodError when it does not fit. */
export function parsePayload<T extends EventType>(type: T, payload: unknown): EventPayload<T> {
  return eventDefinitions[type].payload.parse(payload) as EventPayload<T>;
}
