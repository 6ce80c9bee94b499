// Test fixtures: an order written straight to the table, as checkout would have left it, for
// tests of what reads orders (mails, confirmation pages) without going through a checkout.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";

export interface TestOrderLine {
  productTitle: string;
  variantTitle: string;
  sku: string;
  unitPriceAmount: number;
  quantity: number;
}

export const TEST_SHIPPING_ADDRESS = {
  name: "Ada Buyer",
  line1: "1 Main St",
  city: "Portland",
  region: "OR",
  postalCode: "97201",
  country: "US",
};

/** A PENDING_PAYMENT order in USD with these lines; totals add up from them. */
export async function createTestOrder(
  input: {
    userId?: string | null;
    lines?: TestOrderLine[];
    discountAmount?: number;
    discountCode?: string;
    shippingAmount?: number;
  } = {},
): Promise<{ id: string; number: number }> {
  const lines = input.lines ?? [
    {
      productTitle: "Field T-Shirt",
      variantTitle: "M",
      sku: "T-1",
      unitPriceAmount: 2500,
      quantity: 1,
    },
  ];
  const subtotalAmount = lines.reduce((sum, line) => sum + line.unitPriceAmount * line.quantity, 0);
  const discountAmount = input.discountAmount ?? 0;
  const shippingAmount = input.shippingAmount ?? 500;
  return (await db()).order.create({
    data: {
      userId: input.userId ?? null,
      email: "buyer@example.com",
      currency: "USD",
      subtotalAmount,
      discountAmount,
      discountCode: input.discountCode ?? null,
      shippingAmount,
      taxAmount: 0,
      totalAmount: subtotalAmount - discountAmount + shippingAmount,
      shippingAddress: TEST_SHIPPING_ADDRESS,
      idempotencyKey: `test-${randomBytes(6).toString("hex")}`,
      lines: {
        create: lines.map((line) => ({
          ...line,
          lineTotalAmount: line.unitPriceAmount * line.quantity,
        })),
      },
    },
    select: { id: true, number: true },
  });
}
