// Reads for the signed-in shopper: every function finds the user from the session itself, so
// there is no user id parameter to get wrong, and another shopper's address or order reads as
// "none" (null), exactly like one that does not exist.
import { userCreatedAt, userOrThrow } from "@/lib/auth";
import { db } from "@/lib/db";
import {
  getOrderForCustomer,
  listOrdersForUser,
  type OrderDetails,
  type OrderSummary,
} from "@/lib/orders";
import { addressIdSchema, orderNumberSchema } from "./schemas";
import type { AddressView, ProfileView } from "./types";

const addressSelect = {
  id: true,
  name: true,
  company: true,
  line1: true,
  line2: true,
  city: true,
  region: true,
  postalCode: true,
  country: true,
  phone: true,
  isDefaultShipping: true,
  isDefaultBilling: true,
} as const;

export async function getMyProfile(): Promise<ProfileView> {
  const user = await userOrThrow();
  return { ...user, memberSince: await userCreatedAt(user.id) };
}

/** The address book: default shipping first, then default billing, then newest. */
export async function listMyAddresses(): Promise<AddressView[]> {
  const user = await userOrThrow();
  return (await db()).address.findMany({
    where: { userId: user.id },
    orderBy: [
      { isDefaultShipping: "desc" },
      { isDefaultBilling: "desc" },
      { createdAt: "desc" },
      { id: "asc" },
    ],
    select: addressSelect,
  });
}

export async function getMyAddress(id: string): Promise<AddressView | null> {
  const user = await userOrThrow();
  const parsed = addressIdSchema.safeParse(id);
  if (!parsed.success) return null;
  return (await db()).address.findFirst({
    where: { id: parsed.data, userId: user.id },
    select: addressSelect,
  });
}

/** The default shipping address, for checkout to preselect. */
export async function getMyDefaultAddress(
  kind: "shipping" | "billing",
): Promise<AddressView | null> {
  const user = await userOrThrow();
  const where = kind === "shipping" ? { isDefaultShipping: true } : { isDefaultBilling: true };
  return (await db()).address.findFirst({
    where: { userId: user.id, ...where },
    select: addressSelect,
  });
}

export const ORDERS_PER_PAGE = 10;

export async function listMyOrders(
  page = 1,
): Promise<{ orders: OrderSummary[]; page: number; hasNext: boolean }> {
  const user = await userOrThrow();
  const safePage = Number.isSafeInteger(page) && page > 0 ? page : 1;
  // One extra row says whether there is a next page without counting the whole history.
  const rows = await listOrdersForUser(user.id, {
    take: ORDERS_PER_PAGE + 1,
    skip: (safePage - 1) * ORDERS_PER_PAGE,
  });
  return {
    orders: rows.slice(0, ORDERS_PER_PAGE),
    page: safePage,
    hasNext: rows.length > ORDERS_PER_PAGE,
  };
}

/** One of the signed-in shopper's orders by its number; null for anyone else's. */
export async function getMyOrder(number: unknown): Promise<OrderDetails | null> {
  const user = await userOrThrow();
  const parsed = orderNumberSchema.safeParse(number);
  if (!parsed.success) return null;
  const order = await getOrderForCustomer({ number: parsed.data, userId: user.id });
  // Belt and braces: the owner check is repeated on what came back.
  return order && order.userId === user.id ? order : null;
}
