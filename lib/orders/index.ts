// Orders: the public face of lib/orders. The lifecycle is an explicit state machine
// (state-machine.ts); every status change locks the order, writes its timeline and publishes an
// outbox event in one transaction. Commands take an optional `tx` to join a caller's transaction.
export {
  countOrdersByUser,
  countOrdersPlaced,
  getOrderDetails,
  getOrderForCustomer,
  listOrders,
  listOrdersForUser,
} from "./queries";
export { createOrder, findOrderByKey } from "./create";
export { countUnpaidOrders, unpaidOrdersOfCart } from "./unpaid";
export type { CreatedOrder, OrderDraft } from "./create";
export { markOrderPaid, markPaymentFailed } from "./payment-commands";
export type { MarkPaidInput, MarkPaidResult } from "./payment-commands";
export { applyRefund, cancelOrder, fulfilOrder, markOrderDelivered } from "./commands";
export type { ApplyRefundInput } from "./commands";
export { expireReservations, startExpirySweep } from "./expiry";
export type { ExpirySweep } from "./expiry";
export { addTimeline, lockOrder } from "./transition";
export type { LockedOrder, TimelineEntry } from "./transition";
export {
  canTransition,
  IllegalTransitionError,
  OrderCommandError,
  OrderNotFoundError,
  orderStatuses,
  orderTransitions,
  paidStatuses,
} from "./state-machine";
export { cancelOrderSchema, fulfilOrderSchema, markDeliveredSchema } from "./schemas";
export type { CancelOrderInput, FulfilOrderInput, MarkDeliveredInput } from "./schemas";
export type {
  FulfilmentView,
  OrderAddress,
  OrderDetails,
  OrderLineView,
  OrderStatus,
  OrderSummary,
  OrderTimelineEntry,
  OrderTotals,
} from "./types";
export { orderSnapshot } from "./order-snapshot";
export type { OrderSnapshot } from "./order-snapshot";
