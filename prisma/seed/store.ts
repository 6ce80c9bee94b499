// Store settings for the demo: shipping methods, tax rates and discount codes. Amounts are in
// cents, rates in basis points, matching the schema.
import { orderedId } from "./ids";
import type { Prisma } from "../../lib/generated/prisma/client";

const EU_AND_FRIENDS = ["GB", "IE", "DE", "FR", "NL", "BE", "ES", "IT", "CA", "AU"];

export const shippingMethods = (): Prisma.ShippingMethodCreateManyInput[] =>
  [
    {
      code: "standard",
      name: "Standard",
      description: "Tracked delivery in 3–7 business days. Free over $75.",
      rateAmount: 599,
      freeOverAmount: 7500,
      minDeliveryDays: 3,
      maxDeliveryDays: 7,
      countries: ["US"],
      position: 0,
    },
    {
      code: "express",
      name: "Express",
      description: "Delivered in 1–2 business days.",
      rateAmount: 1499,
      minDeliveryDays: 1,
      maxDeliveryDays: 2,
      countries: ["US"],
      position: 1,
    },
    {
      code: "pickup",
      name: "Store pickup",
      description: "Collect from our Portland workshop, usually the next day.",
      rateAmount: 0,
      minDeliveryDays: 0,
      maxDeliveryDays: 1,
      countries: ["US"],
      position: 2,
    },
    {
      code: "international",
      name: "International",
      description: "Tracked delivery in 5–12 business days. Free over $200.",
      rateAmount: 2499,
      freeOverAmount: 20000,
      minDeliveryDays: 5,
      maxDeliveryDays: 12,
      countries: EU_AND_FRIENDS,
      position: 3,
    },
  ].map((method) => ({ id: orderedId(), currency: "USD", ...method }));

// US sales tax is added at checkout; European VAT is included in the shelf price.
export const taxRates = (): Prisma.TaxRateCreateManyInput[] =>
  [
    { country: "US", region: "CA", name: "California sales tax", rateBps: 725, inclusive: false },
    { country: "US", region: "NY", name: "New York sales tax", rateBps: 400, inclusive: false },
    { country: "US", region: "TX", name: "Texas sales tax", rateBps: 625, inclusive: false },
    { country: "US", region: "WA", name: "Washington sales tax", rateBps: 650, inclusive: false },
    { country: "US", region: "FL", name: "Florida sales tax", rateBps: 600, inclusive: false },
    { country: "GB", region: "", name: "VAT", rateBps: 2000, inclusive: true },
    { country: "DE", region: "", name: "MwSt.", rateBps: 1900, inclusive: true },
    { country: "FR", region: "", name: "TVA", rateBps: 2000, inclusive: true },
    { country: "NL", region: "", name: "BTW", rateBps: 2100, inclusive: true },
    { country: "IE", region: "", name: "VAT", rateBps: 2300, inclusive: true },
  ].map((rate) => ({ id: orderedId(), ...rate }));

export const discountCodes = (): Prisma.DiscountCodeCreateManyInput[] => [
  // PERCENT values are basis points: 1000 = 10 %.
  {
    id: orderedId(),
    code: "WELCOME10",
    type: "PERCENT",
    value: 1000,
    usageLimitPerCustomer: 1,
    active: true,
  },
  {
    id: orderedId(),
    code: "FREESHIP",
    type: "FREE_SHIPPING",
    value: 0,
    currency: "USD",
    minSubtotalAmount: 5000,
    active: true,
  },
];
