// What must never reach the logs, in three layers: pino's `redact` paths (fast, exact keys a
// level or two deep), a deep walk over logged objects by key name (any depth), and a last pass
// over every finished line for values that look secret wherever they hide (messages, errors).

export const REDACTED = "[Redacted]";

// Keys whose values are secrets, however deep they sit.
const SENSITIVE_KEY =
  /^(authorization|proxy-authorization|cookie|set-cookie|pass|pwd|pan|cvc|cvv|cvv2)$|password|passwd|passphrase|secret|token|api[-_]?key|card[-_]?number|private[-_]?key/i;

const PATH_KEYS = [
  "authorization",
  "cookie",
  "password",
  "currentPassword",
  "newPassword",
  "passwordHash",
  "secret",
  "clientSecret",
  "token",
  "accessToken",
  "refreshToken",
  "apiKey",
  "cardNumber",
  "cvc",
];

/** Paths for pino's `redact`: each key at the top level, one level down and in headers. */
export const REDACT_PATHS = [
  ...PATH_KEYS.flatMap((key) => [key, `*.${key}`]),
  "*.headers.authorization",
  "*.headers.cookie",
  '*.headers["set-cookie"]',
];

export function isSensitiveKey(key: string): boolean {
  return SENSITIVE_KEY.test(key);
}

/**
 * A copy of `value` with every sensitive key's value replaced. Walks plain objects and arrays
 * only: errors, dates and class instances are left to their serializers and to `scrubLine`.
 */
export function scrubKeys<T>(value: T, depth = 0): T {
  if (depth > 8 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item: unknown) => scrubKeys(item, depth + 1)) as T;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    copy[key] = isSensitiveKey(key) ? REDACTED : scrubKeys(inner, depth + 1);
  }
  return copy as T;
}

// A card number: 13–19 digits, maybe grouped by spaces or dashes, starting 2–6 (the card
// networks' ranges; epoch timestamps start with 1) and passing the Luhn check.
const CARD_CANDIDATE = /(?<![\d.])(?:\d[ -]?){12,18}\d(?![\d.])/g;
const LINE_PATTERNS: Array<[RegExp, string]> = [
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, `$1 ${REDACTED}`],
  // Credentials inside URLs, e.g. a DATABASE_URL quoted in a driver's error message.
  [/([a-z][a-z0-9+.-]*:\/\/[^\s:/@"]*:)[^\s@"/]+@/gi, `$1${REDACTED}@`],
  [/\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]+|\bwhsec_[A-Za-z0-9]+/g, REDACTED],
];

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

function looksLikeCardNumber(candidate: string): boolean {
  const digits = candidate.replace(/[ -]/g, "");
  return digits.length >= 13 && digits.length <= 19 && /^[2-6]/.test(digits) && passesLuhn(digits);
}

/** The last guard, run on each serialized log line before it is written. */
export function scrubLine(line: string): string {
  let out = line.replace(CARD_CANDIDATE, (match) =>
    looksLikeCardNumber(match) ? REDACTED : match,
  );
  for (const [pattern, replacement] of LINE_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}
