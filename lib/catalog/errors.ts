// One error type for catalog commands: a code the admin UI and the API can branch on, a
// readable message, and the form field it belongs to (`_form` when it is not one field's).
import type { z } from "zod";
import { AppError, fieldsOf, invalidInput } from "@/lib/errors";

export type CatalogErrorCode = "invalid_input" | "not_found" | "conflict";

const STATUS: Record<CatalogErrorCode, number> = {
  invalid_input: 422,
  not_found: 404,
  conflict: 409,
};

export class CatalogError extends AppError<CatalogErrorCode> {
  constructor(
    code: CatalogErrorCode,
    message: string,
    fieldErrors: Record<string, string> = { _form: message },
  ) {
    super(code, message, { status: STATUS[code], fields: fieldsOf(fieldErrors) });
    this.name = "CatalogError";
  }

  static fromZod(error: z.ZodError): CatalogError {
    const invalid = invalidInput(error);
    return new CatalogError("invalid_input", invalid.message, invalid.fieldErrors);
  }
}

/** Parses command input, turning a zod failure into a CatalogError that names the field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw CatalogError.fromZod(result.error);
  return result.data;
}
