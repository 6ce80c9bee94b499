// The shop keeps at least one ADMIN: two admins demoting each other at once leave exactly one,
// and the last admin cannot be demoted (the check runs under a lock in lib/auth's setUserRole).
import { describe, expect, it } from "vitest";
import { asUser, makeUser, outcome } from "@/lib/auth/testing";
import { db } from "@/lib/db";
import { AccountError, changeUserRole } from "./index";

const adminsLeft = async () => (await db()).user.count({ where: { role: "ADMIN" } });

describe("changeUserRole keeps an admin", () => {
  it("two admins demoting each other at once: exactly one succeeds, one ADMIN remains", async () => {
    // Earlier rounds' admins are demoted by the next round's, so each round starts with two.
    for (let round = 0; round < 5; round++) {
      const prisma = await db();
      await prisma.user.updateMany({ where: { role: "ADMIN" }, data: { role: "CUSTOMER" } });
      const [a, b] = await Promise.all([
        makeUser({ role: "ADMIN", password: null }),
        makeUser({ role: "ADMIN", password: null }),
      ]);
      const results = await Promise.all([
        outcome(() => asUser(a.id, () => changeUserRole({ userId: b.id, role: "CUSTOMER" }))),
        outcome(() => asUser(b.id, () => changeUserRole({ userId: a.id, role: "CUSTOMER" }))),
      ]);
      expect(results.filter((r) => r.kind === "value")).toHaveLength(1);
      const refused = results.find((r) => r.kind === "error");
      expect(refused?.kind === "error" && refused.error).toBeInstanceOf(AccountError);
      expect(await adminsLeft()).toBe(1);
    }
  });

  it("refuses to demote the last admin", async () => {
    const prisma = await db();
    await prisma.user.updateMany({ where: { role: "ADMIN" }, data: { role: "CUSTOMER" } });
    const target = await makeUser({ role: "ADMIN", password: null });
    // An actor who is not (or no longer) an admin is refused before anything else.
    const staff = await makeUser({ role: "STAFF", password: null });
    const { setUserRole } = await import("@/lib/auth");
    const { inTransaction } = await import("@/lib/db");
    expect(await inTransaction((tx) => setUserRole(tx, target.id, "CUSTOMER"))).toEqual({
      ok: false,
      reason: "last_admin",
    });
    expect(
      await inTransaction((tx) => setUserRole(tx, target.id, "CUSTOMER", { actorId: staff.id })),
    ).toEqual({ ok: false, reason: "actor_not_admin" });
    expect(await adminsLeft()).toBe(1);
  });
});
