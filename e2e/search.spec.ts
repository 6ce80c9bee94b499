// Journeys: a shopper searches with a typo and still finds the T-shirts, narrows and sorts the
// results (the address reproduces them), and picks a product from the header's suggestions
// with the keyboard. Without JavaScript the header box still searches.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { parsePrice } from "./pages/category-page";

function searchParts(page: Page) {
  const banner = page.getByRole("banner");
  const box = banner.getByRole("combobox", { name: "Search products" });
  const filters = page.getByRole("complementary", { name: "Filters" });
  const results = page.getByRole("list", { name: "Search results" });
  return {
    box,
    suggestions: banner.getByRole("listbox", { name: "Suggestions" }),
    filters,
    results,
    cards: results.getByRole("article"),
    facet: (group: string, value: string) =>
      filters
        .getByRole("group", { name: group })
        .getByRole("checkbox", { name: new RegExp(`^${value} `) }),
  };
}

test("a misspelt search finds the T-shirts, then filters and sorts them in the address", async ({
  page,
  expectAccessible,
}) => {
  test.slow(); // five page loads and two axe scans
  await page.goto("/");
  const s = searchParts(page);
  await s.box.fill("tshrit");
  await s.box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=tshrit$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “tshrit”");
  await expect(s.box).toHaveValue("tshrit");

  await expect(s.cards.first()).toBeVisible();
  const titles = await s.cards.getByRole("heading").allInnerTexts();
  expect(titles.length).toBeGreaterThan(3);
  for (const title of titles) expect(title).toMatch(/T-Shirt/);
  await expectAccessible(page);

  // Size M, in stock, cheapest first: the address alone reproduces the listing.
  await s.facet("Size", "M").check();
  await s.filters.getByRole("checkbox", { name: /In stock only/ }).check();
  await s.filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/opt\.Size=M/);
  await page.getByLabel("Sort by").selectOption({ label: "Price: low to high" });
  await page.getByRole("button", { name: "Sort", exact: true }).click();
  await expect(page).toHaveURL(/sort=price-asc/);
  expect(new URL(page.url()).searchParams.get("q")).toBe("tshrit");
  expect(new URL(page.url()).searchParams.get("in_stock")).toBe("1");

  const prices = (await s.cards.getByTestId("price").allTextContents()).map(parsePrice);
  expect(prices.length).toBeGreaterThan(1);
  expect(prices).toEqual([...prices].sort((a, b) => a - b));
  await expect(s.facet("Size", "M")).toBeChecked();
  const shown = await s.cards.getByRole("heading").allInnerTexts();

  await page.goto(page.url());
  await expect(s.cards.getByRole("heading")).toHaveText(shown);
  await expectAccessible(page);
});

test("suggestions appear as you type and the keyboard picks one", async ({
  page,
  expectAccessible,
}) => {
  await page.goto("/");
  const s = searchParts(page);
  await expect(s.box).toHaveAttribute("aria-expanded", "false");
  await s.box.pressSequentially("ts", { delay: 80 });
  await expect(s.suggestions).toBeVisible();
  await expect(s.suggestions).toHaveAttribute("aria-busy", "false");
  await expect(s.box).toHaveAttribute("aria-expanded", "true");
  const options = s.suggestions.getByRole("option");
  await expect(options.first()).toContainText("T-Shirt");
  await expect(options.last()).toHaveText("Search for “ts”");
  await expectAccessible(page);

  // Down highlights the first product (announced through aria-activedescendant), Up wraps back.
  await s.box.press("ArrowDown");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await expect(s.box).toHaveAttribute(
    "aria-activedescendant",
    (await options.first().getAttribute("id"))!,
  );
  await s.box.press("ArrowUp");
  await expect(s.box).not.toHaveAttribute("aria-activedescendant");
  await s.box.press("Escape");
  await expect(s.suggestions).toBeHidden();
  await expect(s.box).toHaveValue("ts");

  // Type on and choose with the keyboard: Enter opens the highlighted product.
  await s.box.pressSequentially("hirt", { delay: 40 });
  await expect(options.last()).toHaveText("Search for “tshirt”");
  await expect(s.suggestions).toHaveAttribute("aria-busy", "false");
  await expect(options.first()).toContainText("T-Shirt");
  const title = (await options.first().locator("span").nth(1).innerText()).trim();
  await s.box.press("ArrowDown");
  await s.box.press("Enter");
  await expect(page).toHaveURL(/\/p\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header box is a plain search form", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("banner").getByRole("combobox", { name: "Search products" });
    await box.fill("hoodie");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=hoodie$/);
    await expect(
      page.getByRole("list", { name: "Search results" }).getByRole("article").first(),
    ).toContainText("Hoodie");
  });
});
