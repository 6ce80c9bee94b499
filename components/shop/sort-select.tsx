// The listing's sort order: a small GET form that keeps the current filters as hidden fields.
// It submits with its button rather than on change, so choosing an option never reloads the
// page under a keyboard or screen-reader user (WCAG 3.2.2) and it works without JavaScript.
import { LISTING_PARAM, LISTING_SORTS, SORT_LABELS, type ListingSort } from "@/lib/catalog";

export interface SortSelectProps {
  /** The listing's path, e.g. "/c/clothing" or "/search". */
  action: string;
  value: ListingSort;
  /** Current filters (and search text) as name/value pairs, carried over unchanged. */
  hiddenFields: [string, string][];
  /** The sorts offered, in order; all of them by default. */
  sorts?: readonly ListingSort[];
  id?: string;
}

export function SortSelect({
  action,
  value,
  hiddenFields,
  sorts = LISTING_SORTS,
  id = "listing-sort",
}: SortSelectProps) {
  return (
    <form action={action} method="get" className="flex items-center gap-2">
      {hiddenFields.map(([name, fieldValue], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={fieldValue} />
      ))}
      <label htmlFor={id} className="text-sm font-medium text-ink">
        Sort by
      </label>
      <select
        id={id}
        name={LISTING_PARAM.sort}
        defaultValue={value}
        className="min-h-11 rounded-md border border-ink-faint bg-paper px-3 text-sm text-ink"
      >
        {sorts.map((sort) => (
          <option key={sort} value={sort}>
            {SORT_LABELS[sort]}
          </option>
        ))}
      </select>
      <button
        type="submit"
        className="inline-flex min-h-11 items-center rounded-md border border-ink-faint bg-paper px-4 text-sm font-semibold text-ink hover:bg-paper-soft"
      >
        Sort
      </button>
    </form>
  );
}
