// The storefront header: logo, product search, account and cart links, then the category bar.
// The search is a plain GET form to /search, so it works before (and without) JavaScript.
import Link from "next/link";
import type { CategoryNode } from "@/lib/catalog";
import { CartIcon, LogoMark, SearchIcon, UserIcon } from "@/components/ui/icons";
import { CategoryNav } from "./category-nav";

export interface HeaderProps {
  cartCount: number;
  categories: CategoryNode[];
  /** Where the account link goes and what it says ("Sign in", or the shopper's name later). */
  account?: { href: string; label: string };
  /** Current search text, shown back in the box on the results page. */
  query?: string;
}

const actionLink =
  "inline-flex min-h-11 items-center gap-2 rounded-md px-2 text-sm font-medium text-ink hover:bg-paper-soft hover:text-brand sm:px-3";

export function Header({ cartCount, categories, account = { href: "/account", label: "Sign in" }, query }: HeaderProps) {
  const items = cartCount === 1 ? "1 item" : `${cartCount} items`;
  return (
    <header className="border-b border-paper-line bg-paper">
      <div className="mx-auto flex max-w-shop flex-wrap items-center gap-x-4 gap-y-3 px-4 py-3 sm:px-6">
        <Link href="/" className="flex min-h-11 items-center gap-2 text-lg font-bold text-ink">
          <LogoMark className="size-7 text-brand" />
          <span>Cartwright</span>
        </Link>

        <form
          role="search"
          action="/search"
          method="get"
          className="order-last flex w-full md:order-none md:w-auto md:max-w-xl md:flex-1"
        >
          <label htmlFor="site-search" className="sr-only">
            Search products
          </label>
          <input
            id="site-search"
            type="search"
            name="q"
            defaultValue={query}
            placeholder="Search products"
            autoComplete="off"
            enterKeyHint="search"
            className="min-h-11 w-full min-w-0 rounded-l-md border border-r-0 border-ink-faint bg-paper px-3 text-sm text-ink placeholder:text-ink-faint"
          />
          <button
            type="submit"
            className="inline-flex min-h-11 items-center rounded-r-md bg-brand px-3 text-paper hover:bg-brand-dark"
          >
            <SearchIcon />
            <span className="sr-only">Search</span>
          </button>
        </form>

        <div className="ml-auto flex items-center gap-1">
          <Link href={account.href} className={actionLink}>
            <UserIcon />
            <span>{account.label}</span>
          </Link>
          <Link href="/cart" className={actionLink} aria-label={`Cart, ${items}`}>
            <CartIcon />
            <span className="hidden sm:inline">Cart</span>
            <span
              data-testid="cart-count"
              className="inline-flex min-w-6 items-center justify-center rounded-full bg-brand px-1.5 text-xs font-semibold text-paper"
            >
              {cartCount}
            </span>
          </Link>
        </div>
      </div>
      <CategoryNav categories={categories} />
    </header>
  );
}
