// The people of the authorization matrix and what they own: two customers with an address and
// an order each, a staff member and an administrator.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/auth/testing";

export const PERSONAS = ["anonymous", "customerA", "customerB", "staff", "admin"] as const;
export type Persona = (typeof PERSONAS)[number];

export interface World {
  userId: Record<Persona, string | null>;
  addressOf: { customerA: string; customerB: string };
  orderOf: { customerA: number; customerB: number };
  /** An order number nobody has: the next one the sequence would hand out. */
  unusedOrderNumber: number;
}

async function addAddress(userId: string, line1: string): Promise<string> {
  const address = await (
    await db()
  ).address.create({
    data: {
      userId,
      name: "Resident",
      line1,
      city: "Springfield",
      postalCode: "12345",
      country: "US",
      isDefaultShipping: true,
      isDefaultBilling: true,
    },
  });
  return address.id;
}

async function addOrder(userId: string, email: string): Promise<number> {
  const order = await (
    await db()
  ).order.create({
    data: {
      userId,
      email,
      status: "PAID",
      currency: "USD",
      subtotalAmount: 2500,
      shippingAmount: 500,
      totalAmount: 3000,
      shippingAddress: {
        name: "Resident",
        line1: "1 Main St",
        city: "Springfield",
        postalCode: "12345",
        country: "US",
      },
      idempotencyKey: randomUUID(),
      lines: {
        create: {
          productTitle: "Classic T-Shirt",
          variantTitle: "M / Navy",
          sku: `SKU-${randomUUID().slice(0, 8)}`,
          unitPriceAmount: 2500,
          quantity: 1,
          lineTotalAmount: 2500,
        },
      },
      timeline: {
        create: [
          { type: "placed", message: "Order placed" },
          { type: "paid", message: "Payment received" },
        ],
      },
    },
  });
  return order.number;
}

export async function buildWorld(): Promise<World> {
  const [customerA, customerB, staff, admin] = await Promise.all([
    makeUser({ email: "alice@example.com", name: "Alice" }),
    makeUser({ email: "bob@example.com", name: "Bob" }),
    makeUser({ email: "sam@example.com", role: "STAFF", name: "Sam" }),
    makeUser({ email: "ada@example.com", role: "ADMIN", name: "Ada" }),
  ]);
  const orderA = await addOrder(customerA.id, customerA.email);
  const orderB = await addOrder(customerB.id, customerB.email);
  return {
    userId: {
      anonymous: null,
      customerA: customerA.id,
      customerB: customerB.id,
      staff: staff.id,
      admin: admin.id,
    },
    addressOf: {
      customerA: await addAddress(customerA.id, "1 Alice Lane"),
      customerB: await addAddress(customerB.id, "2 Bob Road"),
    },
    orderOf: { customerA: orderA, customerB: orderB },
    unusedOrderNumber: Math.max(orderA, orderB) + 1,
  };
}

/** Every value found under `key` in a React element tree (props and children, any depth). */
export function propValues(
  node: unknown,
  key: string,
  found: unknown[] = [],
  depth = 0,
): unknown[] {
  if (depth > 50 || node === null || typeof node !== "object") return found;
  if (Array.isArray(node)) {
    for (const child of node) propValues(child, key, found, depth + 1);
    return found;
  }
  const props = (node as { props?: Record<string, unknown> }).props;
  if (props) {
    if (key in props) found.push(props[key]);
    for (const value of Object.values(props)) propValues(value, key, found, depth + 1);
  }
  return found;
}
