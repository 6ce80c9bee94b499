// The address book: defaults that move and never vanish, owner-only changes, and concurrent
// "make default" clicks that leave exactly one default.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

process.env.AUTH_SECRET = "test-secret-0123456789-0123456789-abcdef";
const accounts = await import("@/lib/accounts");
const { asUser, makeUser } = await import("@/lib/auth/testing");

const base = {
  name: "Ada",
  line1: "1 Main St",
  city: "London",
  postalCode: "N1 9GU",
  country: "gb",
};
const defaults = async (userId: string) => {
  const rows = await (
    await db()
  ).address.findMany({
    where: { userId },
    select: { id: true, isDefaultShipping: true, isDefaultBilling: true },
  });
  return {
    shipping: rows.filter((r) => r.isDefaultShipping).map((r) => r.id),
    billing: rows.filter((r) => r.isDefaultBilling).map((r) => r.id),
    count: rows.length,
  };
};

beforeAll(async () => {
  await db();
}, 180_000); // opening and migrating the embedded database is slow on a busy machine

describe("address book", () => {
  it("makes the first address the default for both, and moves a default when asked", async () => {
    const user = await makeUser();
    const first = await asUser(user.id, () => accounts.createMyAddress(base));
    expect(await defaults(user.id)).toEqual({ shipping: [first], billing: [first], count: 1 });
    const second = await asUser(user.id, () =>
      accounts.createMyAddress({ ...base, line1: "2 Side St", isDefaultShipping: true }),
    );
    expect(await defaults(user.id)).toEqual({ shipping: [second], billing: [first], count: 2 });
    // Stored normalised: upper-case country, empty optional fields as null.
    const saved = await asUser(user.id, () => accounts.getMyAddress(second));
    expect(saved).toMatchObject({ country: "GB", company: null, line2: null, phone: null });
  });

  it("keeps a default when its box is unticked on edit, and promotes another when it is deleted", async () => {
    const user = await makeUser();
    const first = await asUser(user.id, () => accounts.createMyAddress(base));
    const second = await asUser(user.id, () =>
      accounts.createMyAddress({ ...base, line1: "2 Side St" }),
    );
    await asUser(user.id, () =>
      accounts.updateMyAddress(first, {
        ...base,
        line1: "1 Main Street",
        isDefaultShipping: false,
      }),
    );
    expect((await defaults(user.id)).shipping).toEqual([first]);
    await asUser(user.id, () => accounts.deleteMyAddress(first));
    expect(await defaults(user.id)).toEqual({ shipping: [second], billing: [second], count: 1 });
    await asUser(user.id, () => accounts.deleteMyAddress(second));
    expect(await defaults(user.id)).toEqual({ shipping: [], billing: [], count: 0 });
  });

  it("treats another shopper's address as not found, and changes nothing", async () => {
    const owner = await makeUser();
    const intruder = await makeUser();
    const id = await asUser(owner.id, () => accounts.createMyAddress(base));
    for (const attempt of [
      () => accounts.updateMyAddress(id, { ...base, line1: "Hijacked" }),
      () => accounts.deleteMyAddress(id),
      () => accounts.setMyDefaultAddress(id, "shipping"),
    ]) {
      await expect(asUser(intruder.id, attempt)).rejects.toMatchObject({ code: "not_found" });
    }
    expect(await asUser(intruder.id, () => accounts.getMyAddress(id))).toBeNull();
    expect(await asUser(owner.id, () => accounts.getMyAddress(id))).toMatchObject({
      line1: "1 Main St",
      isDefaultShipping: true,
    });
    expect((await defaults(intruder.id)).count).toBe(0);
  });

  it("refuses bad input with field messages and writes nothing", async () => {
    const user = await makeUser();
    await expect(
      asUser(user.id, () =>
        accounts.createMyAddress({ ...base, country: "XX", postalCode: "<script>" }),
      ),
    ).rejects.toThrow(/Choose a country|Use letters/);
    expect((await defaults(user.id)).count).toBe(0);
  });

  it("refuses signed-out callers", async () => {
    await expect(asUser(null, () => accounts.createMyAddress(base))).rejects.toMatchObject({
      code: "unauthenticated",
    });
    await expect(asUser(null, () => accounts.listMyAddresses())).rejects.toMatchObject({
      code: "unauthenticated",
    });
  });

  it("leaves exactly one default when many 'make default' requests race", async () => {
    const user = await makeUser();
    const ids: string[] = [];
    for (let i = 0; i < 8; i++)
      ids.push(
        await asUser(user.id, () => accounts.createMyAddress({ ...base, line1: `${i} Race St` })),
      );
    const results = await Promise.allSettled(
      ids.map((id) => asUser(user.id, () => accounts.setMyDefaultAddress(id, "shipping"))),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const { shipping } = await defaults(user.id);
    expect(shipping).toHaveLength(1);
    expect(ids).toContain(shipping[0]);
  });

  it("caps an address book at MAX_ADDRESSES", async () => {
    const user = await makeUser();
    await (
      await db()
    ).address.createMany({
      data: Array.from({ length: accounts.MAX_ADDRESSES }, (_, i) => ({
        ...base,
        country: "GB",
        line1: `${i} Full St`,
        userId: user.id,
      })),
    });
    await expect(asUser(user.id, () => accounts.createMyAddress(base))).rejects.toMatchObject({
      code: "limit_reached",
    });
  });
});
