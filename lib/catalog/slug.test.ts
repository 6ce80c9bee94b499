// The one slug rule, as the product and category pages apply it before any query.
import { describe, expect, it } from "vitest";
import { isSlug, productSlugSchema } from "./index";

describe("isSlug", () => {
  it("accepts lowercase words joined by single dashes, up to 200 characters", () => {
    for (const slug of ["tee", "field-t-shirt", "size-2xl", "a".repeat(200)])
      expect(isSlug(slug)).toBe(true);
  });

  it("refuses anything else, as the admin schema does", () => {
    for (const slug of [
      "",
      "Tee",
      "field--tee",
      "-tee",
      "tee-",
      "tee/shirt",
      "tée",
      "a".repeat(201),
      "../etc",
    ]) {
      expect(isSlug(slug)).toBe(false);
      expect(productSlugSchema.safeParse(slug).success).toBe(false);
    }
  });
});
