// Journey: a shopper lands on the home page and finds the catalog.
import { expect, test } from "./fixtures";
import { HomePage } from "./pages/home-page";

test("home page shows seeded categories and products", async ({ page, expectAccessible }) => {
  const home = new HomePage(page);
  await home.goto();

  await expect(page).toHaveTitle(/Cartwright/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // Header: a labelled search box that submits to /search, cart and account links.
  await expect(home.searchBox).toBeVisible();
  await expect(home.searchForm).toHaveAttribute("action", "/search");
  await expect(home.searchBox).toHaveAttribute("name", "q");
  await expect(home.cartLink).toHaveAttribute("href", "/cart");
  await expect(home.accountLink).toHaveAttribute("href", "/account");

  // The seeded top-level categories appear in the nav and as tiles on the page.
  await expect(home.categoryNavLinks.first()).toBeVisible();
  const names = await home.categoryNames();
  expect(names.length).toBeGreaterThanOrEqual(3);
  for (const name of names) {
    await expect(home.categoryTiles.filter({ hasText: name }).first()).toBeVisible();
  }
  await expect(home.categoryNavLinks.first()).toHaveAttribute(
    "href",
    /^\/c\/[a-z0-9-]+(\/[a-z0-9-]+)*$/,
  );

  // At least eight product cards, each with a name and a price.
  await expect(home.productCards.nth(7)).toBeVisible();
  const count = await home.productCards.count();
  for (let i = 0; i < count; i++) {
    const card = home.card(i);
    await expect(card.name).toHaveText(/\S/);
    await expect(card.price).toHaveText(/\d/);
    await expect(card.link).toHaveAttribute("href", /^\/p\/[^/]+$/);
  }
  await expect(home.card(0).price).toHaveText(/\$\d+\.\d{2}/);

  await expectAccessible(page);

  // A product card leads to its product page.
  const first = home.card(0);
  const href = await first.link.getAttribute("href");
  await first.link.click();
  await expect(page).toHaveURL((url) => url.pathname === href);
});
