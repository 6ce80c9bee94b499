// The public face of the outbox: other modules import from "@/lib/events" only.
// Commands: `await publish(tx, {...})` inside their transaction, `kickDispatcher()` after commit.
// Modules with side effects: `registerHandler({ name, events, handle })` from a module that the
// web server and `scripts/worker.ts` both load, so every dispatcher knows every handler.
export { eventDefinitions, eventTypes } from "./event-types";
export type {
  AggregateType,
  EventPayload,
  EventType,
  OutboxMessage,
  OutboxMessageOf,
} from "./event-types";
export { InvalidEventError, publish } from "./publish";
export type { NewEvent } from "./publish";
export { HandlerRegistry, registerHandler } from "./registry";
export type { ExternalHandler, HandlerDefinition, TransactionalHandler } from "./registry";
export { backoffSeconds, dispatchBatch, retryFailed } from "./dispatcher";
export type { DispatchOptions, DispatchResult } from "./dispatcher";
export { defaultWorkerId, drainOutbox, kickDispatcher, startDispatcher } from "./worker";
export type { DispatcherLoop, DispatcherLoopOptions } from "./worker";
export { outboxStats } from "./stats";
export type { OutboxStats } from "./stats";
