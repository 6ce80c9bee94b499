// Who reacts to which event. A handler is named, and the name is its identity in ProcessedEvent:
// renaming a handler makes it see every undelivered event again, so names are forever.
// Registration is by name and replaces an earlier one of the same name, which keeps Next.js dev
// reloads (modules evaluated twice) from running a handler twice.
import { z } from "zod";
import type { Db, Tx } from "../db";
import {
  eventTypeSchema,
  type EventType,
  type OutboxMessage,
  type OutboxMessageOf,
} from "./event-types";

/**
 * A database effect, applied exactly once: the dispatcher runs `handle` and records the handler
 * in ProcessedEvent in one transaction. Do only database work on `tx` here: the transaction
 * stays open while `handle` runs (and on the embedded database it blocks every other query).
 */
export interface TransactionalHandler<T extends EventType> {
  name: string;
  events: readonly T[];
  external?: false;
  handle(event: OutboxMessageOf<T>, tx: Tx): Promise<void>;
}

/**
 * An effect outside the database (mail, search engine, HTTP), delivered at least once: `handle`
 * runs with no transaction open and is recorded afterwards, so a crash in between repeats it.
 * It must be idempotent on its own (upsert a document, mail with a deduplication key).
 */
export interface ExternalHandler<T extends EventType> {
  name: string;
  events: readonly T[];
  external: true;
  handle(event: OutboxMessageOf<T>): Promise<void>;
}

export type HandlerDefinition<T extends EventType> = TransactionalHandler<T> | ExternalHandler<T>;

/** The registry's own, type-erased view of a handler; the dispatcher only sees this. */
export type RegisteredHandler =
  | {
      name: string;
      events: readonly EventType[];
      external: false;
      handle(event: OutboxMessage, tx: Tx): Promise<void>;
    }
  | {
      name: string;
      events: readonly EventType[];
      external: true;
      handle(event: OutboxMessage): Promise<void>;
    };

/** A transactional handler's effect must fit in this; past it Prisma rolls the transaction back. */
const handlerTimeoutMs = 15_000;

const definitionSchema = z.object({
  // Stored in ProcessedEvent.handler and shown in lastError: keep it short and readable.
  name: z
    .string()
    .regex(/^[a-z][a-z0-9-.:]{0,99}$/, "use lowercase letters, digits, '-', '.', ':'"),
  events: z.array(eventTypeSchema).min(1),
});

export class HandlerRegistry {
  readonly #handlers = new Map<string, RegisteredHandler>();

  register<const T extends EventType>(definition: HandlerDefinition<T>): void {
    const { name, events } = definitionSchema.parse(definition);
    const subscribed = new Set<EventType>(events);
    // The dispatcher only passes events of the subscribed types, which makes the narrowing safe.
    const narrow = (event: OutboxMessage): OutboxMessageOf<T> => {
      if (!subscribed.has(event.type)) throw new Error(`${name} does not handle ${event.type}`);
      return event as OutboxMessageOf<T>;
    };
    this.#handlers.set(
      name,
      definition.external
        ? {
            name,
            events: [...subscribed],
            external: true,
            handle: (event) => definition.handle(narrow(event)),
          }
        : {
            name,
            events: [...subscribed],
            external: false,
            handle: (event, tx) => definition.handle(narrow(event), tx),
          },
    );
  }

  /** Handlers subscribed to `type`, in registration order. */
  handlersFor(type: EventType): RegisteredHandler[] {
    return [...this.#handlers.values()].filter((handler) => handler.events.includes(type));
  }

  get size(): number {
    return this.#handlers.size;
  }

  clear(): void {
    this.#handlers.clear();
  }
}

// Kept on globalThis so that every copy of this module (Next.js may bundle it per route and
// re-evaluate it on reload) shares one registry with the in-process dispatcher.
const holder = globalThis as typeof globalThis & { __cartwrightHandlers?: HandlerRegistry };

/** The process-wide registry that `registerHandler` fills and the dispatcher reads by default. */
export function defaultRegistry(): HandlerRegistry {
  holder.__cartwrightHandlers ??= new HandlerRegistry();
  return holder.__cartwrightHandlers;
}

export function registerHandler<const T extends EventType>(definition: HandlerDefinition<T>): void {
  defaultRegistry().register(definition);
}

/**
 * Runs one handler for one event unless ProcessedEvent says it already has. For a transactional
 * handler the mark is inserted first, in the handler's own transaction: it commits with the
 * effect or not at all, and a concurrent redelivery blocks on the mark's key until this one
 * ends, then finds it and skips. Returns whether the handler ran.
 */
export async function runHandlerOnce(
  client: Db,
  handler: RegisteredHandler,
  event: OutboxMessage,
): Promise<boolean> {
  const mark = { eventId: event.id, handler: handler.name };
  if (handler.external) {
    if (
      await client.processedEvent.findUnique({
        where: { eventId_handler: mark },
        select: { eventId: true },
      })
    )
      return false;
    await handler.handle(event);
    await client.processedEvent.createMany({ data: [mark], skipDuplicates: true });
    return true;
  }
  return client.$transaction(
    async (tx) => {
      const { count } = await tx.processedEvent.createMany({ data: [mark], skipDuplicates: true });
      if (count === 0) return false;
      await handler.handle(event, tx);
      return true;
    },
    { timeout: handlerTimeoutMs, maxWait: 10_000 },
  );
}
