// Checkout reads for the pages: the shipping methods a country can choose from.
import { db } from "@/lib/db";
import { shippingOption, shipsTo } from "./pricing-rules";
import type { ShippingOption } from "./types";

/** Active methods shipping to `country` (all active ones without a country), at their base rate. */
export async function listShippingMethods(
  country?: string,
  currency = "USD",
): Promise<ShippingOption[]> {
  const rows = await (
    await db()
  ).shippingMethod.findMany({
    where: { active: true, currency },
    orderBy: [{ position: "asc" }, { name: "asc" }],
  });
  const wanted = country?.toUpperCase();
  return rows
    .filter((row) => !wanted || shipsTo(row, wanted))
    .map((row) => shippingOption(row, 0, false));
}
