// Page object for /cart and the cart drawer: lines with their unit price, stock and quantity.
import { expect, type Locator, type Page } from "@playwright/test";
import { parseStock } from "./buy-box";

export interface CartLineFacts {
  title: string;
  unitPriceCents: number;
  quantity: number;
  stock: number;
}

/** "$1,234.50" → 123450. */
export function cents(text: string): number {
  const match = /-?\$?([\d,]+)\.(\d{2})/.exec(text.replace(/\s/g, ""));
  if (!match) throw new Error(`No amount in "${text}"`);
  return Number(match[1]!.replace(/,/g, "")) * 100 + Number(match[2]);
}

export class CartPage {
  readonly lines: Locator;
  readonly subtotal: Locator;
  readonly checkoutLink: Locator;

  constructor(
    readonly page: Page,
    root?: Locator,
  ) {
    const scope = root ?? page.getByRole("main");
    this.lines = scope.getByTestId("cart-line");
    this.subtotal = scope.getByTestId("cart-subtotal");
    this.checkoutLink = scope.getByRole("link", { name: "Check out" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/cart");
    await expect(this.page.getByRole("heading", { level: 1, name: "Your cart" })).toBeVisible();
  }

  async facts(): Promise<CartLineFacts[]> {
    const out: CartLineFacts[] = [];
    for (const line of await this.lines.all()) {
      out.push({
        title: (await line.getByRole("link").first().textContent())?.trim() ?? "",
        unitPriceCents: cents((await line.getByTestId("unit-price").textContent()) ?? ""),
        quantity: Number(await line.getByRole("spinbutton").inputValue()),
        stock: parseStock((await line.getByTestId("stock").textContent()) ?? ""),
      });
    }
    return out;
  }
}
