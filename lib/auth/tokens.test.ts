// One-time tokens: single use (also when two requests race), expiry, purpose binding, only the
// latest link working, and nothing usable stored in the database.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

process.env.AUTH_SECRET = "test-secret-0123456789-0123456789-abcdef";
const { consumeToken, issueToken, peekToken, revokeTokens } = await import("./tokens");

beforeAll(async () => {
  await db();
}, 180_000); // opening and migrating the embedded database is slow on a busy machine

describe("one-time tokens", () => {
  it("works once: the second use finds nothing", async () => {
    const prisma = await db();
    const raw = await issueToken(prisma, "reset-password", "user-1");
    expect(raw).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await peekToken(prisma, "reset-password", raw)).toBe("user-1");
    expect(await consumeToken(prisma, "reset-password", raw)).toBe("user-1");
    expect(await consumeToken(prisma, "reset-password", raw)).toBeNull();
    expect(await peekToken(prisma, "reset-password", raw)).toBeNull();
  });

  it("stores only a keyed hash, never the token", async () => {
    const prisma = await db();
    const raw = await issueToken(prisma, "verify-email", "user-2:ada@example.com");
    const rows = await prisma.verificationToken.findMany({
      where: { identifier: "verify-email:user-2:ada@example.com" },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token).not.toContain(raw);
    expect(JSON.stringify(rows)).not.toContain(raw);
  });

  it("expires: an old token is refused (and cleared away)", async () => {
    const prisma = await db();
    const issuedAt = new Date(Date.now() - 2 * 60 * 60 * 1000);
    const raw = await issueToken(prisma, "reset-password", "user-3", {
      now: issuedAt,
      ttlMs: 60 * 60 * 1000,
    });
    expect(await peekToken(prisma, "reset-password", raw)).toBeNull();
    expect(await consumeToken(prisma, "reset-password", raw)).toBeNull();
    expect(
      await prisma.verificationToken.count({ where: { identifier: "reset-password:user-3" } }),
    ).toBe(0);
    // Just inside its lifetime it still works.
    const fresh = await issueToken(prisma, "reset-password", "user-3", {
      now: new Date(Date.now() - 59 * 60 * 1000),
      ttlMs: 60 * 60 * 1000,
    });
    expect(await consumeToken(prisma, "reset-password", fresh)).toBe("user-3");
  });

  it("is bound to its purpose", async () => {
    const prisma = await db();
    const raw = await issueToken(prisma, "reset-password", "user-4");
    expect(await consumeToken(prisma, "verify-email", raw)).toBeNull();
    expect(await consumeToken(prisma, "change-email", raw)).toBeNull();
    expect(await consumeToken(prisma, "reset-password", raw)).toBe("user-4");
  });

  it("keeps only the latest token per subject working, and revokes on demand", async () => {
    const prisma = await db();
    const first = await issueToken(prisma, "reset-password", "user-5");
    const second = await issueToken(prisma, "reset-password", "user-5");
    expect(await peekToken(prisma, "reset-password", first)).toBeNull();
    expect(await peekToken(prisma, "reset-password", second)).toBe("user-5");
    const change = await issueToken(prisma, "change-email", "user-5:new@example.com");
    await revokeTokens(prisma, "change-email", "user-5");
    expect(await peekToken(prisma, "change-email", change)).toBeNull();
  });

  it("refuses malformed and guessed tokens without a match", async () => {
    const prisma = await db();
    await issueToken(prisma, "reset-password", "user-6");
    for (const guess of ["", "x", "' OR 1=1 --", "A".repeat(43), "A".repeat(500)]) {
      expect(await consumeToken(prisma, "reset-password", guess)).toBeNull();
    }
  });

  it("gives a token to exactly one of many concurrent consumers", async () => {
    const prisma = await db();
    const raw = await issueToken(prisma, "reset-password", "user-7");
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        prisma.$transaction((tx) => consumeToken(tx, "reset-password", raw)),
      ),
    );
    expect(results.filter((r) => r === "user-7")).toHaveLength(1);
  });
});
