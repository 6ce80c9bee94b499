// A discount code is used when an order is placed with it: counted against its overall limit by a
// conditional update (the limit can never be overrun, however many orders race for the last use),
// and against its per-customer limit under transaction-scoped advisory locks on (code, email) and
// (code, user). Cancelling the order gives the use back (handlers.ts).
// Per-customer limits (usageLimitPerCustomer) hold only for signed-in customers, counted by user
// id: a guest is known only by the email they type, so a new email is a new "customer". Codes
// meant once per person should be offered to signed-in customers. Every refusal that depends on
// who asks says only "This code cannot be applied", so checkout never tells whether someone else
// (by email) has used a code.
import type { Tx } from "@/lib/db";
import { CheckoutError } from "./errors";
import { CODE_CANNOT_BE_APPLIED } from "./pricing-rules";

export async function claimDiscount(
  tx: Tx,
  input: { code: string; orderId: string; email: string; userId: string | null },
): Promise<void> {
  const discount = await tx.discountCode.findUnique({ where: { code: input.code } });
  if (!discount) throw unavailable(`We don't recognise the code ${input.code}.`);
  const claimed = await tx.$executeRaw`
    UPDATE "DiscountCode" SET "usedCount" = "usedCount" + 1, "updatedAt" = now()
     WHERE "id" = ${discount.id} AND ("usageLimit" IS NULL OR "usedCount" < "usageLimit")`;
  if (claimed === 0) throw unavailable(`The code ${discount.code} has been used up.`);
  if (discount.usageLimitPerCustomer !== null) {
    // Email first, then user: one order for every claim, so two never wait on each other.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`discount:${discount.id}:${input.email}`}))`;
    if (input.userId)
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`discount:${discount.id}:user:${input.userId}`}))`;
    const who = [{ email: input.email }, ...(input.userId ? [{ userId: input.userId }] : [])];
    const used = await tx.discountUsage.count({ where: { discountId: discount.id, OR: who } });
    if (used >= discount.usageLimitPerCustomer) throw unavailable(CODE_CANNOT_BE_APPLIED);
  }
  await tx.discountUsage.create({
    data: {
      discountId: discount.id,
      orderId: input.orderId,
      email: input.email,
      userId: input.userId,
    },
  });
}

/** Gives back the use an order made of its code (the order was cancelled). Idempotent. */
export async function releaseDiscount(tx: Tx, orderId: string): Promise<void> {
  const usage = await tx.discountUsage.findUnique({ where: { orderId } });
  if (!usage) return;
  await tx.discountUsage.delete({ where: { id: usage.id } });
  await tx.$executeRaw`UPDATE "DiscountCode" SET "usedCount" = GREATEST("usedCount" - 1, 0), "updatedAt" = now() WHERE "id" = ${usage.discountId}`;
}

function unavailable(message: string): CheckoutError {
  return new CheckoutError("discount_unavailable", message, { discountCode: message });
}
