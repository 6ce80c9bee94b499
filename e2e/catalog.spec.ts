// Journey: a shopper walks down to a category, narrows it with a facet and a price range, sorts
// it by price, shares the address (it reproduces the listing), opens a product and switches
// variants, seeing the price and stock of each.
import { expect, test } from "./fixtures";
import { CategoryPage } from "./pages/category-page";
import { HomePage } from "./pages/home-page";
import { ProductPage } from "./pages/product-page";

test("category → facet and price filters → sort → product → variant switch", async ({
  page,
  expectAccessible,
}) => {
  // A long journey: eight page loads and three axe scans, on a shared two-core machine.
  test.setTimeout(90_000);
  const home = new HomePage(page);
  await home.goto();
  await home.categoryNav.getByRole("link", { name: "Clothing" }).click();
  const listing = new CategoryPage(page);
  await expect(listing.heading).toHaveText("Clothing");
  await page
    .getByRole("navigation", { name: "Clothing categories" })
    .getByRole("link", { name: "Tops" })
    .click();
  await expect(listing.heading).toHaveText("Tops");
  await page
    .getByRole("navigation", { name: "Tops categories" })
    .getByRole("link", { name: "T-shirts" })
    .click();
  await expect(listing.heading).toHaveText("T-shirts");
  await expect(listing.cards.first()).toBeVisible();
  await expectAccessible(page);

  // A facet and a price range, applied together; the address carries both.
  await listing.facet("Size", "XXL").check();
  await listing.minPrice.fill("20");
  await listing.maxPrice.fill("45");
  await listing.applyFilters.click();
  await page.waitForURL(/opt\.Size=XXL/);
  const filteredUrl = new URL(page.url());
  expect(filteredUrl.searchParams.getAll("opt.Size")).toEqual(["XXL"]);
  expect(filteredUrl.searchParams.get("price_min")).toBe("20");
  expect(filteredUrl.searchParams.get("price_max")).toBe("45");
  await expect(listing.facet("Size", "XXL")).toBeChecked();
  await expect(listing.activeFilters).toContainText("Size: XXL");
  await expect(listing.activeFilters).toContainText("Price: $20.00 to $45.00");
  const filtered = await listing.listed();
  expect(filtered.length).toBeGreaterThan(1);
  expect(filtered.length).toBeLessThanOrEqual(24); // one page, so sorting reorders the same set
  for (const product of filtered) {
    expect(product.price).toBeGreaterThanOrEqual(20);
    expect(product.price).toBeLessThanOrEqual(45);
  }

  // Sorted by price, low to high: same products, ascending prices, filters kept.
  await listing.sortBy("Price: low to high");
  const sorted = await listing.listed();
  expect(sorted.map((p) => p.price)).toEqual([...sorted.map((p) => p.price)].sort((a, b) => a - b));
  expect(new Set(sorted.map((p) => p.name))).toEqual(new Set(filtered.map((p) => p.name)));
  const sortedUrl = new URL(page.url());
  expect(sortedUrl.searchParams.get("sort")).toBe("price-asc");
  expect(sortedUrl.searchParams.getAll("opt.Size")).toEqual(["XXL"]);
  await expect(listing.sortSelect).toHaveValue("price-asc");
  await expectAccessible(page);

  // The address reproduces the listing: on reload, and opened afresh in another tab.
  await page.reload();
  expect(await listing.listed()).toEqual(sorted);
  const other = await page.context().newPage();
  await other.goto(sortedUrl.toString());
  const shared = new CategoryPage(other);
  expect(await shared.listed()).toEqual(sorted);
  await expect(shared.facet("Size", "XXL")).toBeChecked();
  await expect(shared.minPrice).toHaveValue("20");
  await other.close();

  // The cheapest product opens with its breadcrumb.
  await listing.cards.first().getByRole("heading").getByRole("link").click();
  const product = new ProductPage(page);
  await expect(product.heading).toHaveText(sorted[0]!.name);
  await expect(product.breadcrumb.getByRole("link", { name: "T-shirts" })).toBeVisible();
  await expectAccessible(page);

  // Another size first, then XXL: the seed charges $2.00 more for XXL, and the SKU, stock and
  // address follow the chosen variant.
  const sizes = await product
    .optionValues("Size")
    .evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).value));
  expect(sizes).toContain("XXL");
  const smaller = sizes.find((size) => size !== "XXL")!;
  await product.optionPill("Size", smaller).click();
  await expect(
    product.optionValues("Size").and(page.locator(`[value="${smaller}"]`)),
  ).toBeChecked();
  const before = await product.state();
  await product.optionPill("Size", "XXL").click();
  await expect(product.sku).toHaveText(/-XXL$/);
  const after = await product.state();
  expect(after.price).toBeCloseTo(before.price + 2, 2);
  expect(after.sku).not.toBe(before.sku);
  expect(new URL(page.url()).searchParams.get("variant")).toBeTruthy();

  // The server renders the same variant from the address: same price, stock and picture.
  await page.reload();
  expect(await product.state()).toEqual(after);

  // Stock is each variant's own: walking the sizes shows it change.
  const stocks = new Set<string>();
  for (const size of sizes) {
    await product.optionPill("Size", size).click();
    await expect(product.stock).toHaveText(/in stock|left|Sold out/);
    stocks.add((await product.state()).stock);
  }
  expect(stocks.size).toBeGreaterThan(1);
});
