// Page object for the built-in test payment page (/checkout/pay/<session>).
import { expect, type Locator, type Page } from "@playwright/test";

export class PaymentPage {
  readonly cardNumber: Locator;
  readonly payButton: Locator;
  readonly declined: Locator;

  constructor(readonly page: Page) {
    this.cardNumber = page.getByLabel("Card number");
    this.payButton = page.getByRole("button", { name: /^Pay / });
    this.declined = page.getByTestId("payment-declined");
  }

  async expectOpen(): Promise<void> {
    await expect(this.page).toHaveURL(/\/checkout\/pay\/tps_[a-f0-9]{24}$/);
    await expect(this.page.getByRole("heading", { level: 1, name: /^Pay \$/ })).toBeVisible();
  }

  async pay(card: string): Promise<void> {
    await this.cardNumber.fill(card);
    await this.payButton.click();
  }
}
