// Cart changes. Each runs in one transaction, bumps the cart's version (the checkout's
// idempotency key includes it) and slides its expiry; bad input throws a CartError and changes
// nothing, because validation happens before the transaction or rolls it back.
import { inTransaction, type Tx } from "@/lib/db";
import { bumpCart, cartVersion, createCartRow } from "./cart-row";
import { MAX_LINE_QUANTITY } from "./constants";
import { CartError, parseInput } from "./errors";
import {
  addLineSchema,
  discountCodeSchema,
  removeLineSchema,
  updateLineSchema,
  type AddLineInput,
  type RemoveLineInput,
  type UpdateLineInput,
} from "./schemas";
import { variantFacts } from "@/lib/catalog";
import { availableUnits } from "./available-units";

/** Which cart to change: an existing one, or none yet (a new one is made, for `userId` if given). */
export interface CartTarget {
  cartId: string | null;
  userId?: string | null;
}

export interface CartChange {
  cartId: string;
  version: number;
  /** True when this change created the cart (a guest then needs the cookie). */
  created: boolean;
}

async function assertSellable(tx: Tx, variantId: string): Promise<void> {
  const facts = (await variantFacts(tx, [variantId])).get(variantId);
  if (!facts || !facts.sellable) {
    throw new CartError("variant_unavailable", "This product is no longer available", {
      variantId: "This product is no longer available",
    });
  }
}

function notEnoughStock(available: number): CartError {
  const message = available === 0 ? "Sorry, this is sold out" : `Only ${available} left in stock`;
  return new CartError("out_of_stock", message, { quantity: message });
}

/** Adds `quantity` units of a variant, merging with a line for the same variant. */
export async function addLine(
  target: CartTarget,
  input: AddLineInput,
  now = new Date(),
): Promise<CartChange> {
  const { variantId, quantity } = parseInput(addLineSchema, input);
  const available = (await availableUnits([variantId])).get(variantId) ?? 0;
  return inTransaction(async (tx) => {
    let cartId = target.cartId;
    let created = false;
    if (cartId === null)
      ({ id: cartId, created } = await createCartRow(tx, target.userId ?? null, now));
    await bumpCart(tx, cartId, now);
    await assertSellable(tx, variantId);
    const line = await tx.cartLine.findUnique({
      where: { cartId_variantId: { cartId, variantId } },
      select: { quantity: true },
    });
    const next = (line?.quantity ?? 0) + quantity;
    if (next > MAX_LINE_QUANTITY) {
      const message = `You can have at most ${MAX_LINE_QUANTITY} of this item in your cart`;
      throw new CartError("quantity_limit", message, { quantity: message });
    }
    if (next > available) throw notEnoughStock(available);
    await tx.cartLine.upsert({
      where: { cartId_variantId: { cartId, variantId } },
      create: { cartId, variantId, quantity },
      update: { quantity: next },
    });
    return { cartId, version: await cartVersion(tx, cartId), created };
  });
}

/** Sets a line's quantity. Lowering is always allowed; raising needs the stock to be there. */
export async function updateLine(
  cartId: string,
  input: UpdateLineInput,
  now = new Date(),
): Promise<CartChange> {
  const { variantId, quantity } = parseInput(updateLineSchema, input);
  const available = (await availableUnits([variantId])).get(variantId) ?? 0;
  return inTransaction(async (tx) => {
    await bumpCart(tx, cartId, now);
    const line = await tx.cartLine.findUnique({
      where: { cartId_variantId: { cartId, variantId } },
      select: { id: true, quantity: true },
    });
    if (!line) throw new CartError("line_not_found", "That item is no longer in your cart");
    if (quantity > line.quantity) {
      await assertSellable(tx, variantId);
      if (quantity > available) throw notEnoughStock(available);
    }
    await tx.cartLine.update({ where: { id: line.id }, data: { quantity } });
    return { cartId, version: await cartVersion(tx, cartId), created: false };
  });
}

/** Removes a variant's line. Removing a line that is already gone is not an error. */
export async function removeLine(
  cartId: string,
  input: RemoveLineInput,
  now = new Date(),
): Promise<CartChange> {
  const { variantId } = parseInput(removeLineSchema, input);
  return inTransaction(async (tx) => {
    await bumpCart(tx, cartId, now);
    await tx.cartLine.deleteMany({ where: { cartId, variantId } });
    return { cartId, version: await cartVersion(tx, cartId), created: false };
  });
}

/**
 * Stores (or, with null, clears) the discount code the checkout should apply. Whether the code
 * is valid for this cart is the checkout's call when it prices the cart.
 */
export async function setDiscountCode(
  cartId: string,
  code: string | null,
  now = new Date(),
): Promise<CartChange> {
  const discountCode = code === null ? null : parseInput(discountCodeSchema, code);
  return inTransaction(async (tx) => {
    await bumpCart(tx, cartId, now);
    await tx.cart.update({ where: { id: cartId }, data: { discountCode } });
    return { cartId, version: await cartVersion(tx, cartId), created: false };
  });
}
