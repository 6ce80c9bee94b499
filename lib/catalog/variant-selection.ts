// Choosing a variant from option values (Colour, Size…): which variant a page opens with, which
// one a click on "L" leads to, and how each value is shown next to the current choice. Pure and
// client-safe: the product page's variant picker runs it in the browser.

export interface SelectableVariant {
  id: string;
  options: Record<string, string>;
  /** Units a shopper can still buy. */
  available: number;
}

export type OptionValueState = "available" | "sold-out" | "unavailable";

/** The variant named in the address when it exists, else the first in stock, else the first. */
export function initialVariant<V extends SelectableVariant>(
  variants: readonly V[],
  requestedId?: string | null,
): V | undefined {
  return (
    variants.find((v) => v.id === requestedId) ??
    variants.find((v) => v.available > 0) ??
    variants[0]
  );
}

/** How many of `wanted`'s options `variant` shares, ignoring `except`. */
function sharedOptions(
  variant: SelectableVariant,
  wanted: Record<string, string>,
  except: string,
): number {
  return Object.entries(wanted).filter(
    ([name, value]) => name !== except && variant.options[name] === value,
  ).length;
}

/**
 * The variant a shopper means by picking `name = value` while `current` is chosen: the exact
 * combination when it exists; otherwise the one with `value` that keeps most of the other
 * choices, preferring one in stock. Undefined when no variant has that value at all.
 */
export function variantForChoice<V extends SelectableVariant>(
  variants: readonly V[],
  current: V,
  name: string,
  value: string,
): V | undefined {
  const wanted = { ...current.options, [name]: value };
  const candidates = variants.filter((v) => v.options[name] === value);
  const exact = candidates.find(
    (v) => sharedOptions(v, wanted, name) === Object.keys(wanted).length - 1,
  );
  if (exact) return exact;
  let best: V | undefined;
  let bestScore = -1;
  for (const candidate of candidates) {
    const score = sharedOptions(candidate, wanted, name) * 2 + (candidate.available > 0 ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return best;
}

/** What picking `name = value` next to the other current choices would give. */
export function optionValueState(
  variants: readonly SelectableVariant[],
  current: SelectableVariant,
  name: string,
  value: string,
): OptionValueState {
  const wanted = { ...current.options, [name]: value };
  const match = variants.find((v) =>
    Object.entries(wanted).every(([n, val]) => v.options[n] === val),
  );
  if (!match) return "unavailable";
  return match.available > 0 ? "available" : "sold-out";
}
