// Refusals the data layer throws. Pages turn them into a redirect or a 404, actions into a form
// message, route handlers into 401/403 (see guards.ts), so each caller answers in its own way.
import { AppError } from "@/lib/errors";

export type AccessErrorCode = "unauthenticated" | "forbidden";

export class AccessError extends AppError<AccessErrorCode> {
  declare readonly status: 401 | 403;

  constructor(
    code: AccessErrorCode,
    message = code === "unauthenticated"
      ? "Please sign in to continue."
      : "You do not have access to this.",
  ) {
    super(code, message, { status: code === "unauthenticated" ? 401 : 403 });
    this.name = "AccessError";
  }
}

export function isAccessError(error: unknown): error is AccessError {
  return error instanceof AccessError;
}
