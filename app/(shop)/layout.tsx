// Storefront shell: skip link, header (search, account, cart count, categories), main, footer.
import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { Footer } from "@/components/shop/footer";
import { Header } from "@/components/shop/header";
import { SkipLink } from "@/components/ui/skip-link";
import { CART_COOKIE, getCartItemCount } from "@/lib/cart";
import { getCategoryTree } from "@/lib/catalog";

export default async function ShopLayout({ children }: Readonly<{ children: ReactNode }>) {
  // Reading the cookie makes every shop page dynamic: the cart count is per shopper.
  const cartId = (await cookies()).get(CART_COOKIE)?.value;
  const [cartCount, categories] = await Promise.all([getCartItemCount(cartId), getCategoryTree()]);
  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink />
      <Header cartCount={cartCount} categories={categories} />
      {/* tabIndex lets the skip link move focus here, not just scroll. */}
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <Footer year={new Date().getFullYear()} />
    </div>
  );
}
