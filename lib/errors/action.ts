// Any thrown value → what a server action answers a form: `{ ok: false, code, error, fieldErrors }`
// with one message per field. An AppError keeps its words (whole-form problems under `_form`);
// anything else is logged and answered with the caller's generic message.
import { AppError, FORM_FIELD } from "./app-error";

export interface ActionFailure {
  ok: false;
  code: string;
  /** The message for the whole form. */
  error: string;
  /** Field → its first message; `_form` when the problem is not one field's. */
  fieldErrors: Record<string, string>;
}

export interface ActionFailureOptions {
  /** Said when the error is not an AppError (its own text may be internal). */
  fallback?: string;
  /** Where an unexpected error is logged (console.error by default; pass the request logger). */
  log?: (err: unknown) => void;
}

export function actionFailure(error: unknown, options: ActionFailureOptions = {}): ActionFailure {
  if (error instanceof AppError) {
    const fieldErrors = error.fieldErrors;
    return {
      ok: false,
      code: error.code,
      error: error.message,
      fieldErrors:
        Object.keys(fieldErrors).length > 0 ? fieldErrors : { [FORM_FIELD]: error.message },
    };
  }
  (options.log ?? ((err) => console.error("unexpected error in a server action", err)))(error);
  const message = options.fallback ?? "Something went wrong. Please try again.";
  return { ok: false, code: "internal", error: message, fieldErrors: { [FORM_FIELD]: message } };
}
