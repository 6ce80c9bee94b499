// Any thrown value → an HTTP JSON answer `{ error: { code, message, fields? } }`. An AppError
// answers with its own status and words; anything else is our bug: 500, a generic message and
// an id that is logged with the error, so support can find it. Never a stack or internal text.
import { AppError } from "./app-error";

export interface ErrorResponseOptions {
  /** The request's id, reused as the error id; a fresh one is minted without it. */
  requestId?: string;
  /** Where an unexpected error is logged (console.error by default; pass the request logger). */
  log?: (entry: { errorId: string; err: unknown }) => void;
  headers?: HeadersInit;
}

export const INTERNAL_MESSAGE = "Something went wrong";

export function errorResponse(error: unknown, options: ErrorResponseOptions = {}): Response {
  if (error instanceof AppError) {
    const fields = Object.keys(error.fields).length > 0 ? { fields: error.fields } : {};
    return Response.json(
      { error: { code: error.code, message: error.message, ...fields } },
      { status: error.status, headers: options.headers },
    );
  }
  const errorId = options.requestId ?? crypto.randomUUID();
  (options.log ?? defaultLog)({ errorId, err: error });
  return Response.json(
    { error: { code: "internal", message: INTERNAL_MESSAGE, requestId: errorId } },
    { status: 500, headers: options.headers },
  );
}

function defaultLog(entry: { errorId: string; err: unknown }): void {
  console.error("unexpected error", entry);
}
