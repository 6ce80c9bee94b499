// Who may see an order's confirmation page: the buyer only. Either the signed link from the
// payment redirect or the order email (its token names this very order), or the session of the
// account that placed it. Anyone else gets null, the same answer as for no order at all, so
// order numbers (sequential) reveal nothing.
import { getOrderDetails, getOrderForCustomer, type OrderDetails } from "@/lib/orders";
import { verifyOrderAccessToken } from "./order-link";

export interface ConfirmationRequest {
  /** The order number from the address. */
  number: number;
  /** The `token` query parameter, if any. */
  token?: string | null;
  /** The signed-in user, if any. */
  user?: { id: string } | null;
}

export async function confirmationFor({
  number,
  token,
  user,
}: ConfirmationRequest): Promise<OrderDetails | null> {
  if (!Number.isSafeInteger(number)) return null;
  const orderId = verifyOrderAccessToken(token);
  if (orderId) {
    const order = await getOrderDetails(orderId);
    // A genuine token for another order opens only that order, never this number.
    if (order && order.number === number) return order;
  }
  if (!user) return null;
  const order = await getOrderForCustomer({ number, userId: user.id });
  return order && order.userId === user.id ? order : null;
}
