// Search results: /search?q=tshirt&opt.Size=M&price_max=50&sort=price-asc&page=2. The same
// address parameters, filter sidebar, sort and pagination as a category listing; the products
// come from the search engine (lib/search), so misspellings and half words still find them.
import type { Metadata } from "next";
import { ListingResults } from "@/components/shop/listing-results";
import { absoluteUrl, parseListingParams, type RawSearchParams } from "@/lib/catalog";
import { searchListing } from "@/lib/search";

interface SearchPageProps {
  searchParams: Promise<RawSearchParams>;
}

const ACTION = "/search";

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const { params } = parseListingParams(await searchParams);
  return {
    title: params.q ? `Search: ${params.q}` : "Search",
    alternates: { canonical: absoluteUrl(ACTION) },
    // Result pages are endless and thin: crawlers may follow them, not index them.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const { params, ignored } = parseListingParams(await searchParams);
  if (!params.q) {
    return (
      <div className="mx-auto max-w-shop px-4 py-8 sm:px-6">
        <h1 className="text-3xl font-bold tracking-tight text-ink">Search</h1>
        <p className="mt-2 text-ink-muted">
          Type what you are looking for in the search box above: a product, a brand or a category.
        </p>
      </div>
    );
  }
  const result = await searchListing(params);

  return (
    <div className="mx-auto max-w-shop px-4 py-8 sm:px-6">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight text-ink">Results for “{params.q}”</h1>
      </header>
      <ListingResults
        action={ACTION}
        params={params}
        ignored={ignored}
        result={result}
        label="Search results"
        emptyMessage="No products match your search. Check the spelling, use fewer words or remove a filter."
        idPrefix="search"
      />
    </div>
  );
}
