// Page object for a category listing (/c/…): its filter form, sort form, product cards and pages.
import { expect, type Locator, type Page } from "@playwright/test";

/** "$22.99" (or "Sale price $19.99, was $25.00") → 22.99: the price a shopper pays. */
export function parsePrice(text: string): number {
  const match = /\$(\d[\d,]*\.\d{2})/.exec(text);
  if (!match) throw new Error(`No price in "${text}"`);
  return Number(match[1]!.replace(/,/g, ""));
}

export class CategoryPage {
  readonly heading: Locator;
  readonly filters: Locator;
  readonly minPrice: Locator;
  readonly maxPrice: Locator;
  readonly applyFilters: Locator;
  readonly activeFilters: Locator;
  readonly sortSelect: Locator;
  readonly sortButton: Locator;
  readonly results: Locator;
  readonly cards: Locator;
  readonly resultCount: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.filters = page.getByRole("complementary", { name: "Filters" });
    this.minPrice = this.filters.getByLabel("Minimum price");
    this.maxPrice = this.filters.getByLabel("Maximum price");
    this.applyFilters = this.filters.getByRole("button", { name: "Apply filters" });
    this.activeFilters = page.getByRole("region", { name: "Active filters" });
    this.sortSelect = page.getByLabel("Sort by");
    this.sortButton = page.getByRole("button", { name: "Sort", exact: true });
    this.results = page.getByRole("list", { name: "Products" });
    this.cards = this.results.getByRole("article");
    this.resultCount = page.getByRole("heading", { level: 2, name: /\d+ products?/ });
  }

  async goto(path: string): Promise<void> {
    await this.page.goto(path);
  }

  /** A facet value's checkbox, e.g. facet("Size", "XXL"). */
  facet(group: string, value: string): Locator {
    return this.filters
      .getByRole("group", { name: group })
      .getByRole("checkbox", { name: new RegExp(`^${value} `) });
  }

  async sortBy(label: string): Promise<void> {
    await this.sortSelect.selectOption({ label });
    await this.sortButton.click();
    await this.page.waitForURL(/[?&]sort=/);
  }

  /** What the listing shows, in order: each card's name and price. */
  async listed(): Promise<{ name: string; price: number }[]> {
    await expect(this.results.or(this.page.getByText(/No products match/))).toBeVisible();
    const names = (await this.cards.getByRole("heading").allInnerTexts()).map((t) => t.trim());
    const prices = (await this.cards.getByTestId("price").allTextContents()).map(parsePrice);
    return names.map((name, i) => ({ name, price: prices[i]! }));
  }
}
