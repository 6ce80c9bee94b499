import { scryptSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, verifyPassword } from "./password";

describe("hashPassword", () => {
  it("stores the algorithm, its parameters, a 16-byte salt and a 64-byte key", async () => {
    const stored = await hashPassword("correct horse battery staple");
    const [algorithm, N, r, p, salt, key] = stored.split("$");
    expect({ algorithm, N, r, p }).toEqual({ algorithm: "scrypt", N: "32768", r: "8", p: "1" });
    expect(Buffer.from(salt!, "base64")).toHaveLength(16);
    expect(Buffer.from(key!, "base64")).toHaveLength(64);
  });

  it("salts every hash, so equal passwords give different hashes", async () => {
    const [a, b] = await Promise.all([hashPassword("same"), hashPassword("same")]);
    expect(a).not.toBe(b);
  });

  it("is real scrypt: a hash recomputed independently matches", async () => {
    const stored = await hashPassword("interoperable");
    const [, N, r, p, salt, key] = stored.split("$");
    const again = scryptSync("interoperable", Buffer.from(salt!, "base64"), 64, {
      N: Number(N),
      r: Number(r),
      p: Number(p),
      maxmem: 64 * 1024 * 1024,
    });
    expect(again.toString("base64")).toBe(key);
  });
});

describe("verifyPassword", () => {
  it("accepts the right password and refuses a wrong one", async () => {
    const stored = await hashPassword("s3cret-Passw0rd");
    expect(await verifyPassword("s3cret-Passw0rd", stored)).toBe(true);
    expect(await verifyPassword("s3cret-passw0rd", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
  });

  it("treats Unicode forms of the same password alike", async () => {
    const stored = await hashPassword("caf\u00e9");
    expect(await verifyPassword("cafe\u0301", stored)).toBe(true);
  });

  it("still verifies hashes made with other (older) parameters", async () => {
    const salt = Buffer.alloc(16, 7);
    const key = scryptSync("legacy", salt, 64, { N: 2 ** 14, r: 8, p: 1 });
    const stored = `scrypt$16384$8$1$${salt.toString("base64")}$${key.toString("base64")}`;
    expect(await verifyPassword("legacy", stored)).toBe(true);
    expect(needsRehash(stored)).toBe(true);
    expect(needsRehash(await hashPassword("legacy"))).toBe(false);
  });

  it("returns false, without throwing, for missing, malformed or hostile hashes", async () => {
    const good = await hashPassword("x");
    const parts = good.split("$");
    const hostile = ["scrypt", 2 ** 30, 8, 1, parts[4], parts[5]].join("$");
    for (const stored of [
      null,
      undefined,
      "",
      "plaintext",
      "bcrypt$2b$10$abc",
      "scrypt$3$8$1$aa$bb",
      hostile,
    ]) {
      expect(await verifyPassword("x", stored)).toBe(false);
    }
  });

  it("is not fooled by a hash whose key was truncated", async () => {
    const stored = await hashPassword("x");
    const parts = stored.split("$");
    const truncated = [
      ...parts.slice(0, 5),
      Buffer.from(parts[5]!, "base64").subarray(0, 32).toString("base64"),
    ];
    expect(await verifyPassword("x", truncated.join("$"))).toBe(false);
  });
});
