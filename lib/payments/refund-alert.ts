// Money owed to a shopper that is not reaching them: a refund still failing after
// ALERT_AFTER_ATTEMPTS provider calls, or one the provider refused for good. Every ADMIN gets one
// mail per refund: the alert is claimed by setting alertedAt before any mail goes out, so
// concurrent workers and later failures of the same refund never send it twice.
import { emailsOfRole } from "@/lib/auth";
import { db } from "@/lib/db";
import { childLogger } from "@/lib/logger";
import { renderEmail, sendMail } from "@/lib/mail";
import { formatMoney } from "@/lib/money";
import { getOrderDetails } from "@/lib/orders";

const log = childLogger({ component: "refunds" });

/** Alerts the admins about this refund unless they already were; true when this call sent it. */
export async function alertRefundFailing(
  refundId: string,
  now: Date = new Date(),
): Promise<boolean> {
  const prisma = await db();
  const { count } = await prisma.refund.updateMany({
    where: { id: refundId, alertedAt: null },
    data: { alertedAt: now },
  });
  if (count === 0) return false;
  try {
    const refund = await prisma.refund.findUniqueOrThrow({
      where: { id: refundId },
      include: { payment: { select: { provider: true, currency: true } } },
    });
    const order = await getOrderDetails(refund.orderId);
    const admins = await emailsOfRole("ADMIN");
    if (admins.length === 0)
      log.error({ refundId }, "a refund keeps failing and there is no admin");
    const orderName = order ? `order #${order.number}` : `order ${refund.orderId}`;
    const amount = formatMoney({ amount: refund.amount, currency: refund.payment.currency });
    const mail = renderEmail({
      subject: `Refund of ${amount} for ${orderName} is not going through`,
      preheader: "Money owed to a shopper has not reached them.",
      heading: "A refund needs your attention",
      paragraphs: [
        refund.status === "FAILED"
          ? `The payment provider refused the refund of ${amount} for ${orderName}. The shopper has not been paid back: refund them another way, or contact ${refund.payment.provider}.`
          : `The refund of ${amount} for ${orderName} has failed ${refund.attempts} times at ${refund.payment.provider}. Cartwright keeps retrying it, but the shopper has not been paid back yet.`,
      ],
      rows: [
        { label: "Refund", value: refund.id },
        { label: "Attempts", value: String(refund.attempts) },
        { label: "Last error", value: refund.lastError ?? "none recorded" },
        ...(refund.reason ? [{ label: "Reason", value: refund.reason }] : []),
      ],
    });
    for (const to of admins) await sendMail({ to, ...mail });
    log.error({ refundId, attempts: refund.attempts, admins: admins.length }, "refund alert sent");
  } catch (error) {
    // Claimed but not sent: logged loudly rather than sent twice.
    log.error({ err: error, refundId }, "could not send the refund alert");
  }
  return true;
}
