// Storefront shell: skip link, header (search, account, cart count, categories), main, footer.
import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { Footer } from "@/components/shop/footer";
import { Header } from "@/components/shop/header";
import { SkipLink } from "@/components/ui/skip-link";
import { getCartItemCount, readCartOwner } from "@/lib/cart";
import { getCategoryTree } from "@/lib/catalog";
import { removeCartLine, updateCartLine } from "./cart/actions";

export default async function ShopLayout({ children }: Readonly<{ children: ReactNode }>) {
  // Reading the cart cookie (or session) makes every shop page dynamic: the cart is per shopper.
  const { cartId, userId } = await readCartOwner(await cookies());
  const [cartCount, categories] = await Promise.all([getCartItemCount(cartId), getCategoryTree()]);
  return (
    <Providers>
      <div className="flex min-h-screen flex-col">
        <SkipLink />
        <Header
          cartCount={cartCount}
          categories={categories}
          cartActions={{ update: updateCartLine, remove: removeCartLine }}
          account={userId ? { href: "/account", label: "Account" } : undefined}
        />
        {/* tabIndex lets the skip link move focus here, not just scroll. */}
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <Footer year={new Date().getFullYear()} />
      </div>
    </Providers>
  );
}
