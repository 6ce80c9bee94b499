// One error type for cart commands: a code the UI can branch on, a message a shopper can read,
// and the form field it belongs to, so actions can show it beside that field.
import { z } from "zod";

export type CartErrorCode =
  | "invalid_input"
  | "variant_unavailable"
  | "out_of_stock"
  | "quantity_limit"
  | "line_not_found"
  | "cart_not_found";

export class CartError extends Error {
  constructor(
    readonly code: CartErrorCode,
    message: string,
    /** Field → message, for forms; `_form` when the problem is not one field's. */
    readonly fieldErrors: Record<string, string> = { _form: message },
  ) {
    super(message);
    this.name = "CartError";
  }

  static fromZod(error: z.ZodError): CartError {
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) {
      const field = issue.path.map(String).join(".") || "_form";
      fieldErrors[field] ??= issue.message;
    }
    return new CartError("invalid_input", Object.values(fieldErrors)[0] ?? "Invalid input", fieldErrors);
  }
}

/** Parses command input, turning a zod failure into a CartError that names the field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw CartError.fromZod(result.error);
  return result.data;
}
