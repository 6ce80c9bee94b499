// The wrapper every route handler goes through: one request id (kept from upstream or minted),
// one log line and one latency sample per request, and no internal error text sent to clients.
import { unstable_rethrow } from "next/navigation";
import { errorResponse } from "@/lib/errors";
import { runWithRequestContext } from "@/lib/logger";
import { childLogger, type Logger } from "@/lib/logger";
import { recordHttpRequest } from "./metrics";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/logger";

export interface RequestObservation {
  requestId: string;
  /** Logger bound to this request's id. `currentLogger()` returns the same one deeper down. */
  log: Logger;
}

export type ObservedHandler<R extends Request, C> = (
  req: R,
  ctx: C,
  observation: RequestObservation,
) => Response | Promise<Response>;

/** The generic 500: the client gets only the request id, under which the error is logged. */
export function internalErrorResponse(requestId: string): Response {
  return errorResponse(undefined, { requestId, log: () => {} });
}

function withHeader(response: Response, name: string, value: string): Response {
  try {
    response.headers.set(name, value);
    return response;
  } catch {
    // Some responses (Response.redirect, fetched ones) have immutable headers: copy them.
    const copy = new Response(response.body, response);
    copy.headers.set(name, value);
    return copy;
  }
}

/**
 * Wraps a route handler: `export const GET = withObservability("/api/things/[id]", handler)`.
 * `route` is the route pattern, never the concrete path, so metric labels stay few.
 */
export function withObservability<R extends Request, C>(
  route: string,
  handler: ObservedHandler<R, C>,
): (req: R, ctx: C) => Promise<Response> {
  return async (req, ctx) => {
    const started = performance.now();
    const requestId = requestIdFrom(req.headers);
    const log = childLogger({ requestId });
    let response: Response;
    let failure: unknown;
    try {
      response = await runWithRequestContext({ requestId, log }, () =>
        handler(req, ctx, { requestId, log }),
      );
    } catch (error) {
      // redirect(), notFound() and friends are control flow that Next.js answers itself.
      unstable_rethrow(error);
      // An AppError answers with its own status and words; anything else is a 500, logged below.
      response = errorResponse(error, { requestId, log: () => {} });
      if (response.status >= 500) failure = error;
    }
    response = withHeader(response, REQUEST_ID_HEADER, requestId);
    const seconds = (performance.now() - started) / 1000;
    recordHttpRequest(req.method, route, response.status, seconds);
    const line = {
      method: req.method,
      route,
      status: response.status,
      durationMs: Math.round(seconds * 10_000) / 10,
    };
    if (failure !== undefined) log.error({ ...line, err: failure }, "request failed");
    else if (response.status >= 500) log.error(line, "request");
    else log.info(line, "request");
    return response;
  };
}
