// Signed ids: one purpose's signature never passes for another's.
import { expect, it } from "vitest";
import { signedIds } from "./signed-ids";

it("round-trips an id, and refuses a signature made for another purpose or a non-id", () => {
  const carts = signedIds("cartwright:test-a:v1", "test values");
  const orders = signedIds("cartwright:test-b:v1", "other test values");
  const signed = carts.sign("abc123");
  expect(carts.verify(signed)).toBe("abc123");
  expect(orders.verify(signed)).toBeNull();
  expect(orders.verify(orders.sign("abc123"))).toBe("abc123");
  expect(() => carts.sign("not an id!")).toThrow(/Not an id for test values/);
});
