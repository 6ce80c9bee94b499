// Writing an event to the outbox. The row is inserted with the caller's transaction client, so
// it commits or rolls back with the change it describes: no event for a change that never
// happened, no change without its event. Delivery happens later, in the dispatcher.
import { z } from "zod";
import type { Prisma } from "../generated/prisma/client";
import type { Tx } from "../db";
import {
  eventDefinitions,
  eventTypeSchema,
  type AggregateType,
  type EventPayload,
  type EventType,
} from "./event-types";

export interface NewEvent<T extends EventType> {
  type: T;
  /** Fixed per type by the catalog; spelled out at the call site so the outbox row reads well. */
  aggregateType: AggregateType<T>;
  aggregateId: string;
  payload: EventPayload<T>;
}

/** A publish call whose type, aggregate or payload does not match the catalog: a bug in the caller. */
export class InvalidEventError extends Error {
  constructor(
    message: string,
    readonly issues: z.core.$ZodIssue[] = [],
  ) {
    super(message);
    this.name = "InvalidEventError";
  }
}

const envelope = z.object({
  type: eventTypeSchema,
  aggregateType: z.string().min(1),
  aggregateId: z.string().min(1),
  payload: z.unknown(),
});

/**
 * Adds an event to the outbox inside the caller's transaction and returns its id.
 * The payload is validated (and stripped of unknown keys) with the schema of its type, because
 * whatever goes in is parsed again by every handler, possibly days later.
 */
export async function publish<T extends EventType>(tx: Tx, event: NewEvent<T>): Promise<bigint> {
  // Callers are typed, but a cast or a payload built from loose data must still not get in.
  const head = envelope.safeParse(event);
  if (!head.success) throw new InvalidEventError("Invalid event envelope", head.error.issues);
  const definition = eventDefinitions[head.data.type];
  if (head.data.aggregateType !== definition.aggregateType) {
    throw new InvalidEventError(
      `${head.data.type} belongs to aggregate ${definition.aggregateType}, not ${head.data.aggregateType}`,
    );
  }
  const payload = definition.payload.safeParse(event.payload);
  if (!payload.success) {
    throw new InvalidEventError(
      `Invalid ${head.data.type} payload: ${z.prettifyError(payload.error)}`,
      payload.error.issues,
    );
  }
  const row = await tx.outboxEvent.create({
    data: {
      type: head.data.type,
      aggregateType: definition.aggregateType,
      aggregateId: head.data.aggregateId,
      // The zod output is plain JSON (strings, numbers, booleans, null, arrays, objects).
      payload: payload.data as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
  return row.id;
}
