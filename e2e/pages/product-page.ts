// Page object for a product page (/p/…): the buy box's price, stock and SKU, and its option pills.
import type { Locator, Page } from "@playwright/test";
import { parsePrice } from "./category-page";

export class ProductPage {
  readonly heading: Locator;
  readonly buyBox: Locator;
  readonly price: Locator;
  readonly stock: Locator;
  readonly sku: Locator;
  readonly image: Locator;
  readonly breadcrumb: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.buyBox = page.getByTestId("buy-box");
    this.price = this.buyBox.getByTestId("price");
    this.stock = this.buyBox.getByTestId("stock");
    this.sku = this.buyBox.getByTestId("sku");
    this.image = page.getByTestId("product-image");
    this.breadcrumb = page.getByRole("navigation", { name: "Breadcrumb" });
  }

  /** The pill of one option value (its radio is visually hidden inside it). */
  optionPill(option: string, value: string): Locator {
    return this.buyBox
      .getByRole("group", { name: new RegExp(`^${option}:`) })
      .locator("label")
      .filter({ has: this.page.getByRole("radio", { name: new RegExp(`^${value}\\b`) }) });
  }

  optionValues(option: string): Locator {
    return this.buyBox.getByRole("group", { name: new RegExp(`^${option}:`) }).getByRole("radio");
  }

  async state(): Promise<{ price: number; stock: string; sku: string; image: string | null }> {
    return {
      price: parsePrice((await this.price.textContent()) ?? ""),
      stock: ((await this.stock.textContent()) ?? "").trim(),
      sku: ((await this.sku.textContent()) ?? "").trim(),
      image: await this.image.getAttribute("src"),
    };
  }
}
