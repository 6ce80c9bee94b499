// Page object for the order confirmation (/order/<number>/confirmation?token=…).
import { expect, type Locator, type Page } from "@playwright/test";
import { cents } from "./cart-page";

export class ConfirmationPage {
  readonly heading: Locator;
  readonly lines: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.lines = page.getByTestId("confirmation-line");
  }

  /** Waits for the confirmation and returns the order number in its heading. */
  async orderNumber(): Promise<number> {
    await expect(this.page).toHaveURL(/\/order\/\d+\/confirmation\?token=/);
    await expect(this.heading).toHaveText(/^Thank you! Order #\d+ is confirmed$/);
    return Number(/#(\d+)/.exec((await this.heading.textContent()) ?? "")?.[1]);
  }

  async total(name: "subtotal" | "discount" | "shipping" | "tax" | "total"): Promise<number> {
    const text = (await this.page.getByTestId(`total-${name}`).first().textContent()) ?? "";
    return text.trim() === "Free" ? 0 : cents(text);
  }
}
