// Shapes the account components take: plain data and server-action callbacks.
import type { FormState } from "@/lib/forms/client";

/** A server action used with useActionState: previous state and the form's data in, new state out. */
export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/** A server action posted by a plain form (delete, set default, sign out). */
export type PlainAction = (formData: FormData) => Promise<void>;
