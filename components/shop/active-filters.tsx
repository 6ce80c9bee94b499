// The filters in force, each a link that removes it (back to page 1), so a shopper sees at a
// glance why the listing is short and can undo one choice without the form.
import Link from "next/link";
import { listingHref, withoutFilter, type FilterKind, type ListingParams } from "@/lib/catalog";
import { currencyFractionDigits, formatMoney } from "@/lib/money";

export interface ActiveFiltersProps {
  action: string;
  params: ListingParams;
  currency: string;
}

interface Chip {
  label: string;
  kind: FilterKind;
  value?: string;
  option?: string;
}

export function ActiveFilters({ action, params, currency }: ActiveFiltersProps) {
  const { filters } = params;
  const money = (major: number) =>
    formatMoney({ amount: Math.round(major * 10 ** currencyFractionDigits(currency)), currency });
  const chips: Chip[] = [
    ...(filters.inStock ? [{ label: "In stock", kind: "inStock" as const }] : []),
    ...(filters.priceMin !== undefined || filters.priceMax !== undefined
      ? [
          {
            label: `Price: ${filters.priceMin !== undefined ? money(filters.priceMin) : "any"} to ${filters.priceMax !== undefined ? money(filters.priceMax) : "any"}`,
            kind: "price" as const,
          },
        ]
      : []),
    ...Object.entries(filters.options).flatMap(([option, values]) =>
      values.map((value) => ({
        label: `${option}: ${value}`,
        kind: "option" as const,
        value,
        option,
      })),
    ),
    ...filters.brands.map((value) => ({ label: `Brand: ${value}`, kind: "brand" as const, value })),
    ...filters.tags.map((value) => ({ label: `Tag: ${value}`, kind: "tag" as const, value })),
  ];
  if (chips.length === 0) return null;
  return (
    <section aria-label="Active filters">
      <ul className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={`${chip.kind}:${chip.option ?? ""}:${chip.value ?? ""}`}>
            <Link
              href={listingHref(action, withoutFilter(params, chip.kind, chip.value, chip.option))}
              className="inline-flex min-h-11 items-center gap-2 rounded-full border border-ink-faint bg-paper-soft px-3 text-sm text-ink hover:border-brand hover:text-brand"
            >
              <span className="sr-only">Remove filter </span>
              {chip.label}
              <span aria-hidden="true">×</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
