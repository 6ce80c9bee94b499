// A listing's filters as one GET form, so the filters live in the address: availability, price
// range, option values (Size, Colour…), brand and tags, each value with its product count.
// Chips above the form remove one filter each. Used by category pages and search results.
import Link from "next/link";
import {
  LISTING_PARAM,
  OPTION_PARAM_PREFIX,
  listingEntries,
  listingHref,
  type ListingFacets,
  type ListingParams,
} from "@/lib/catalog";
import { currencyFractionDigits } from "@/lib/money";
import { ActiveFilters } from "./active-filters";
import { FacetGroup } from "./facet-group";

export interface FilterSidebarProps {
  /** The listing's path, e.g. "/c/clothing" or "/search". */
  action: string;
  params: ListingParams;
  facets: ListingFacets;
  /** Id of the form (and prefix of its fields' ids). */
  id?: string;
}

const input =
  "min-h-11 w-full rounded-md border border-ink-faint bg-paper px-3 text-sm text-ink placeholder:text-ink-faint";

export function FilterSidebar({
  action,
  params,
  facets,
  id = "listing-filters",
}: FilterSidebarProps) {
  const { filters } = params;
  const currency = facets.price?.currency ?? "USD";
  const scale = 10 ** currencyFractionDigits(currency);
  // The search text and the sort survive a filter change; the page goes back to 1.
  const kept = listingEntries(params, { filters: false, page: false });
  const clearHref = listingHref(action, { ...params, page: 1 }, { filters: false, page: false });

  return (
    <aside aria-labelledby={`${id}-heading`} className="flex flex-col gap-6">
      <h2 id={`${id}-heading`} className="text-lg font-bold text-ink">
        Filters
      </h2>
      <ActiveFilters action={action} params={params} currency={currency} />
      <form id={id} action={action} method="get" className="flex flex-col gap-6">
        {kept.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-2 text-sm font-semibold text-ink">Availability</legend>
          <label
            htmlFor={`${id}-in-stock`}
            className="flex min-h-11 items-center gap-3 text-sm text-ink"
          >
            <input
              id={`${id}-in-stock`}
              type="checkbox"
              name={LISTING_PARAM.inStock}
              value="1"
              defaultChecked={filters.inStock}
              className="size-5 accent-brand"
            />
            <span>
              In stock only{" "}
              <span aria-hidden="true" className="text-ink-muted">
                ({facets.inStock})
              </span>
              <span className="sr-only">, {facets.inStock} products</span>
            </span>
          </label>
        </fieldset>
        <fieldset>
          <legend className="mb-2 text-sm font-semibold text-ink">Price ({currency})</legend>
          <div className="grid grid-cols-2 gap-3">
            {(
              [
                [
                  "min",
                  "Minimum price",
                  LISTING_PARAM.priceMin,
                  filters.priceMin,
                  facets.price ? Math.floor(facets.price.min / scale) : undefined,
                ],
                [
                  "max",
                  "Maximum price",
                  LISTING_PARAM.priceMax,
                  filters.priceMax,
                  facets.price ? Math.ceil(facets.price.max / scale) : undefined,
                ],
              ] as const
            ).map(([key, label, name, value, placeholder]) => (
              <div key={key} className="flex flex-col gap-1">
                <label htmlFor={`${id}-price-${key}`} className="text-xs text-ink-muted">
                  {label}
                </label>
                <input
                  id={`${id}-price-${key}`}
                  name={name}
                  type="number"
                  inputMode="decimal"
                  min={0}
                  step="0.01"
                  defaultValue={value}
                  placeholder={placeholder === undefined ? undefined : String(placeholder)}
                  className={input}
                />
              </div>
            ))}
          </div>
        </fieldset>
        {facets.options.map((group, index) => (
          <FacetGroup
            key={group.name}
            id={`${id}-opt-${index}`}
            legend={group.name}
            name={`${OPTION_PARAM_PREFIX}${group.name}`}
            values={group.values}
            selected={filters.options[group.name] ?? []}
          />
        ))}
        {facets.brands.length > 0 ? (
          <FacetGroup
            id={`${id}-brand`}
            legend="Brand"
            name={LISTING_PARAM.brand}
            values={facets.brands}
            selected={filters.brands}
          />
        ) : null}
        {facets.tags.length > 0 ? (
          <FacetGroup
            id={`${id}-tag`}
            legend="Tags"
            name={LISTING_PARAM.tag}
            values={facets.tags}
            selected={filters.tags}
          />
        ) : null}
        {/* Sticky, so "Apply" stays in reach below a long list of values. */}
        <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-paper-line bg-paper py-3">
          <button
            type="submit"
            className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand px-5 text-sm font-semibold text-paper hover:bg-brand-dark"
          >
            Apply filters
          </button>
          <Link
            href={clearHref}
            className="inline-flex min-h-11 items-center text-sm font-medium text-brand underline-offset-4 hover:underline"
          >
            Clear all
          </Link>
        </div>
      </form>
    </aside>
  );
}
