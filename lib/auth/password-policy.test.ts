import { describe, expect, it } from "vitest";
import { PASSWORD_MIN_LENGTH, passwordProblems } from "./password-policy";
import { signUpSchema } from "./schemas";

describe("passwordProblems", () => {
  it("accepts a long, unremarkable passphrase", () => {
    expect(
      passwordProblems("tidal lantern orchard 42", { email: "ada@example.com", name: "Ada" }),
    ).toEqual([]);
  });

  it("asks for at least ten characters, counting characters not bytes", () => {
    expect(passwordProblems("short1!")).toEqual([
      `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
    ]);
    expect(passwordProblems("ééééééééé")).toEqual([
      `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
    ]);
    expect(passwordProblems("🙂".repeat(9))).toHaveLength(1);
  });

  it("refuses the email address, its local part and the name", () => {
    const context = { email: "Ada.Lovelace@Example.com", name: "Ada Lovelace" };
    expect(passwordProblems("ada.lovelace@example.com", context)).toContain(
      "Don't use your email address as your password.",
    );
    expect(passwordProblems("ADA.LOVELACE", context)).toContain(
      "Don't use your email address as your password.",
    );
    expect(passwordProblems("adalovelace", context)).toContain(
      "Don't use your name as your password.",
    );
  });

  it("refuses common passwords whatever their case, and one repeated character", () => {
    for (const common of [
      "password123",
      "Password123",
      "QWERTYUIOP",
      "1234567890",
      "zzzzzzzzzzzz",
    ]) {
      expect(passwordProblems(common)).toEqual([
        "This password is too common and easy to guess. Try a few unrelated words.",
      ]);
    }
  });

  it("refuses more than 128 characters", () => {
    expect(passwordProblems("x".repeat(120) + "abcdefghi")).toEqual([
      "Use at most 128 characters.",
    ]);
  });
});

describe("signUpSchema", () => {
  it("puts policy messages beside the password field and normalises the email", () => {
    const bad = signUpSchema.safeParse({
      name: "Ada",
      email: "ada@example.com",
      password: "ada@example.com",
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["password", "Don't use your email address as your password."],
    ]);
    const good = signUpSchema.parse({
      name: " Ada ",
      email: "  Ada@Example.COM ",
      password: "tidal lantern orchard",
    });
    expect(good).toEqual({
      name: "Ada",
      email: "ada@example.com",
      password: "tidal lantern orchard",
    });
  });
});
