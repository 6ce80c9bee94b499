// Payments' reactions to order events. Loaded by lib/event-subscribers.ts in every dispatching process, so
// it and its imports stay free of "server-only".
import { db } from "@/lib/db";
import { registerHandler } from "@/lib/events";
import { providerFor } from "./provider";

registerHandler({
  name: "payments.expire-open-sessions",
  events: ["OrderCancelled"],
  // External (a provider call), so at least once: expiring an already expired session is a no-op.
  external: true,
  handle: async (event) => {
    const open = await (
      await db()
    ).payment.findMany({
      where: { orderId: event.payload.orderId, status: "PENDING" },
      select: { provider: true, providerReference: true },
    });
    for (const payment of open) {
      if (payment.provider === "stripe" || payment.provider === "test")
        await providerFor(payment.provider).expireSession(payment.providerReference);
    }
  },
});
