// /checkout — email (guests welcome), shipping address (saved ones for signed-in shoppers),
// shipping method, discount code, and the server's totals; Pay places the order and hands over
// to the payment provider.
import type { Metadata } from "next";
import Link from "next/link";
import { CheckoutForm } from "@/components/checkout/checkout-form";
import { countryOptions } from "@/lib/accounts";
import { getSessionUser } from "@/lib/auth";
import { applyDiscountCode, placeOrderAndPay, quoteCheckout } from "./actions";
import { checkoutContext, quoteCart, savedAddresses } from "./checkout-context";

export const metadata: Metadata = { title: "Checkout", robots: { index: false } };

export default async function CheckoutPage() {
  const context = await checkoutContext();
  const { cart } = context;
  if (!cart || cart.lines.length === 0) {
    return (
      <div className="mx-auto max-w-3xl px-4 py-12 text-center sm:px-6">
        <h1 className="text-2xl font-bold text-ink">Checkout</h1>
        <p className="mt-4 text-ink">Your cart is empty.</p>
        <Link
          href="/"
          className="mt-4 inline-flex min-h-11 items-center font-semibold text-brand hover:underline"
        >
          Continue shopping
        </Link>
      </div>
    );
  }
  const [user, addresses] = await Promise.all([getSessionUser(), savedAddresses(context.userId)]);
  const preselected = addresses.find((a) => a.isDefaultShipping) ?? addresses[0];
  const country = preselected?.country ?? "US";
  const initialQuote = await quoteCart(
    { ...context, cart },
    {
      country,
      region: preselected?.region ?? undefined,
      discountCode: cart.discountCode ?? undefined,
      email: user?.email,
    },
  );
  return (
    <div className="mx-auto max-w-shop px-4 py-8 sm:px-6">
      <h1 className="mb-6 text-2xl font-bold text-ink">Checkout</h1>
      <CheckoutForm
        initialQuote={initialQuote}
        initialEmail={user?.email ?? ""}
        initialCountry={country}
        initialDiscountCode={cart.discountCode ?? ""}
        savedAddresses={addresses.map((a) => ({
          id: a.id,
          label: [a.name, a.line1, a.city, a.country].join(", "),
          country: a.country,
          region: a.region ?? "",
          isDefault: a.isDefaultShipping,
        }))}
        countries={countryOptions()}
        actions={{ quote: quoteCheckout, applyDiscount: applyDiscountCode, pay: placeOrderAndPay }}
      />
    </div>
  );
}
