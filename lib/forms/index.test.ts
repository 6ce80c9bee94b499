// Form state helpers: field messages from zod (through lib/errors), values read from FormData,
// and nothing secret echoed back.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { echoValues, fieldErrorsOf, formError, formSuccess, formValues, idleForm } from "./index";

describe("form state", () => {
  it("builds idle, error and success states", () => {
    expect(idleForm).toEqual({ status: "idle" });
    expect(formSuccess("Saved")).toEqual({ status: "success", message: "Saved" });
    expect(formError("Check it", { fieldErrors: { name: ["Required"] } })).toEqual({
      status: "error",
      message: "Check it",
      fieldErrors: { name: ["Required"] },
    });
  });

  it("keys zod messages by field, every message kept", () => {
    const schema = z.object({
      email: z.email("Enter an email"),
      password: z.string().min(10, "Too short").regex(/\d/, "Add a digit"),
    });
    const error = schema.safeParse({ email: "x", password: "abc" }).error!;
    expect(fieldErrorsOf(error)).toEqual({
      email: ["Enter an email"],
      password: ["Too short", "Add a digit"],
    });
  });

  it("reads string values, files and missing fields as empty", () => {
    const data = new FormData();
    data.set("name", "Ada");
    data.set("avatar", new Blob(["x"]), "a.png");
    expect(formValues(data, ["name", "avatar", "missing"] as const)).toEqual({
      name: "Ada",
      avatar: "",
      missing: "",
    });
  });

  it("never echoes passwords or tokens", () => {
    expect(
      echoValues({ email: "a@b.c", password: "x", newPassword: "y", token: "t", name: "Ada" }),
    ).toEqual({ email: "a@b.c", name: "Ada" });
  });
});
