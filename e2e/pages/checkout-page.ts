// Page object for /checkout: contact, address, shipping method, discount code, totals, Pay.
import { expect, type Locator, type Page } from "@playwright/test";
import { cents } from "./cart-page";

export interface Shopper {
  email: string;
  name: string;
  line1: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
}

export class CheckoutPage {
  readonly payButton: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.payButton = page.getByRole("button", { name: /^Pay / });
    this.error = page.getByTestId("checkout-error");
  }

  async goto(): Promise<void> {
    await this.page.goto("/checkout");
    await expect(this.page.getByRole("heading", { level: 1, name: "Checkout" })).toBeVisible();
  }

  field(label: string | RegExp): Locator {
    return this.page.getByLabel(label);
  }

  /** The message shown beside a field (tied to it by aria-describedby). */
  async errorBeside(label: string | RegExp): Promise<string> {
    const field = this.field(label);
    await expect(field).toHaveAttribute("aria-invalid", "true");
    const id = (await field.getAttribute("aria-describedby"))
      ?.split(" ")
      .find((part) => part.endsWith("-error"));
    return (await this.page.locator(`[id="${id}"]`).textContent())?.trim() ?? "";
  }

  async fillShopper(shopper: Shopper): Promise<void> {
    await this.field("Email").fill(shopper.email);
    await this.field("Full name").fill(shopper.name);
    await this.field("Street address").fill(shopper.line1);
    await this.field("City").fill(shopper.city);
    await this.field("Postal code").fill(shopper.postalCode);
    await this.field("Country").selectOption(shopper.country);
    // Where tax depends on the state (US, CA, AU) it is a list; elsewhere free text.
    const region = this.field(/^State \//);
    if ((await region.evaluate((element) => element.tagName)) === "SELECT")
      await region.selectOption(shopper.region);
    else await region.fill(shopper.region);
  }

  async chooseShipping(name: RegExp): Promise<void> {
    const option = this.page.getByRole("radio", { name });
    await option.check();
    await expect(option).toBeChecked();
  }

  async applyDiscount(code: string): Promise<void> {
    await this.field("Discount code").fill(code);
    await this.page.getByRole("button", { name: "Apply" }).click();
    await expect(this.page.getByTestId("applied-discount")).toHaveText(code);
  }

  async total(name: "subtotal" | "discount" | "shipping" | "tax" | "total"): Promise<number> {
    const text = (await this.page.getByTestId(`total-${name}`).first().textContent()) ?? "";
    return text.trim() === "Free" ? 0 : cents(text);
  }
}
