// Journeys: a guest buys two variants with a discount code and the test card; a declined card
// leaves the cart and the stock as they were. Expected totals are worked out here from the
// unit prices the cart shows and the store's known rates (WELCOME10 = 10 %, Express = $14.99
// flat, California sales tax 7.25 % on goods after discount plus shipping).
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { readMail } from "./mail";
import { BuyBox, type ChosenVariant } from "./pages/buy-box";
import { CartPage } from "./pages/cart-page";
import { CheckoutPage, type Shopper } from "./pages/checkout-page";
import { ConfirmationPage } from "./pages/confirmation-page";
import { HomePage } from "./pages/home-page";
import { PaymentPage } from "./pages/payment-page";

const SUCCESS_CARD = "4242 4242 4242 4242";
const DECLINE_CARD = "4000 0000 0000 0002";
const EXPRESS_CENTS = 1499;
const CA_TAX_BPS = 725;
const WELCOME10_BPS = 1000;

const shopper = (tag: string): Shopper => ({
  email: `guest-${tag}-${Date.now()}@example.com`,
  name: "Grace Guest",
  line1: "500 Howard St",
  city: "San Francisco",
  region: "CA",
  postalCode: "94105",
  country: "US",
});

/** Visits featured products until `count` distinct variants with at least `minStock` units turn up. */
async function findVariants(page: Page, count: number, minStock: number): Promise<ChosenVariant[]> {
  const home = new HomePage(page);
  await home.goto();
  const hrefs = await home.productCards
    .getByRole("link")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  for (const href of hrefs) {
    await page.goto(href);
    const box = new BuyBox(page);
    const found: ChosenVariant[] = [];
    const choices = await box.availableChoices().count();
    for (let i = 0; i < choices && found.length < count; i++) {
      const variant = await box.choose(i);
      if (variant.stock >= minStock && !found.some((v) => v.sku === variant.sku))
        found.push(variant);
    }
    if (found.length === count) return found;
  }
  throw new Error(`No featured product has ${count} variants with ${minStock}+ units`);
}

async function stockOf(page: Page, variant: ChosenVariant): Promise<number> {
  await page.goto(variant.url);
  const box = new BuyBox(page);
  await expect(box.sku).toHaveText(variant.sku);
  return box.stockCount();
}

test("a guest buys two variants with a discount code and the test card", async ({
  page,
  expectAccessible,
}) => {
  test.setTimeout(120_000);
  const [first, second] = (await findVariants(page, 2, 3)) as [ChosenVariant, ChosenVariant];
  await expectAccessible(page);
  const quantities = [2, 1];
  for (const [variant, quantity] of [
    [first, 2],
    [second, 1],
  ] as const) {
    await page.goto(variant.url);
    await new BuyBox(page).add(quantity);
  }
  await expect(page.getByRole("banner").getByTestId("cart-count")).toHaveText("3");

  // The drawer, opened from the header, shows both lines.
  await page
    .getByRole("banner")
    .getByRole("link", { name: /^Cart, 3 items$/ })
    .click();
  const drawer = page.getByRole("dialog", { name: "Your cart" });
  await expect(new CartPage(page, drawer).lines).toHaveCount(2);
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();

  const cart = new CartPage(page);
  await cart.goto();
  const lines = await cart.facts();
  expect(lines.map((l) => l.quantity)).toEqual(quantities);
  await expectAccessible(page);

  const subtotal = lines.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0);
  const discount = Math.round((subtotal * WELCOME10_BPS) / 10_000);
  const tax = Math.round(((subtotal - discount + EXPRESS_CENTS) * CA_TAX_BPS) / 10_000);
  const total = subtotal - discount + EXPRESS_CENTS + tax;

  await cart.checkoutLink.click();
  const checkout = new CheckoutPage(page);
  await expect(page.getByRole("heading", { level: 1, name: "Checkout" })).toBeVisible();
  // Nothing filled in: each problem is reported beside its field, and nothing is ordered.
  await checkout.payButton.click();
  expect(await checkout.errorBeside("Email")).toMatch(/valid email/);
  expect(await checkout.errorBeside("City")).toBe("Enter a city");
  await expectAccessible(page);

  const buyer = shopper("paid");
  await checkout.fillShopper(buyer);
  await checkout.applyDiscount("WELCOME10");
  await checkout.chooseShipping(/^Express/);
  await expect.poll(() => checkout.total("tax")).toBe(tax);
  expect(await checkout.total("subtotal")).toBe(subtotal);
  expect(await checkout.total("discount")).toBe(discount);
  expect(await checkout.total("shipping")).toBe(EXPRESS_CENTS);
  expect(await checkout.total("total")).toBe(total);

  await checkout.payButton.click();
  const payment = new PaymentPage(page);
  await payment.expectOpen();
  await expectAccessible(page);
  await payment.pay(SUCCESS_CARD);

  const confirmation = new ConfirmationPage(page);
  const number = await confirmation.orderNumber();
  await expect(confirmation.lines).toHaveCount(2);
  expect(await confirmation.total("subtotal")).toBe(subtotal);
  expect(await confirmation.total("discount")).toBe(discount);
  expect(await confirmation.total("shipping")).toBe(EXPRESS_CENTS);
  expect(await confirmation.total("tax")).toBe(tax);
  expect(await confirmation.total("total")).toBe(total);
  await expectAccessible(page);
  await expect(page.getByRole("banner").getByTestId("cart-count")).toHaveText("0");

  const mail = await readMail(buyer.email, `Order #${number} confirmed`);
  expect(mail.text).toContain(`Total: $${(total / 100).toFixed(2)}`);

  // Stock went down by exactly what was bought.
  expect(await stockOf(page, first)).toBe(first.stock - 2);
  expect(await stockOf(page, second)).toBe(second.stock - 1);
});

test("a declined card shows a clear error and leaves the cart and the stock as they were", async ({
  page,
  expectAccessible,
}) => {
  test.setTimeout(120_000);
  const [variant] = (await findVariants(page, 1, 2)) as [ChosenVariant];
  await page.goto(variant.url);
  await new BuyBox(page).add(1);
  const cart = new CartPage(page);
  await cart.goto();
  const before = await cart.facts();

  await cart.checkoutLink.click();
  const checkout = new CheckoutPage(page);
  await expect(page.getByRole("heading", { level: 1, name: "Checkout" })).toBeVisible();
  const buyer = shopper("declined");
  await checkout.fillShopper(buyer);
  await checkout.chooseShipping(/^Standard/);
  await checkout.payButton.click();
  const payment = new PaymentPage(page);
  await payment.expectOpen();
  const payUrl = page.url();

  // While the payment page is open, the unit is held for this order.
  expect(await stockOf(page, variant)).toBe(variant.stock - 1);
  await page.goto(payUrl);
  await payment.pay(DECLINE_CARD);
  await expect(payment.declined).toContainText("Your card was declined");
  await expect(payment.declined).toContainText("You have not been charged");
  await expectAccessible(page);

  // The cart is intact and the held unit is back.
  await expect(page.getByRole("banner").getByTestId("cart-count")).toHaveText("1");
  await cart.goto();
  expect(await cart.facts()).toEqual(before);
  expect(await stockOf(page, variant)).toBe(variant.stock);

  // Back at checkout the details are still filled in, and another card pays for the same cart.
  await checkout.goto();
  await expect(checkout.field("Email")).toHaveValue(buyer.email);
  await expect(checkout.field("City")).toHaveValue(buyer.city);
  await expect(page.getByRole("radio", { name: /^Standard/ })).toBeChecked();
  await checkout.payButton.click();
  await payment.expectOpen();
  await payment.pay(SUCCESS_CARD);
  await new ConfirmationPage(page).orderNumber();
  expect(await stockOf(page, variant)).toBe(variant.stock - 1);
});
