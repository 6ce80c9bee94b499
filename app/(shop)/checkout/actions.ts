"use server";
// Checkout server actions. Each validates its input with zod, works on the cart this request's
// session or signed cookie names, and prices on the server (a posted price or total is never
// read). Problems come back as messages keyed by form field.
import { getMyCheckoutAddress } from "@/lib/accounts";
import { actionIp } from "@/lib/auth";
import { CartError, setDiscountCode } from "@/lib/cart";
import {
  addressSchema,
  CheckoutError,
  limitQuote,
  placeOrder,
  SoldOutError,
  type AddressInput,
  type PayResult,
  type QuoteResult,
} from "@/lib/checkout";
import { actionFailure, fieldErrorsFromZod, firstMessages } from "@/lib/errors";
import { orderConfirmationPath } from "@/lib/notifications";
import { currentLogger } from "@/lib/logger";
import { startPayment } from "@/lib/payments";
import { checkoutContext, quoteCart } from "./checkout-context";
import { checkoutFormSchema, quoteSchema } from "./checkout-form";

const EMPTY = "Your cart is empty or has expired.";

/** Totals for the choices made so far (country, shipping method, discount code). */
export async function quoteCheckout(input: unknown): Promise<QuoteResult> {
  const parsed = quoteSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "Check the form and try again." };
  try {
    // Quotes read discount codes: limited per client, so codes cannot be tried in bulk.
    await limitQuote(await actionIp());
  } catch (error) {
    if (error instanceof CheckoutError) return { ok: false, error: error.message };
    throw error;
  }
  const context = await checkoutContext();
  if (!context.cart || context.cart.lines.length === 0) return { ok: false, error: EMPTY };
  const request = { ...parsed.data };
  if (parsed.data.savedAddressId) {
    const address = await getMyCheckoutAddress(parsed.data.savedAddressId);
    if (address) Object.assign(request, { country: address.country, region: address.region });
  }
  const quote = await quoteCart({ ...context, cart: context.cart }, request);
  return { ok: true, quote, cartVersion: context.cart.version };
}

/** Applies (or with an empty code, removes) a discount code, keeping it on the cart. */
export async function applyDiscountCode(input: unknown): Promise<QuoteResult> {
  const result = await quoteCheckout(input);
  if (!result.ok) return result;
  const { quote } = result;
  const context = await checkoutContext();
  if (!context.cart) return { ok: false, error: EMPTY };
  const code = quote.discount?.code ?? null;
  // A code the shopper typed but which does not apply is reported, and not kept.
  if (quote.errors.discountCode || code === context.cart.discountCode) return result;
  try {
    const change = await setDiscountCode(context.cart.id, code);
    return { ...result, cartVersion: change.version };
  } catch (error) {
    if (error instanceof CartError) return { ok: false, error: error.message };
    throw error;
  }
}

type Located =
  | { address: AddressInput; errors?: undefined }
  | { address?: undefined; errors: Record<string, string> };

async function addressFor(savedId: string | undefined, typed: unknown): Promise<Located> {
  if (savedId) {
    const saved = await getMyCheckoutAddress(savedId);
    return saved
      ? { address: saved }
      : { errors: { savedAddressId: "Choose one of your addresses, or enter a new one" } };
  }
  const parsed = addressSchema.safeParse(typed ?? {});
  if (!parsed.success) {
    return { errors: firstMessages(fieldErrorsFromZod(parsed.error, "shippingAddress.")) };
  }
  return { address: parsed.data };
}

/** Places the order for this cart version (idempotent) and starts its payment. */
export async function placeOrderAndPay(input: unknown): Promise<PayResult> {
  const fail = (
    error: string,
    fieldErrors: Record<string, string> = { _form: error },
  ): PayResult => ({ ok: false, error, fieldErrors });
  const parsed = checkoutFormSchema.safeParse(input);
  const context = await checkoutContext();
  // The address is checked on its own, so its errors show even when other fields fail too.
  const located = await addressFor(
    parsed.data?.savedAddressId || undefined,
    (input as { shippingAddress?: unknown } | null)?.shippingAddress,
  );
  if (!parsed.success || located.errors) {
    const fieldErrors = {
      ...(parsed.success ? {} : firstMessages(fieldErrorsFromZod(parsed.error))),
      ...located.errors,
    };
    return fail("Please correct the highlighted fields.", fieldErrors);
  }
  const { cart } = context;
  if (!cart || cart.lines.length === 0) return fail(EMPTY);
  const form = parsed.data;
  const { address } = located;
  try {
    const placed = await placeOrder(
      {
        cartId: cart.id,
        cartVersion: cart.version,
        email: form.email,
        shippingAddress: address,
        shippingMethodId: form.shippingMethodId,
        discountCode: form.discountCode || undefined,
        userId: context.userId ?? undefined,
      },
      // Per-client limits: placements per minute and unpaid orders held at once.
      { clientIp: await actionIp() },
    );
    const confirmation = orderConfirmationPath({ id: placed.orderId, number: placed.number });
    if (placed.status !== "PENDING_PAYMENT") return { ok: true, redirectUrl: confirmation };
    const payment = await startPayment({
      orderId: placed.orderId,
      successUrl: confirmation,
      cancelUrl: "/checkout",
    });
    return { ok: true, redirectUrl: payment.redirectUrl };
  } catch (error) {
    // Sold out is said beside the line as well as above the form.
    if (error instanceof SoldOutError)
      return fail(error.message, {
        [`lines.${error.variantId}`]: error.message,
        _form: error.message,
      });
    return actionFailure(error, {
      fallback: "We could not place your order. Please try again.",
      log: (err) => currentLogger().error({ err }, "checkout failed"),
    });
  }
}
