// Page object for buying on a product page: the variant picker's option pills, the chosen
// variant's stock and SKU, and the cart's add-to-cart form in the picker's slot.
import { expect, type Locator, type Page } from "@playwright/test";

export interface ChosenVariant {
  sku: string;
  /** The product page's address for this variant (?variant=<id>). */
  url: string;
  stock: number;
}

/** "57 in stock" → 57, "Only 3 left" → 3, "Sold out" → 0. */
export function parseStock(text: string): number {
  const match = /(\d+) in stock|Only (\d+) left/.exec(text);
  return match ? Number(match[1] ?? match[2]) : 0;
}

export class BuyBox {
  readonly stock: Locator;
  readonly sku: Locator;
  readonly quantity: Locator;
  readonly addButton: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    const form = page.locator("form#add-to-cart");
    this.stock = page.getByTestId("stock").first();
    this.sku = page.getByTestId("sku");
    this.quantity = form.getByLabel("Quantity");
    this.addButton = form.getByRole("button", { name: "Add to cart" });
    this.status = form.getByRole("status");
  }

  async stockCount(): Promise<number> {
    return parseStock((await this.stock.textContent()) ?? "");
  }

  /** Radios of the last option group (Size, or Colour for one-option products) that can be bought. */
  availableChoices(): Locator {
    // Unavailable pills carry "(sold out)" or "(not made in this combination)" in their name.
    return this.page
      .locator("fieldset")
      .filter({ has: this.page.getByRole("radio") })
      .last()
      .getByRole("radio", { name: /^[^(]+$/ });
  }

  /** Picks choice `index` and reports the variant it selects. */
  async choose(index: number): Promise<ChosenVariant> {
    const radio = this.availableChoices().nth(index);
    // The radio itself is visually hidden inside its pill: click the pill.
    await radio.locator("xpath=..").click();
    await expect(radio).toBeChecked();
    const sku = (await this.sku.textContent())?.trim() ?? "";
    return { sku, url: this.page.url(), stock: await this.stockCount() };
  }

  async add(quantity: number): Promise<void> {
    await this.quantity.fill(String(quantity));
    await this.addButton.click();
    await expect(this.status).toContainText("Added to your cart");
  }
}
