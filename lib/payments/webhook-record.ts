// Every provider event is applied once: its WebhookEvent row (unique provider event id) is
// written in the transaction that applies it, and a second delivery finds the row there.
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Records the event; false when it was recorded before (a redelivery: apply nothing). */
export async function recordWebhookEvent(
  tx: Tx,
  event: {
    provider: string;
    providerEventId: string;
    rawType: string;
    payload: Prisma.InputJsonValue;
  },
): Promise<boolean> {
  const { count } = await tx.webhookEvent.createMany({
    data: [
      {
        provider: event.provider,
        providerEventId: event.providerEventId,
        type: event.rawType,
        payload: event.payload,
      },
    ],
    skipDuplicates: true,
  });
  return count > 0;
}
