// Word cutting, typo budget and markdown stripping shared by both adapters.
import { describe, expect, it } from "vitest";
import {
  compounds,
  documentTerms,
  editDistance,
  plainText,
  queryWords,
  typoBudget,
  withinTypos,
  words,
} from "./text";

describe("words and compounds", () => {
  it("cuts on anything but letters and digits, and writes hyphenated words solid", () => {
    expect(words("Classic T-Shirt, 100% Crème")).toEqual(["classic", "t", "shirt", "100", "crème"]);
    expect(compounds("Zip-Up Hoodie and a T-Shirt; Harbor’s")).toEqual([
      "zipup",
      "tshirt",
      "harbors",
    ]);
    expect(queryWords("a b c d e f g h i j")).toHaveLength(8);
    expect(documentTerms(["V-Neck Tee", "a"])).toEqual(["neck", "tee", "vneck"]);
  });
});

describe("typos", () => {
  it("uses Meilisearch's budget: none below 5 letters, one from 5, two from 9", () => {
    expect([
      typoBudget("boot"),
      typoBudget("boots"),
      typoBudget("sweatshir"),
      typoBudget("sweatshirt"),
    ]).toEqual([0, 1, 2, 2]);
    expect(typoBudget("shirtdres")).toBe(2);
  });

  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("tshrit", "tshirt")).toBe(1);
    expect(editDistance("hoodie", "hodie")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("abc", "abcdefgh", 2)).toBe(3); // gave up early
  });

  it("accepts a term within the budget, and a half-typed last word by its start", () => {
    expect(withinTypos("tshrit", "tshirt", false)).toBe(true);
    expect(withinTypos("tshri", "tshirt", false)).toBe(false);
    expect(withinTypos("tshri", "tshirt", true)).toBe(true);
    expect(withinTypos("bots", "boots", false)).toBe(false);
    expect(withinTypos("boo", "boots", true)).toBe(true);
    expect(withinTypos("hoodei", "sweater", true)).toBe(false);
  });
});

describe("plainText", () => {
  it("keeps the words of markdown and drops its markers", () => {
    expect(
      plainText("### Details\n\n- Made **from** [cotton](https://x.test)\n1. `Soft` _tee_"),
    ).toBe("Details Made from cotton Soft tee");
  });
});
