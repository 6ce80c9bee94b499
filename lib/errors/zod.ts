// zod's issues as field errors, keyed like the form's inputs. The one place this loop lives.
import type { z } from "zod";
import { AppError, FORM_FIELD, type FieldErrors } from "./app-error";

/**
 * zod issues → `{ "shippingAddress.city": ["Enter a city"], … }`: every message per dotted path,
 * in order; issues about the whole input go under `_form`. `prefix` nests them ("shippingAddress.").
 */
export function fieldErrorsFromZod(error: z.ZodError, prefix = ""): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".");
    const field = path ? `${prefix}${path}` : prefix ? prefix.replace(/\.$/, "") : FORM_FIELD;
    (fields[field] ??= []).push(issue.message);
  }
  return fields;
}

/** A zod failure as an `invalid_input` AppError (422) whose message is the first issue's. */
export function invalidInput(error: z.ZodError, message?: string): AppError<"invalid_input"> {
  return new AppError("invalid_input", message ?? error.issues[0]?.message ?? "Invalid input", {
    status: 422,
    fields: fieldErrorsFromZod(error),
  });
}
