// Page object for the storefront home page and the shell around it (header, category bar).
import type { Locator, Page } from "@playwright/test";

export class HomePage {
  readonly searchForm: Locator;
  readonly searchBox: Locator;
  readonly cartLink: Locator;
  readonly accountLink: Locator;
  readonly categoryNav: Locator;
  readonly categoryNavLinks: Locator;
  readonly categorySection: Locator;
  readonly categoryTiles: Locator;
  readonly featuredSection: Locator;
  readonly productCards: Locator;

  constructor(readonly page: Page) {
    const banner = page.getByRole("banner");
    this.searchForm = banner.getByRole("search");
    this.searchBox = this.searchForm.getByRole("combobox", { name: "Search products" }); // suggests as you type
    this.cartLink = banner.getByRole("link", { name: /^Cart\b/ });
    this.accountLink = banner.getByRole("link", { name: /Sign in|Account/ });
    this.categoryNav = page.getByRole("navigation", { name: "Categories" });
    this.categoryNavLinks = this.categoryNav.getByRole("link");
    this.categorySection = page.getByRole("region", { name: "Shop by category" });
    this.categoryTiles = this.categorySection.getByRole("link");
    this.featuredSection = page.getByRole("region", { name: "New arrivals" });
    this.productCards = this.featuredSection.getByRole("article");
  }

  async goto(): Promise<void> {
    await this.page.goto("/");
  }

  /** The nth product card's parts: its name link and its price text. */
  card(index: number): { root: Locator; link: Locator; name: Locator; price: Locator } {
    const root = this.productCards.nth(index);
    const name = root.getByRole("heading");
    return { root, name, link: name.getByRole("link"), price: root.getByTestId("price") };
  }

  async categoryNames(): Promise<string[]> {
    return (await this.categoryNavLinks.allTextContents()).map((text) => text.trim());
  }
}
