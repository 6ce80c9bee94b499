// Variant choice in the picker: exact combinations first, then the closest one in stock.
import { describe, expect, it } from "vitest";
import { initialVariant, optionValueState, variantForChoice } from "./variant-selection";

const v = (id: string, Colour: string, Size: string, available: number) => ({
  id,
  options: { Colour, Size },
  available,
});
const variants = [
  v("navy-s", "Navy", "S", 0),
  v("navy-m", "Navy", "M", 4),
  v("navy-l", "Navy", "L", 0),
  v("white-s", "White", "S", 2),
  v("white-xl", "White", "XL", 0),
  v("white-m", "White", "M", 0),
];
const byId = (id: string) => variants.find((x) => x.id === id)!;

describe("initialVariant", () => {
  it("takes the requested variant, else the first in stock, else the first", () => {
    expect(initialVariant(variants, "white-xl")?.id).toBe("white-xl");
    expect(initialVariant(variants, "nope")?.id).toBe("navy-m");
    expect(initialVariant(variants)?.id).toBe("navy-m");
    expect(initialVariant([v("a", "A", "S", 0), v("b", "B", "S", 0)])?.id).toBe("a");
    expect(initialVariant([])).toBeUndefined();
  });
});

describe("variantForChoice", () => {
  it("picks the exact combination, sold out or not", () => {
    expect(variantForChoice(variants, byId("navy-m"), "Size", "L")?.id).toBe("navy-l");
    expect(variantForChoice(variants, byId("navy-m"), "Colour", "White")?.id).toBe("white-m");
  });

  it("falls back to the value's variant keeping most choices, in stock first", () => {
    // No Navy XL: the only XL is White.
    expect(variantForChoice(variants, byId("navy-m"), "Size", "XL")?.id).toBe("white-xl");
    const three = [
      { id: "a", options: { Colour: "Red", Size: "S", Fit: "Slim" }, available: 0 },
      { id: "b", options: { Colour: "Red", Size: "M", Fit: "Wide" }, available: 3 },
      { id: "c", options: { Colour: "Blue", Size: "M", Fit: "Slim" }, available: 0 },
    ];
    // From Red/S/Slim choosing M: none keeps both Red and Slim; b and c keep one each, b is in stock.
    expect(variantForChoice(three, three[0]!, "Size", "M")?.id).toBe("b");
    expect(variantForChoice(variants, byId("navy-m"), "Size", "XXL")).toBeUndefined();
  });
});

describe("optionValueState", () => {
  it("says whether a value, next to the other choices, is in stock, sold out or not made", () => {
    const current = byId("navy-m");
    expect(optionValueState(variants, current, "Size", "M")).toBe("available");
    expect(optionValueState(variants, current, "Size", "S")).toBe("sold-out");
    expect(optionValueState(variants, current, "Size", "XL")).toBe("unavailable");
    expect(optionValueState(variants, current, "Colour", "White")).toBe("sold-out");
  });
});
