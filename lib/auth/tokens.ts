// One-time tokens for password reset and email verification. The link carries 256 random bits;
// the database keeps only an HMAC of them bound to their purpose (keyed with AUTH_SECRET), so a
// leaked table cannot be turned into working links and a reset token cannot verify an email.
// Single use: consuming deletes the row, and only the caller whose delete removed it wins.
import { createHmac, randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db";
import { authSecret } from "./secret";

export type TokenPurpose = "reset-password" | "verify-email" | "change-email";

export const TOKEN_TTL_MS: Record<TokenPurpose, number> = {
  "reset-password": 60 * 60 * 1000,
  "verify-email": 24 * 60 * 60 * 1000,
  "change-email": 24 * 60 * 60 * 1000,
};

type TokenClient = Pick<Tx, "verificationToken">;

const RAW_TOKEN = /^[A-Za-z0-9_-]{43}$/;

function digest(purpose: TokenPurpose, raw: string): string {
  return createHmac("sha256", authSecret()).update(`${purpose}:${raw}`).digest("base64url");
}

const identifier = (purpose: TokenPurpose, subject: string) => `${purpose}:${subject}`;

/**
 * A new token for `subject` (a user id, or "userId:email"); earlier tokens of the same purpose
 * and subject stop working, so only the latest link does. Returns the raw token for the link.
 */
export async function issueToken(
  tx: TokenClient,
  purpose: TokenPurpose,
  subject: string,
  options: { now?: Date; ttlMs?: number } = {},
): Promise<string> {
  const now = options.now ?? new Date();
  const raw = randomBytes(32).toString("base64url");
  await tx.verificationToken.deleteMany({ where: { identifier: identifier(purpose, subject) } });
  await tx.verificationToken.create({
    data: {
      identifier: identifier(purpose, subject),
      token: digest(purpose, raw),
      expires: new Date(now.getTime() + (options.ttlMs ?? TOKEN_TTL_MS[purpose])),
    },
  });
  return raw;
}

/** The subject of a live token, without using it up (to show a form, or check a policy first). */
export async function peekToken(
  tx: TokenClient,
  purpose: TokenPurpose,
  raw: string,
  now = new Date(),
): Promise<string | null> {
  if (!RAW_TOKEN.test(raw)) return null;
  const row = await tx.verificationToken.findFirst({
    where: {
      token: digest(purpose, raw),
      identifier: { startsWith: `${purpose}:` },
      expires: { gt: now },
    },
    select: { identifier: true },
  });
  return row ? row.identifier.slice(purpose.length + 1) : null;
}

/** Uses the token up and returns its subject; null when unknown, expired or already used. */
export async function consumeToken(
  tx: TokenClient,
  purpose: TokenPurpose,
  raw: string,
  now = new Date(),
): Promise<string | null> {
  if (!RAW_TOKEN.test(raw)) return null;
  const token = digest(purpose, raw);
  const row = await tx.verificationToken.findFirst({
    where: { token, identifier: { startsWith: `${purpose}:` } },
    select: { identifier: true, expires: true },
  });
  if (!row) return null;
  // Delete even when expired (tidying up); the count says whether this caller took it.
  const { count } = await tx.verificationToken.deleteMany({
    where: { identifier: row.identifier, token },
  });
  if (count !== 1 || row.expires <= now) return null;
  return row.identifier.slice(purpose.length + 1);
}

/** Cancels every token of `purpose` whose subject is `subject` or starts with `subject:`. */
export async function revokeTokens(
  tx: TokenClient,
  purpose: TokenPurpose,
  subject: string,
): Promise<void> {
  await tx.verificationToken.deleteMany({
    where: {
      OR: [
        { identifier: identifier(purpose, subject) },
        { identifier: { startsWith: `${identifier(purpose, subject)}:` } },
      ],
    },
  });
}
