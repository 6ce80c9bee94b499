// The cart's reaction to a paid order: the cart it came from is done with, so it is deleted
// (its lines with it). The guest cookie then names no cart and the next add starts a new one.
// Loaded by lib/event-subscribers.ts in every dispatching process: no "server-only" imports here.
import { registerHandler } from "@/lib/events";

registerHandler({
  name: "cart.clear-paid-cart",
  events: ["OrderPaid"],
  // Transactional: deleting an already deleted cart is harmless, and it runs once anyway.
  handle: async (event, tx) => {
    const cartId = event.payload.cartId;
    if (!cartId) return;
    await tx.cart.deleteMany({ where: { id: cartId } });
  },
});
