// A saved address handed to checkout: only the signed-in owner's, in checkout's shape.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

process.env.AUTH_SECRET = "test-secret-0123456789-0123456789-abcdef";
const accounts = await import("@/lib/accounts");
const { addressSchema } = await import("@/lib/checkout");
const { asUser, makeUser } = await import("@/lib/auth/testing");

beforeAll(async () => {
  await db();
}, 180_000); // opening and migrating the embedded database is slow on a busy machine

describe("getMyCheckoutAddress", () => {
  it("gives the owner their address in checkout's shape, optional blanks left out", async () => {
    const owner = await makeUser();
    const id = await asUser(owner.id, () =>
      accounts.createMyAddress({
        name: "Ada",
        line1: "1 Main St",
        city: "London",
        region: "Greater London",
        postalCode: "N1 9GU",
        country: "gb",
      }),
    );
    const address = await asUser(owner.id, () => accounts.getMyCheckoutAddress(id));
    expect(address).toEqual({
      name: "Ada",
      company: undefined,
      line1: "1 Main St",
      line2: undefined,
      city: "London",
      region: "Greater London",
      postalCode: "N1 9GU",
      country: "GB",
      phone: undefined,
    });
    // What checkout will validate it with accepts it as it is.
    expect(addressSchema.safeParse(address).success).toBe(true);
  });

  it("keeps checkout's region rule: a US state by its code, never free text or blank", async () => {
    const owner = await makeUser();
    const us = {
      name: "Cy",
      line1: "3 Elm St",
      city: "Fresno",
      postalCode: "93650",
      country: "US",
    };
    for (const region of ["California", "", "ZZ"]) {
      const error = await asUser(owner.id, () => accounts.createMyAddress({ ...us, region })).catch(
        (e: unknown) => e,
      );
      expect((error as { issues?: { path: unknown[] }[] }).issues?.[0]?.path).toEqual(["region"]);
    }
    const id = await asUser(owner.id, () => accounts.createMyAddress({ ...us, region: "us-ca" }));
    const address = await asUser(owner.id, () => accounts.getMyCheckoutAddress(id));
    expect(address?.region).toBe("CA");
    expect(addressSchema.safeParse(address).success).toBe(true);
  });

  it("gives another shopper, a guest, and an unknown or empty id nothing", async () => {
    const owner = await makeUser();
    const other = await makeUser();
    const id = await asUser(owner.id, () =>
      accounts.createMyAddress({
        name: "Bo",
        line1: "2 Side St",
        city: "Paris",
        postalCode: "75001",
        country: "FR",
      }),
    );
    expect(await asUser(other.id, () => accounts.getMyCheckoutAddress(id))).toBeNull();
    expect(await asUser(null, () => accounts.getMyCheckoutAddress(id))).toBeNull();
    expect(
      await asUser(owner.id, () => accounts.getMyCheckoutAddress("no-such-address")),
    ).toBeNull();
    expect(await asUser(owner.id, () => accounts.getMyCheckoutAddress(""))).toBeNull();
  });
});

describe("checkoutAddressOf", () => {
  it("keeps filled optional fields", () => {
    expect(
      accounts.checkoutAddressOf({
        name: "Cy",
        company: "Acme",
        line1: "3 High St",
        line2: "Flat 4",
        city: "Leeds",
        region: null,
        postalCode: "LS1 1AA",
        country: "GB",
        phone: "+44 113 000",
      }),
    ).toEqual({
      name: "Cy",
      company: "Acme",
      line1: "3 High St",
      line2: "Flat 4",
      city: "Leeds",
      region: undefined,
      postalCode: "LS1 1AA",
      country: "GB",
      phone: "+44 113 000",
    });
  });
});
