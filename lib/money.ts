// Money is stored as an integer of minor units (cents) plus an ISO 4217 code; this turns it
// into display text. Pure and dependency-free, so server and client components can both use it.

export interface Money {
  /** Minor units: 1999 is $19.99, 500 is ¥500 (JPY has no minor unit). */
  amount: number;
  currency: string;
}

// Intl.NumberFormat is costly to build; a storefront formats the same few pairs over and over.
const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: string, locale: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: "currency", currency });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** How many minor units make one major unit for a currency: 2 for USD, 0 for JPY, 3 for KWD. */
export function currencyFractionDigits(currency: string): number {
  // The "en" locale reports the ISO 4217 minor-unit count as the default fraction digits.
  return (
    new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}

/** Minor units → major units, e.g. {1999, "USD"} → 19.99. */
export function toMajorUnits({ amount, currency }: Money): number {
  return amount / 10 ** currencyFractionDigits(currency);
}

/** Display text for an amount of money, e.g. formatMoney({ amount: 1999, currency: "USD" }) → "$19.99". */
export function formatMoney(money: Money, locale = "en-US"): string {
  const currency = money.currency.toUpperCase();
  return formatterFor(currency, locale).format(toMajorUnits({ amount: money.amount, currency }));
}
