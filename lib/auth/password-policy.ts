// What a new password must be, with one clear message per rule. Length does most of the work
// (NIST 800-63B: no composition rules), plus refusing what an attacker tries first.
import { COMMON_PASSWORDS } from "./common-passwords";

export const PASSWORD_MIN_LENGTH = 10;
// Long enough for any passphrase; short enough that hashing it costs nothing extra.
export const PASSWORD_MAX_LENGTH = 128;

export interface PasswordContext {
  email?: string | null;
  name?: string | null;
}

/** The problems with `password`, as sentences to show beside the field; empty when it is fine. */
export function passwordProblems(password: string, context: PasswordContext = {}): string[] {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return [`Use at least ${PASSWORD_MIN_LENGTH} characters.`];
  if (length > PASSWORD_MAX_LENGTH) return [`Use at most ${PASSWORD_MAX_LENGTH} characters.`];
  const lower = password.normalize("NFKC").toLowerCase();
  const problems: string[] = [];
  const email = context.email?.trim().toLowerCase();
  const localPart = email?.split("@")[0];
  if (email && (lower === email || lower === localPart || lower.replace(/\s/g, "") === email)) {
    problems.push("Don't use your email address as your password.");
  }
  const name = context.name?.trim().toLowerCase().replace(/\s+/g, "");
  if (name && name.length >= 4 && lower.replace(/\s+/g, "") === name) {
    problems.push("Don't use your name as your password.");
  }
  if (COMMON_PASSWORDS.has(lower) || new Set(lower).size === 1) {
    problems.push("This password is too common and easy to guess. Try a few unrelated words.");
  }
  return problems;
}
