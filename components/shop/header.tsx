// The storefront header: logo, product search, account and cart links, then the category bar.
// The search is a plain GET form to /search, so it works before (and without) JavaScript; with
// it, the box suggests products as you type (search-suggest.tsx).
import Link from "next/link";
import type { CategoryNode } from "@/lib/catalog";
import { CartIcon, LogoMark, SearchIcon, UserIcon } from "@/components/ui/icons";
import { LOW_STOCK_DISPLAY, type CartActions } from "@/lib/cart";
import { CartDrawer } from "./cart-drawer";
import { CategoryNav } from "./category-nav";
import { SearchSuggest } from "./search-suggest";

export interface HeaderProps {
  cartCount: number;
  categories: CategoryNode[];
  /** Where the account link goes and what it says ("Sign in", or the shopper's name later). */
  account?: { href: string; label: string };
  /** Current search text, shown back in the box on the results page. */
  query?: string;
  /** The cart's server actions: when given, the cart link opens the cart drawer. */
  cartActions?: Pick<CartActions, "update" | "remove">;
}

const actionLink =
  "inline-flex min-h-11 items-center gap-2 rounded-md px-2 text-sm font-medium text-ink hover:bg-paper-soft hover:text-brand sm:px-3";

export function Header({
  cartCount,
  categories,
  account = { href: "/account", label: "Sign in" },
  query,
  cartActions,
}: HeaderProps) {
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
          <SearchSuggest id="site-search" defaultValue={query} className="min-w-0 flex-1" />
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
          {cartActions ? (
            <CartDrawer
              count={cartCount}
              actions={cartActions}
              lowStockBelow={LOW_STOCK_DISPLAY}
              className={actionLink}
            />
          ) : (
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
          )}
        </div>
      </div>
      <CategoryNav categories={categories} />
    </header>
  );
}
