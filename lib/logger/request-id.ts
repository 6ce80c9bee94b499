// Request ids tie together every log line of one request, across a load balancer, the app and
// its workers. An id from upstream is kept only if it is short and plain, so a caller cannot
// inject log lines or huge values; otherwise we mint one. No Node-only APIs: usable in proxy.ts.

export const REQUEST_ID_HEADER = "x-request-id";

const VALID_REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

export function isValidRequestId(value: string | null | undefined): value is string {
  return typeof value === "string" && VALID_REQUEST_ID.test(value);
}

export function newRequestId(): string {
  return crypto.randomUUID();
}

/** The incoming `x-request-id` when valid, else a fresh UUID. */
export function requestIdFrom(headers: Headers): string {
  const incoming = headers.get(REQUEST_ID_HEADER)?.trim();
  return isValidRequestId(incoming) ? incoming : newRequestId();
}
