import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { actionFailure, AppError, errorResponse, fieldErrorsFromZod, invalidInput } from "./index";

const schema = z.object({
  email: z.email("Enter an email"),
  address: z.object({ city: z.string().min(1, "Enter a city") }),
});
const zodError = () => schema.safeParse({ email: "x", address: { city: "" } }).error!;

describe("fieldErrorsFromZod", () => {
  it("keys messages by dotted path, whole-input issues under _form, with an optional prefix", () => {
    expect(fieldErrorsFromZod(zodError())).toEqual({
      email: ["Enter an email"],
      "address.city": ["Enter a city"],
    });
    expect(fieldErrorsFromZod(z.string().safeParse(1).error!)).toEqual({
      _form: [expect.any(String)],
    });
    expect(Object.keys(fieldErrorsFromZod(zodError(), "shipping."))).toEqual([
      "shipping.email",
      "shipping.address.city",
    ]);
  });

  it("makes an invalid_input AppError whose message is the first issue's", () => {
    const error = invalidInput(zodError());
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "invalid_input", status: 422, message: "Enter an email" });
    expect(error.fieldErrors).toEqual({ email: "Enter an email", "address.city": "Enter a city" });
  });
});

describe("errorResponse", () => {
  it("answers an AppError with its status, code, message and fields", async () => {
    const response = errorResponse(
      new AppError("out_of_stock", "Sold out", {
        status: 409,
        fields: { quantity: ["Sold out"] },
        details: { secret: 1 },
      }),
    );
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      error: { code: "out_of_stock", message: "Sold out", fields: { quantity: ["Sold out"] } },
    });
  });

  it("answers anything else with a generic 500 and a logged id, never its text", async () => {
    const log = vi.fn();
    const response = errorResponse(new Error("password=hunter2 at db.ts:12"), {
      requestId: "rid-1",
      log,
    });
    expect(response.status).toBe(500);
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({
      error: { code: "internal", message: "Something went wrong", requestId: "rid-1" },
    });
    expect(body).not.toContain("hunter2");
    expect(log).toHaveBeenCalledWith({ errorId: "rid-1", err: expect.any(Error) });
  });
});

describe("actionFailure", () => {
  it("keeps an AppError's words, putting a whole-form problem under _form", () => {
    expect(actionFailure(new AppError("cart_not_found", "Gone", { status: 404 }))).toEqual({
      ok: false,
      code: "cart_not_found",
      error: "Gone",
      fieldErrors: { _form: "Gone" },
    });
    expect(actionFailure(invalidInput(zodError())).fieldErrors).toEqual({
      email: "Enter an email",
      "address.city": "Enter a city",
    });
  });

  it("logs anything else and says the fallback", () => {
    const log = vi.fn();
    expect(actionFailure(new Error("boom"), { fallback: "Try again", log })).toEqual({
      ok: false,
      code: "internal",
      error: "Try again",
      fieldErrors: { _form: "Try again" },
    });
    expect(log).toHaveBeenCalledOnce();
  });
});
