// Metrics, health and the route wrapper: the public face of lib/observability. It sits above
// the domain modules (metrics count orders, health reads the outbox); logging is lib/logger.
export { internalErrorResponse, withObservability } from "./with-observability";
export type { ObservedHandler, RequestObservation } from "./with-observability";
export { metrics, metricsText, recordHttpRequest } from "./metrics";
export { metricsAccess, metricsWarning } from "./metrics-access";
export type { MetricsAccess } from "./metrics-access";
export { HEALTH_THRESHOLDS, checkHealth, healthStatus } from "./health";
export type { HealthReport, HealthStatus } from "./health";
