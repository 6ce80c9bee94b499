// Logging: the public face of lib/logger, a leaf that imports nothing of ours so every module
// (db, events, the domain, scripts) can log. Request ids and the per-request logger live here
// too, because the logger of a request is what carries its id.
export { childLogger, createLogger, logger } from "./logger";
export type { LogBindings, LogLevel, Logger, LoggerConfig } from "./logger";
export { currentLogger, currentRequestId, runWithRequestContext } from "./context";
export type { RequestContext } from "./context";
export { REQUEST_ID_HEADER, isValidRequestId, newRequestId, requestIdFrom } from "./request-id";
