// Page links for a listing: previous, numbered pages around the current one (with the first and
// last always reachable) and next. Plain links, so each page has its own shareable address.
import Link from "next/link";

export interface PaginationProps {
  page: number;
  pageCount: number;
  /** The address of a page of this listing (keeps its filters and sort). */
  hrefFor: (page: number) => string;
  label?: string;
}

/** 1 … 4 5 [6] 7 8 … 20: the current page with `around` neighbours, the ends, gaps as null. */
export function pageWindow(page: number, pageCount: number, around = 2): (number | null)[] {
  const pages = new Set([1, pageCount]);
  for (let p = page - around; p <= page + around; p++) if (p >= 1 && p <= pageCount) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  return sorted.flatMap((p, i) => (i > 0 && p - sorted[i - 1]! > 1 ? [null, p] : [p]));
}

const item =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-3 text-sm font-medium";

export function Pagination({ page, pageCount, hrefFor, label = "Pages" }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="mt-10">
      <ul className="flex flex-wrap items-center justify-center gap-1">
        <li>
          {page > 1 ? (
            <Link
              href={hrefFor(page - 1)}
              rel="prev"
              className={`${item} text-brand hover:bg-paper-soft`}
            >
              Previous
            </Link>
          ) : null}
        </li>
        {pageWindow(page, pageCount).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-ink-muted">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                href={hrefFor(p)}
                aria-current={p === page ? "page" : undefined}
                aria-label={`Page ${p}`}
                className={`${item} ${p === page ? "bg-brand text-paper" : "text-ink hover:bg-paper-soft"}`}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < pageCount ? (
            <Link
              href={hrefFor(page + 1)}
              rel="next"
              className={`${item} text-brand hover:bg-paper-soft`}
            >
              Next
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
