// One error type for catalog commands: a code the admin UI and the API can branch on, a
// readable message, and the form field it belongs to (`_form` when it is not one field's).
import { z } from "zod";

export type CatalogErrorCode = "invalid_input" | "not_found" | "conflict";

export class CatalogError extends Error {
  constructor(
    readonly code: CatalogErrorCode,
    message: string,
    readonly fieldErrors: Record<string, string> = { _form: message },
  ) {
    super(message);
    this.name = "CatalogError";
  }

  static fromZod(error: z.ZodError): CatalogError {
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) fieldErrors[issue.path.map(String).join(".") || "_form"] ??= issue.message;
    return new CatalogError("invalid_input", Object.values(fieldErrors)[0] ?? "Invalid input", fieldErrors);
  }
}

/** Parses command input, turning a zod failure into a CatalogError that names the field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw CatalogError.fromZod(result.error);
  return result.data;
}
