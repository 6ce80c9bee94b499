// Home page: hero, the top-level categories and the newest products.
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ProductCard } from "@/components/shop/product-card";
import { LinkButton } from "@/components/ui/link-button";
import { getCategoryTree, getFeaturedProducts } from "@/lib/catalog";

export const metadata: Metadata = {
  title: { absolute: "Cartwright — well-made things, fairly priced" },
};

const FEATURED_COUNT = 12;
// The first row of cards is above the fold on desktop: load those images straight away.
const EAGER_IMAGES = 4;

export default async function HomePage() {
  // Catalog data changes at run time: never prerender this page at build time.
  await connection();
  const [categories, products] = await Promise.all([
    getCategoryTree(),
    getFeaturedProducts(FEATURED_COUNT),
  ]);
  const firstCategory = categories[0];

  return (
    <>
      <section aria-labelledby="hero-heading" className="bg-brand-dark text-paper">
        <div className="mx-auto max-w-shop px-4 py-14 sm:px-6 sm:py-20">
          <h1 id="hero-heading" className="max-w-2xl text-3xl font-bold tracking-tight sm:text-5xl">
            Well-made things, fairly priced.
          </h1>
          <p className="mt-4 max-w-xl text-base text-brand-light sm:text-lg">
            Everyday goods picked for how long they last, from makers we know by name.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <LinkButton href="#new-arrivals" variant="inverse">
              Shop new arrivals
            </LinkButton>
            {firstCategory ? (
              <Link
                href={`/c/${firstCategory.path}`}
                className="inline-flex min-h-11 items-center rounded-md px-5 text-sm font-semibold text-paper underline-offset-4 hover:underline"
              >
                Browse {firstCategory.name}
              </Link>
            ) : null}
          </div>
        </div>
      </section>

      <div className="mx-auto max-w-shop space-y-14 px-4 py-12 sm:px-6">
        {categories.length > 0 ? (
          <section aria-labelledby="categories-heading">
            <h2 id="categories-heading" className="text-2xl font-bold tracking-tight text-ink">
              Shop by category
            </h2>
            <ul className="mt-6 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
              {categories.map((category) => (
                <li key={category.id}>
                  <Link
                    href={`/c/${category.path}`}
                    className="flex h-full min-h-24 flex-col justify-between rounded-card border border-paper-line bg-paper-soft p-4 transition-colors hover:border-brand hover:bg-brand-light"
                  >
                    <span className="font-semibold text-ink">{category.name}</span>
                    {category.children.length > 0 ? (
                      <span className="mt-2 line-clamp-2 text-xs text-ink-muted">
                        {category.children.map((child) => child.name).join(" · ")}
                      </span>
                    ) : null}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <section aria-labelledby="new-arrivals-heading" id="new-arrivals" className="scroll-mt-4">
          <h2 id="new-arrivals-heading" className="text-2xl font-bold tracking-tight text-ink">
            New arrivals
          </h2>
          {products.length > 0 ? (
            <ul className="mt-6 grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4">
              {products.map((product, index) => (
                <li key={product.id}>
                  <ProductCard product={product} eager={index < EAGER_IMAGES} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-6 text-ink-muted">No products yet: check back soon.</p>
          )}
        </section>
      </div>
    </>
  );
}
