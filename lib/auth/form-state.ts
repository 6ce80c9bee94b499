// The state a form's server action returns: a message for the whole form and messages beside
// each field, plus the values to put back (never passwords). Shared by every account form.
import { z } from "zod";

export interface FormState {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: Partial<Record<string, string[]>>;
  /** What the user typed, to refill the form after an error (passwords excluded). */
  values?: Record<string, string>;
}

export const idleForm: FormState = { status: "idle" };

export function formError(message: string, extra: Omit<FormState, "status" | "message"> = {}): FormState {
  return { status: "error", message, ...extra };
}

export function formSuccess(message: string): FormState {
  return { status: "success", message };
}

/** Field messages from a zod error, keyed by the first path segment. */
export function fieldErrorsOf(error: z.ZodError): Partial<Record<string, string[]>> {
  return z.flattenError(error).fieldErrors as Partial<Record<string, string[]>>;
}

/** Plain string values of `formData` for `keys` (files and missing fields become ""). */
export function formValues<K extends string>(formData: FormData, keys: readonly K[]): Record<K, string> {
  const values = {} as Record<K, string>;
  for (const key of keys) {
    const value = formData.get(key);
    values[key] = typeof value === "string" ? value : "";
  }
  return values;
}

/** The values to send back with an error: everything but fields whose name says password. */
export function echoValues(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !/password|token/i.test(key)));
}
