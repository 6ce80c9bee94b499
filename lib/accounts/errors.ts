// Refusals of account commands, each with a code the caller maps to a message or a status.
import { AppError } from "@/lib/errors";

export type AccountErrorCode =
  "not_found" | "limit_reached" | "invalid" | "conflict" | "last_admin" | "not_admin";

const STATUS: Record<AccountErrorCode, 404 | 409 | 422> = {
  not_found: 404,
  limit_reached: 409,
  invalid: 422,
  conflict: 409,
  last_admin: 409,
  not_admin: 409,
};

export class AccountError extends AppError<AccountErrorCode> {
  declare readonly status: 404 | 409 | 422;

  constructor(code: AccountErrorCode, message: string) {
    super(code, message, { status: STATUS[code] });
    this.name = "AccountError";
  }
}

export const addressNotFound = () =>
  new AccountError("not_found", "That address is not in your address book.");
