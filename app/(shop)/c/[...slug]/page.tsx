// Category listing: /c/clothing/tops?opt.Size=M&price_max=50&sort=price-asc&page=2. The filters,
// sort and page live in the address (lib/catalog/listing-params), so the listing can be shared.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/shop/breadcrumb";
import { ListingResults } from "@/components/shop/listing-results";
import {
  absoluteUrl,
  getCategoryByPath,
  hasActiveFilters,
  isSlug,
  listingHref,
  listProducts,
  parseListingParams,
  type RawSearchParams,
} from "@/lib/catalog";

interface CategoryPageProps {
  params: Promise<{ slug: string[] }>;
  searchParams: Promise<RawSearchParams>;
}

/** A path of slugs, or null for anything no category could be called. */
function categoryPath(slugs: string[]): string | null {
  return slugs.length > 0 && slugs.length <= 10 && slugs.every(isSlug) ? slugs.join("/") : null;
}

export async function generateMetadata({
  params,
  searchParams,
}: CategoryPageProps): Promise<Metadata> {
  const path = categoryPath((await params).slug);
  const category = path ? await getCategoryByPath(path) : null;
  if (!category) return {};
  const { params: listing, ignored } = parseListingParams(await searchParams);
  const filtered = hasActiveFilters(listing.filters) || ignored.length > 0;
  const canonical = absoluteUrl(
    listingHref(`/c/${category.path}`, listing, { q: false, filters: false, sort: false }),
  );
  return {
    title: listing.page > 1 ? `${category.name}, page ${listing.page}` : category.name,
    description: category.description ?? `Shop ${category.name} at Cartwright.`,
    alternates: { canonical },
    // Filter combinations are endless: let crawlers follow them, not index them.
    ...(filtered ? { robots: { index: false, follow: true } } : {}),
    openGraph: {
      title: category.name,
      description: category.description ?? undefined,
      url: canonical,
      type: "website",
    },
  };
}

export default async function CategoryPage({ params, searchParams }: CategoryPageProps) {
  const path = categoryPath((await params).slug);
  const category = path ? await getCategoryByPath(path) : null;
  if (!category) notFound();
  const { params: listing, ignored } = parseListingParams(await searchParams);
  const result = await listProducts({
    categoryPath: category.path,
    filters: listing.filters,
    sort: listing.sort,
    page: listing.page,
  });
  const action = `/c/${category.path}`;

  return (
    <div className="mx-auto max-w-shop px-4 py-8 sm:px-6">
      <Breadcrumb
        items={[
          { label: "Home", href: "/" },
          ...category.ancestors.map((a) => ({ label: a.name, href: `/c/${a.path}` })),
        ]}
        current={category.name}
      />
      <header className="mt-4 max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight text-ink">{category.name}</h1>
        {category.description ? (
          <p className="mt-2 text-ink-muted">{category.description}</p>
        ) : null}
      </header>
      {category.children.length > 0 ? (
        <nav aria-label={`${category.name} categories`} className="mt-6">
          <ul className="flex flex-wrap gap-2">
            {category.children.map((child) => (
              <li key={child.path}>
                <Link
                  href={`/c/${child.path}`}
                  className="inline-flex min-h-11 items-center rounded-full border border-paper-line bg-paper-soft px-4 text-sm font-medium text-ink hover:border-brand hover:text-brand"
                >
                  {child.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <ListingResults
        action={action}
        params={listing}
        ignored={ignored}
        result={result}
        label="Products"
        emptyMessage="No products match these filters. Try removing one."
      />
    </div>
  );
}
