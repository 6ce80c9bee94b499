"use server";
// Cart server actions. Each validates its input with the cart's zod schema, and changes the
// cart this request's session or signed cookie names, never an id the client sends. Each
// returns the cart after the change, for the drawer and the cart page to show. The *Form
// variants take FormData for `useActionState`, so the cart page works before JavaScript loads.
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import {
  addLine,
  addLineSchema,
  CartError,
  getCart,
  rememberGuestCart,
  removeLine,
  removeLineSchema,
  resolveCartOwner,
  updateLine,
  updateLineSchema,
} from "@/lib/cart";
import { failure, parseOrThrow, type CartActionResult } from "./action-result";

async function done(cartId: string, userId: string | null): Promise<CartActionResult> {
  // Guests get their cookie (re)issued, sliding with the cart's expiry.
  if (!userId) await rememberGuestCart(await cookies(), cartId);
  // The header's item count is rendered by the shop layout.
  revalidatePath("/", "layout");
  return { ok: true, cart: await getCart(cartId) };
}

async function ownedCartId(): Promise<{ cartId: string; userId: string | null }> {
  const owner = await resolveCartOwner(await cookies());
  if (!owner.cartId) throw new CartError("cart_not_found", "Your cart is empty or has expired.");
  return { cartId: owner.cartId, userId: owner.userId };
}

export async function addToCart(input: unknown): Promise<CartActionResult> {
  try {
    const line = parseOrThrow(addLineSchema, input);
    const owner = await resolveCartOwner(await cookies());
    const change = await addLine({ cartId: owner.cartId, userId: owner.userId }, line).catch(
      (error: unknown) => {
        // The cookie's cart expired meanwhile: start a new one rather than failing the add.
        if (error instanceof CartError && error.code === "cart_not_found" && owner.cartId) {
          return addLine({ cartId: null, userId: owner.userId }, line);
        }
        throw error;
      },
    );
    return await done(change.cartId, owner.userId);
  } catch (error) {
    return failure(error);
  }
}

export async function updateCartLine(input: unknown): Promise<CartActionResult> {
  try {
    const line = parseOrThrow(updateLineSchema, input);
    const { cartId, userId } = await ownedCartId();
    return await done((await updateLine(cartId, line)).cartId, userId);
  } catch (error) {
    return failure(error);
  }
}

export async function removeCartLine(input: unknown): Promise<CartActionResult> {
  try {
    const line = parseOrThrow(removeLineSchema, input);
    const { cartId, userId } = await ownedCartId();
    return await done((await removeLine(cartId, line)).cartId, userId);
  } catch (error) {
    return failure(error);
  }
}

export async function updateCartLineForm(
  _previous: CartActionResult | null,
  form: FormData,
): Promise<CartActionResult> {
  return updateCartLine(form);
}

export async function removeCartLineForm(
  _previous: CartActionResult | null,
  form: FormData,
): Promise<CartActionResult> {
  return removeCartLine(form);
}

export async function addToCartForm(
  _previous: CartActionResult | null,
  form: FormData,
): Promise<CartActionResult> {
  return addToCart(form);
}
