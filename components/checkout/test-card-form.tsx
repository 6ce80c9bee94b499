"use client";
// The card field of the test payment page. The number goes straight to the server action and is
// kept nowhere else: not in the URL, not in storage. A decline shows beside the field, with the
// way back to checkout (the cart is untouched and the stock released).
import Link from "next/link";
import { useState, useTransition } from "react";
import { Field } from "./field";
import { clearCheckoutDraft } from "./use-checkout-draft";

export type TestPayAnswer =
  | { ok: true; redirectUrl: string }
  | {
      ok: false;
      outcome: "declined" | "invalid" | "closed";
      message: string;
      fieldErrors: Record<string, string>;
    };

export interface TestCardFormProps {
  sessionId: string;
  amount: string;
  successCard: string;
  declineCard: string;
  pay(input: { sessionId: string; cardNumber: string }): Promise<TestPayAnswer>;
}

export function TestCardForm({
  sessionId,
  amount,
  successCard,
  declineCard,
  pay,
}: TestCardFormProps) {
  const [cardNumber, setCardNumber] = useState("");
  const [answer, setAnswer] = useState<TestPayAnswer | null>(null);
  const [pending, start] = useTransition();
  const failed = answer && !answer.ok ? answer : null;
  const finished = failed?.outcome === "declined" || failed?.outcome === "closed";

  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        start(async () => {
          const result = await pay({ sessionId, cardNumber });
          if (result.ok) {
            clearCheckoutDraft();
            window.location.assign(result.redirectUrl);
          } else {
            setCardNumber("");
            setAnswer(result);
          }
        });
      }}
    >
      <Field
        name="cardNumber"
        label="Card number"
        inputMode="numeric"
        autoComplete="cc-number"
        placeholder="1234 1234 1234 1234"
        value={cardNumber}
        onChange={(event) => setCardNumber(event.target.value)}
        error={failed?.fieldErrors.cardNumber}
        disabled={finished}
        hint={`Test cards: ${successCard} pays, ${declineCard} is declined.`}
      />
      {failed?.fieldErrors._form ? (
        <p role="alert" className="text-sm text-danger">
          {failed.fieldErrors._form}
        </p>
      ) : null}
      {failed?.outcome === "declined" ? (
        <div role="alert" className="flex flex-col gap-2 text-sm" data-testid="payment-declined">
          <p className="font-semibold text-danger">
            Your card was declined. You have not been charged.
          </p>
          <p className="text-ink">
            Your cart is as you left it: go back to checkout to pay with another card.
          </p>
          <Link
            href="/checkout"
            className="inline-flex min-h-11 items-center justify-center rounded-md border border-ink-faint px-5 font-semibold text-ink hover:bg-paper-soft"
          >
            Back to checkout
          </Link>
        </div>
      ) : null}
      {!finished ? (
        <button
          type="submit"
          disabled={pending}
          className="inline-flex min-h-12 items-center justify-center rounded-md bg-brand px-6 text-base font-semibold text-paper hover:bg-brand-dark disabled:opacity-70"
        >
          {pending ? "Paying…" : `Pay ${amount}`}
        </button>
      ) : null}
    </form>
  );
}
