// The current request's id and logger, reachable from any lib/ code the request calls without
// threading a logger through every signature. Outside a wrapped request: the root logger.
import { AsyncLocalStorage } from "node:async_hooks";
import { logger, type Logger } from "./logger";

export interface RequestContext {
  requestId: string;
  log: Logger;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithRequestContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/** The request's child logger (with its requestId) when inside one, else the root logger. */
export function currentLogger(): Logger {
  return storage.getStore()?.log ?? logger;
}
