// The provider's own word on refunds (Stripe's refund.updated, charge.refunded): a refund it
// finished or failed after our call moves to SUCCEEDED or FAILED here. Exactly once per provider
// event, like payment events: the WebhookEvent row and the refunds' changes commit together.
import { inTransaction } from "@/lib/db";
import { kickDispatcher } from "@/lib/events";
import { alertRefundFailing } from "./refund-alert";
import { settleRefund } from "./refund-execution";
import type { ProviderName } from "./types";
import { recordWebhookEvent } from "./webhook-record";

export interface ProviderRefundUpdate {
  /** The provider's refund id (our Refund.providerReference). */
  reference: string;
  /** Our refund id, when the provider echoes it (Stripe: the refund's metadata). */
  refundId: string | null;
  status: "succeeded" | "pending" | "failed";
  failureReason: string | null;
}

export interface RefundEvent {
  provider: ProviderName;
  providerEventId: string;
  rawType: string;
  refunds: ProviderRefundUpdate[];
}

export type RefundEventOutcome = "duplicate" | "refunds_updated" | "ignored";

export async function handleRefundEvent(
  event: RefundEvent,
): Promise<{ outcome: RefundEventOutcome; refundIds: string[] }> {
  const failed: string[] = [];
  const result = await inTransaction(async (tx) => {
    const first = await recordWebhookEvent(tx, {
      ...event,
      payload: { refunds: event.refunds.map((refund) => ({ ...refund })) },
    });
    if (!first) return { outcome: "duplicate" as const, refundIds: [] };
    const changed: string[] = [];
    for (const update of event.refunds) {
      if (update.status === "pending") continue;
      const refund = await tx.refund.findFirst({
        where: {
          OR: [
            { providerReference: update.reference },
            ...(update.refundId ? [{ id: update.refundId, providerReference: null }] : []),
          ],
          payment: { provider: event.provider },
        },
        select: { id: true },
      });
      if (!refund) continue;
      const settled = await settleRefund(tx, refund.id, {
        status: update.status === "succeeded" ? "SUCCEEDED" : "FAILED",
        reference: update.reference,
        error: update.failureReason
          ? `The provider failed the refund: ${update.failureReason}`
          : null,
      });
      if (settled.changed) changed.push(refund.id);
      if (settled.failed) failed.push(refund.id);
    }
    await tx.webhookEvent.update({
      where: {
        provider_providerEventId: {
          provider: event.provider,
          providerEventId: event.providerEventId,
        },
      },
      data: { processedAt: new Date() },
    });
    return {
      outcome: changed.length > 0 ? ("refunds_updated" as const) : ("ignored" as const),
      refundIds: changed,
    };
  });
  if (result.refundIds.length > 0) kickDispatcher();
  for (const refundId of failed) await alertRefundFailing(refundId);
  return result;
}
