// The one error type the domain throws on purpose: a stable `code` callers branch on, the HTTP
// `status` it stands for, a message a person can read, and optional per-field messages. Each
// module's error classes extend it, so one mapper answers them all (http.ts, action.ts).

/** Field path ("email", "shippingAddress.city") → messages; `_form` when no one field is at fault. */
export type FieldErrors = Record<string, string[]>;

/** The field key for a problem with the whole form or input. */
export const FORM_FIELD = "_form";

export interface AppErrorOptions {
  /** HTTP status the error stands for; 400 when not given. */
  status?: number;
  fields?: FieldErrors;
  /** Structured facts for callers (never sent to clients by the mappers). */
  details?: Readonly<Record<string, unknown>>;
  cause?: unknown;
}

export class AppError<Code extends string = string> extends Error {
  readonly code: Code;
  readonly status: number;
  readonly fields: FieldErrors;
  readonly details?: Readonly<Record<string, unknown>>;

  constructor(code: Code, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.status = options.status ?? 400;
    this.fields = options.fields ?? {};
    this.details = options.details;
  }

  /** The first message of each field, for forms that show one message per input. */
  get fieldErrors(): Record<string, string> {
    return firstMessages(this.fields);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** `{ quantity: ["Too many", …] }` → `{ quantity: "Too many" }`. */
export function firstMessages(fields: FieldErrors): Record<string, string> {
  const first: Record<string, string> = {};
  for (const [field, messages] of Object.entries(fields))
    if (messages[0] !== undefined) first[field] = messages[0];
  return first;
}

/** `{ quantity: "Too many" }` → `{ quantity: ["Too many"] }`, for callers holding one message per field. */
export function fieldsOf(messages: Readonly<Record<string, string>>): FieldErrors {
  return Object.fromEntries(Object.entries(messages).map(([field, message]) => [field, [message]]));
}
