// Guards: who the session says, checked against the database on every request.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

process.env.AUTH_SECRET = "test-secret-0123456789-0123456789-abcdef";
const {
  getSessionUser,
  requireRole,
  requireUser,
  roleOrThrow,
  userOrThrow,
  runWithBoundary,
  AccessError,
} = await import("@/lib/auth");
// withAuth lives in lib/api (it wraps routes); its checks are the guards tested here.
const { withAuth } = await import("@/lib/api");
const { asUser, claimsFor, makeUser, outcome, testBoundary } = await import("./testing");
const { hashPassword } = await import("./password");

let customer: Awaited<ReturnType<typeof makeUser>>;
let staff: Awaited<ReturnType<typeof makeUser>>;
let admin: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  await db();
  [customer, staff, admin] = await Promise.all([
    makeUser(),
    makeUser({ role: "STAFF" }),
    makeUser({ role: "ADMIN" }),
  ]);
}, 180_000); // opening and migrating the embedded database is slow on a busy machine

describe("page and action guards", () => {
  it("requireUser redirects a signed-out visitor to sign-in with a safe return path", async () => {
    expect(await asUser(null, () => outcome(() => requireUser("/account/orders?page=2")))).toEqual({
      kind: "redirect",
      location: "/account/sign-in?callbackUrl=%2Faccount%2Forders%3Fpage%3D2",
    });
    // An absolute or protocol-relative return path is dropped, not followed.
    expect(await asUser(null, () => outcome(() => requireUser("//evil.example/x")))).toEqual({
      kind: "redirect",
      location: "/account/sign-in",
    });
    expect(await asUser(customer.id, () => outcome(() => requireUser()))).toMatchObject({
      kind: "value",
      value: { id: customer.id, role: "CUSTOMER" },
    });
  });

  it("requireRole answers 404 to a signed-in user without the role", async () => {
    expect(await asUser(customer.id, () => outcome(() => requireRole(["STAFF", "ADMIN"])))).toEqual(
      { kind: "not-found" },
    );
    expect(await asUser(staff.id, () => outcome(() => requireRole("ADMIN")))).toEqual({
      kind: "not-found",
    });
    expect(
      await asUser(staff.id, () => outcome(() => requireRole(["STAFF", "ADMIN"]))),
    ).toMatchObject({ kind: "value" });
    expect(await asUser(admin.id, () => outcome(() => requireRole("ADMIN")))).toMatchObject({
      kind: "value",
    });
    expect(
      await asUser(null, () => outcome(() => requireRole("ADMIN", "/admin/users"))),
    ).toMatchObject({ kind: "redirect" });
  });

  it("data-layer guards throw AccessError with the right code", async () => {
    await expect(asUser(null, () => userOrThrow())).rejects.toMatchObject({
      code: "unauthenticated",
      status: 401,
    });
    await expect(asUser(customer.id, () => roleOrThrow("ADMIN"))).rejects.toBeInstanceOf(
      AccessError,
    );
    await expect(asUser(customer.id, () => roleOrThrow("ADMIN"))).rejects.toMatchObject({
      code: "forbidden",
      status: 403,
    });
  });
});

describe("the session is checked against the database", () => {
  it("sees a role change at once", async () => {
    const user = await makeUser();
    const claims = await claimsFor(user.id);
    await (await db()).user.update({ where: { id: user.id }, data: { role: "STAFF" } });
    const seen = await runWithBoundary(testBoundary({ claims }), () => getSessionUser());
    expect(seen?.role).toBe("STAFF");
  });

  it("ends sessions issued before a password change, and of deleted users", async () => {
    const user = await makeUser();
    const claims = await claimsFor(user.id);
    expect(await runWithBoundary(testBoundary({ claims }), () => getSessionUser())).not.toBeNull();
    await (
      await db()
    ).user.update({
      where: { id: user.id },
      data: { passwordHash: await hashPassword("another long passphrase") },
    });
    expect(await runWithBoundary(testBoundary({ claims }), () => getSessionUser())).toBeNull();
    const fresh = await claimsFor(user.id);
    await (await db()).user.delete({ where: { id: user.id } });
    expect(
      await runWithBoundary(testBoundary({ claims: fresh }), () => getSessionUser()),
    ).toBeNull();
  });

  it("refuses a forged stamp", async () => {
    const claims = { userId: admin.id, stamp: "forged" };
    expect(await runWithBoundary(testBoundary({ claims }), () => getSessionUser())).toBeNull();
  });
});

describe("withAuth for route handlers", () => {
  const handler = withAuth("/api/v1/test", { roles: ["ADMIN"] }, (_req, _ctx: unknown, { user }) =>
    Response.json({ id: user.id }),
  );
  const throwing = withAuth("/api/v1/test", {}, () => {
    throw new AccessError("forbidden");
  });
  const get = (headers: HeadersInit = {}) =>
    new Request("http://shop.test/api/v1/test", { headers });
  const post = (origin: string) =>
    new Request("http://shop.test/api/v1/test", {
      method: "POST",
      headers: { origin, host: "shop.test" },
    });

  it("answers 401 signed out, 403 without the role, 200 with it", async () => {
    expect((await asUser(null, () => handler(get(), {}))).status).toBe(401);
    expect((await asUser(staff.id, () => handler(get(), {}))).status).toBe(403);
    const ok = await asUser(admin.id, () => handler(get(), {}));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ id: admin.id });
  });

  it("refuses a mutating request from a foreign origin before looking at the session", async () => {
    expect((await asUser(admin.id, () => handler(post("https://evil.example"), {}))).status).toBe(
      403,
    );
    expect((await asUser(admin.id, () => handler(post("http://shop.test"), {}))).status).toBe(200);
  });

  it("turns an AccessError thrown by the data layer into its status", async () => {
    expect((await asUser(customer.id, () => throwing(get(), {}))).status).toBe(403);
  });
});
