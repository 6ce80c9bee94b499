// Refusals of account commands, each with a code the caller maps to a message or a status.
export type AccountErrorCode = "not_found" | "limit_reached" | "invalid" | "conflict";

export class AccountError extends Error {
  constructor(
    readonly code: AccountErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "AccountError";
  }

  get status(): 404 | 409 | 422 {
    return this.code === "not_found" ? 404 : this.code === "invalid" ? 422 : 409;
  }
}

export const addressNotFound = () => new AccountError("not_found", "That address is not in your address book.");
