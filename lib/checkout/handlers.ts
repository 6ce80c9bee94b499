// Checkout's reactions to order events. Loaded by lib/event-subscribers.ts in every dispatching process
// (the web server and `npm run worker`), so it and its imports stay free of "server-only".
import { registerHandler } from "@/lib/events";
import { releaseDiscount } from "./discount-usage";

registerHandler({
  name: "checkout.release-discount",
  events: ["OrderCancelled"],
  // Transactional: the use is given back exactly once, however often the event is delivered.
  handle: async (event, tx) => releaseDiscount(tx, event.payload.orderId),
});
