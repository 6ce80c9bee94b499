// The state a form's server action returns: a message for the whole form and messages beside
// each field, plus the values to put back (never passwords). Shared by the account and checkout
// forms; nothing here knows about any one of them, and it is client-safe (pure).
import type { z } from "zod";
import { fieldErrorsFromZod, type FieldErrors } from "@/lib/errors";

export interface FormState {
  status: "idle" | "error" | "success";
  message?: string;
  /** Field → messages (the same shape as lib/errors' FieldErrors; `_form` for the whole form). */
  fieldErrors?: Partial<FieldErrors>;
  /** What the user typed, to refill the form after an error (passwords excluded). */
  values?: Record<string, string>;
}

export const idleForm: FormState = { status: "idle" };

export function formError(
  message: string,
  extra: Omit<FormState, "status" | "message"> = {},
): FormState {
  return { status: "error", message, ...extra };
}

export function formSuccess(message: string): FormState {
  return { status: "success", message };
}

/** Field messages from a zod error, keyed by the field's dotted path (lib/errors does the work). */
export function fieldErrorsOf(error: z.ZodError): Partial<FieldErrors> {
  return fieldErrorsFromZod(error);
}

/** Plain string values of `formData` for `keys` (files and missing fields become ""). */
export function formValues<K extends string>(
  formData: FormData,
  keys: readonly K[],
): Record<K, string> {
  const values = {} as Record<K, string>;
  for (const key of keys) {
    const value = formData.get(key);
    values[key] = typeof value === "string" ? value : "";
  }
  return values;
}

/** The values to send back with an error: everything but fields whose name says password or token. */
export function echoValues(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !/password|token/i.test(key)));
}
