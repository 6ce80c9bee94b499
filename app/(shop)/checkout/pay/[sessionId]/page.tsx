// /checkout/pay/[sessionId] — the built-in test provider's payment page (used when Stripe is
// not configured). 4242 4242 4242 4242 pays; 4000 0000 0000 0002 is declined, which releases the
// order's stock and leaves the cart as it was, so the shopper can go back and try again.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { TestCardForm } from "@/components/checkout/test-card-form";
import { formatMoney } from "@/lib/money";
import { orderConfirmationPath } from "@/lib/notifications";
import { getTestPaymentSession, TEST_CARD_DECLINE, TEST_CARD_SUCCESS } from "@/lib/payments";
import { payWithTestCard } from "./actions";

export const metadata: Metadata = { title: "Pay", robots: { index: false } };

export default async function TestPaymentPage({
  params,
}: {
  params: Promise<{ sessionId: string }>;
}) {
  const { sessionId } = await params;
  const session = await getTestPaymentSession(sessionId);
  if (!session) notFound();
  if (session.status === "SUCCEEDED")
    redirect(orderConfirmationPath({ id: session.orderId, number: session.orderNumber }));
  const amount = formatMoney({ amount: session.amount, currency: session.currency });
  const closed = session.orderStatus !== "PENDING_PAYMENT";
  const declined = session.status === "FAILED" || session.status === "CANCELLED";
  return (
    <div className="mx-auto max-w-md px-4 py-10 sm:px-6">
      <p className="text-sm font-medium tracking-wide text-ink-muted uppercase">Test payment</p>
      <h1 className="mt-1 text-2xl font-bold text-ink">Pay {amount}</h1>
      <p className="mt-2 text-sm text-ink-muted">
        Order #{session.orderNumber} for {session.email}
      </p>
      <div className="mt-6 rounded-card border border-paper-line p-5">
        {closed ? (
          <p role="alert" className="text-sm text-danger">
            {session.orderStatus === "CANCELLED"
              ? "This order was cancelled because it was not paid in time. You have not been charged."
              : "This order can no longer be paid here."}
          </p>
        ) : declined ? (
          <div role="alert" className="flex flex-col gap-3 text-sm">
            <p className="font-semibold text-danger">
              Your card was declined. You have not been charged.
            </p>
            <p className="text-ink">
              Your cart is as you left it. Go back to checkout to try again with another card.
            </p>
            <Link
              href="/checkout"
              className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand px-5 font-semibold text-paper hover:bg-brand-dark"
            >
              Back to checkout
            </Link>
          </div>
        ) : (
          <TestCardForm
            sessionId={sessionId}
            amount={amount}
            pay={payWithTestCard}
            successCard={TEST_CARD_SUCCESS}
            declineCard={TEST_CARD_DECLINE}
          />
        )}
      </div>
    </div>
  );
}
