// Logging, request ids, metrics and health: the public face of lib/observability.
export { childLogger, createLogger, logger } from "./logger";
export type { LogBindings, LogLevel, Logger, LoggerConfig } from "./logger";
export { currentLogger, currentRequestId, runWithRequestContext } from "./context";
export type { RequestContext } from "./context";
export { REQUEST_ID_HEADER, isValidRequestId, newRequestId, requestIdFrom } from "./request-id";
export { internalErrorResponse, withObservability } from "./with-observability";
export type { ObservedHandler, RequestObservation } from "./with-observability";
export { metrics, metricsText, recordHttpRequest } from "./metrics";
export { HEALTH_THRESHOLDS, checkHealth, healthStatus } from "./health";
export type { HealthReport, HealthStatus } from "./health";
