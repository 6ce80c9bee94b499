import { describe, expect, it } from "vitest";
import { currencyFractionDigits, formatMoney, toMajorUnits } from "./money";

// Intl may use a narrow no-break space between number and symbol; compare on plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("currencyFractionDigits", () => {
  it("follows ISO 4217 minor units", () => {
    expect(currencyFractionDigits("USD")).toBe(2);
    expect(currencyFractionDigits("JPY")).toBe(0);
    expect(currencyFractionDigits("KWD")).toBe(3);
  });
});

describe("toMajorUnits", () => {
  it("divides by the currency's minor units", () => {
    expect(toMajorUnits({ amount: 1999, currency: "USD" })).toBe(19.99);
    expect(toMajorUnits({ amount: 500, currency: "JPY" })).toBe(500);
    expect(toMajorUnits({ amount: 1234, currency: "KWD" })).toBe(1.234);
  });
});

describe("formatMoney", () => {
  it("formats US dollars from cents", () => {
    expect(formatMoney({ amount: 1999, currency: "USD" })).toBe("$19.99");
    expect(formatMoney({ amount: 0, currency: "USD" })).toBe("$0.00");
    expect(formatMoney({ amount: 123456789, currency: "USD" })).toBe("$1,234,567.89");
  });

  it("formats zero-decimal and three-decimal currencies", () => {
    expect(formatMoney({ amount: 500, currency: "JPY" })).toBe("¥500");
    expect(plain(formatMoney({ amount: 1234, currency: "KWD" }))).toBe("KWD 1.234");
  });

  it("honours the locale", () => {
    expect(plain(formatMoney({ amount: 1999, currency: "EUR" }, "de-DE"))).toBe("19,99 €");
    expect(formatMoney({ amount: 1999, currency: "GBP" }, "en-GB")).toBe("£19.99");
  });

  it("accepts a lower-case currency code", () => {
    expect(formatMoney({ amount: 1050, currency: "usd" })).toBe("$10.50");
  });

  it("formats negative amounts (refunds, discounts)", () => {
    expect(formatMoney({ amount: -250, currency: "USD" })).toBe("-$2.50");
  });
});
