// One error type for cart commands: a code the UI can branch on, a message a shopper can read,
// and the form field it belongs to, so actions can show it beside that field.
import type { z } from "zod";
import { AppError, fieldsOf, invalidInput } from "@/lib/errors";

export type CartErrorCode =
  | "invalid_input"
  | "variant_unavailable"
  | "out_of_stock"
  | "quantity_limit"
  | "line_not_found"
  | "cart_not_found";

const STATUS: Record<CartErrorCode, number> = {
  invalid_input: 422,
  variant_unavailable: 409,
  out_of_stock: 409,
  quantity_limit: 422,
  line_not_found: 404,
  cart_not_found: 404,
};

export class CartError extends AppError<CartErrorCode> {
  constructor(
    code: CartErrorCode,
    message: string,
    /** Field → message, for forms; `_form` when the problem is not one field's. */
    fieldErrors: Record<string, string> = { _form: message },
  ) {
    super(code, message, { status: STATUS[code], fields: fieldsOf(fieldErrors) });
    this.name = "CartError";
  }

  static fromZod(error: z.ZodError): CartError {
    const invalid = invalidInput(error);
    return new CartError("invalid_input", invalid.message, invalid.fieldErrors);
  }
}

/** Parses command input, turning a zod failure into a CartError that names the field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw CartError.fromZod(result.error);
  return result.data;
}
