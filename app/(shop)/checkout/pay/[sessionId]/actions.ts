"use server";
// The test provider's card form. The card number is validated for shape, handed to
// confirmTestPayment and dropped: it is never stored, logged or echoed back.
import { cookies } from "next/headers";
import { z } from "zod";
import { forgetGuestCart } from "@/lib/cart";
import { orderConfirmationPath } from "@/lib/notifications";
import { currentLogger } from "@/lib/logger";
import { confirmTestPayment } from "@/lib/payments";

const payInput = z.object({
  sessionId: z.string().regex(/^tps_[a-f0-9]{24}$/, "This payment page is not valid"),
  cardNumber: z
    .string({ error: "Enter a card number" })
    .trim()
    .min(1, "Enter a card number")
    .max(23, "Enter a card number of 13 to 19 digits")
    .regex(/^[\d -]+$/, "Use digits only"),
});

export type TestPayAnswer =
  | { ok: true; redirectUrl: string }
  | {
      ok: false;
      outcome: "declined" | "invalid" | "closed";
      message: string;
      fieldErrors: Record<string, string>;
    };

export async function payWithTestCard(input: unknown): Promise<TestPayAnswer> {
  const parsed = payInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path[0] === "cardNumber" ? "cardNumber" : "_form";
    const message = issue?.message ?? "Check the card number";
    return { ok: false, outcome: "invalid", message, fieldErrors: { [field]: message } };
  }
  try {
    const result = await confirmTestPayment(parsed.data.sessionId, parsed.data.cardNumber);
    if (result.outcome === "succeeded" && result.orderId && result.orderNumber) {
      // The paid cart is deleted by the cart's OrderPaid handler; the cookie can go now.
      forgetGuestCart(await cookies());
      return {
        ok: true,
        redirectUrl: orderConfirmationPath({ id: result.orderId, number: result.orderNumber }),
      };
    }
    if (result.outcome === "invalid_card")
      return {
        ok: false,
        outcome: "invalid",
        message: result.message,
        fieldErrors: { cardNumber: result.message },
      };
    if (result.outcome === "declined")
      return { ok: false, outcome: "declined", message: result.message, fieldErrors: {} };
    return {
      ok: false,
      outcome: "closed",
      message: result.message,
      fieldErrors: { _form: result.message },
    };
  } catch (error) {
    // Only the error is logged, never the input (it holds the card number).
    currentLogger().error({ err: error }, "test payment failed");
    const message = "The payment could not be completed. You have not been charged.";
    return { ok: false, outcome: "closed", message, fieldErrors: { _form: message } };
  }
}
