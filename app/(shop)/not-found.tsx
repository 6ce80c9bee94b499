// Shown when a shop page calls notFound() (unknown product or category), inside the shop shell.
// (Only the root not-found may export metadata; Next adds noindex to 404 responses itself.)
import { LinkButton } from "@/components/ui/link-button";

export default function ShopNotFound() {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center px-4 py-20 text-center">
      <p className="text-sm font-semibold text-brand">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-ink">
        We couldn’t find that page
      </h1>
      <p className="mt-4 text-ink-muted">
        The product or page may have moved or sold out for good. Try searching, or start again from
        the home page.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <LinkButton href="/">Back to the shop</LinkButton>
        <LinkButton href="/search" variant="secondary">
          Search products
        </LinkButton>
      </div>
    </div>
  );
}
