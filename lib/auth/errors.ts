// Refusals the data layer throws. Pages turn them into a redirect or a 404, actions into a form
// message, route handlers into 401/403 (see guards.ts), so each caller answers in its own way.

export type AccessErrorCode = "unauthenticated" | "forbidden";

export class AccessError extends Error {
  constructor(
    readonly code: AccessErrorCode,
    message = code === "unauthenticated" ? "Please sign in to continue." : "You do not have access to this.",
  ) {
    super(message);
    this.name = "AccessError";
  }

  get status(): 401 | 403 {
    return this.code === "unauthenticated" ? 401 : 403;
  }
}

export function isAccessError(error: unknown): error is AccessError {
  return error instanceof AccessError;
}
