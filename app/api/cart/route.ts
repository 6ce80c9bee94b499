// GET /api/cart — the current shopper's cart with live prices and stock, for the cart drawer.
// The cart is the one the session or the signed cookie names; nothing is created or changed.
import { cookies } from "next/headers";
import { getCart, readCartOwner } from "@/lib/cart";
import { withObservability } from "@/lib/observability";

export const dynamic = "force-dynamic";

export const GET = withObservability("/api/cart", async () => {
  const { cartId } = await readCartOwner(await cookies());
  return Response.json(
    { cart: await getCart(cartId) },
    { headers: { "cache-control": "private, no-store" } },
  );
});
