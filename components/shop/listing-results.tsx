// The body of a product listing, shared by category pages and search results: a note about
// unreadable filters, the filter sidebar, the result count with the sort, the grid and the pages.
import {
  listingEntries,
  listingHref,
  withPage,
  type ListingParams,
  type ProductListing,
} from "@/lib/catalog";
import { FilterSidebar } from "./filter-sidebar";
import { Pagination } from "./pagination";
import { ProductGrid } from "./product-grid";
import { SortSelect } from "./sort-select";

export interface ListingResultsProps {
  /** The listing's path, e.g. "/c/clothing" or "/search". */
  action: string;
  params: ListingParams;
  /** Address parameters that could not be read (listed to the shopper, then ignored). */
  ignored: string[];
  result: ProductListing;
  /** Accessible name of the grid. */
  label: string;
  /** What an empty grid says when the page is not past the end. */
  emptyMessage: string;
  /** Prefix of the filter form's and the sort's ids, when two listings could share a page. */
  idPrefix?: string;
}

export function ListingResults({
  action,
  params,
  ignored,
  result,
  label,
  emptyMessage,
  idPrefix = "listing",
}: ListingResultsProps) {
  const count = result.total === 1 ? "1 product" : `${result.total} products`;
  return (
    <>
      {ignored.length > 0 ? (
        <p
          role="status"
          className="mt-6 rounded-md border border-warning bg-paper-soft px-4 py-3 text-sm text-warning"
        >
          Some filters in this address could not be read and were left out ({ignored.join(", ")}).
        </p>
      ) : null}

      <div className="mt-8 grid gap-8 lg:grid-cols-[16rem_1fr]">
        <FilterSidebar
          action={action}
          params={params}
          facets={result.facets}
          id={`${idPrefix}-filters`}
        />
        <section aria-labelledby="results-heading">
          <div className="flex flex-wrap items-center justify-between gap-3 border-b border-paper-line pb-3">
            <h2 id="results-heading" className="text-sm font-semibold text-ink" aria-live="polite">
              {count}
              {result.pageCount > 1 ? `, page ${result.page} of ${result.pageCount}` : ""}
            </h2>
            <SortSelect
              action={action}
              value={params.sort}
              hiddenFields={listingEntries(params, { sort: false, page: false })}
              id={`${idPrefix}-sort`}
            />
          </div>
          <ProductGrid
            products={result.products}
            eagerCount={4}
            label={label}
            className="mt-6"
            emptyMessage={
              result.page > result.pageCount && result.total > 0
                ? "There is no such page of results."
                : emptyMessage
            }
          />
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            hrefFor={(page) => listingHref(action, withPage(params, page))}
          />
        </section>
      </div>
    </>
  );
}
