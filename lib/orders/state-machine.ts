// The order lifecycle as data: which status may follow which. Anything not listed is refused.
//
//   PENDING_PAYMENT ─▶ PAID ─▶ PARTIALLY_FULFILLED ─▶ FULFILLED ─▶ DELIVERED
//        │               └──────────────────────────────▲
//        └─▶ CANCELLED (unpaid only: a paid order is refunded, not cancelled)
//   PAID, PARTIALLY_FULFILLED, FULFILLED, DELIVERED ─▶ PARTIALLY_REFUNDED ─▶ REFUNDED
//
// A partially refunded order can still be shipped (one item refunded, the rest sent).
import { AppError } from "@/lib/errors";
import type { OrderStatus } from "@/lib/generated/prisma/enums";

export const orderStatuses = [
  "PENDING_PAYMENT",
  "PAID",
  "PARTIALLY_FULFILLED",
  "FULFILLED",
  "DELIVERED",
  "CANCELLED",
  "PARTIALLY_REFUNDED",
  "REFUNDED",
] as const satisfies readonly OrderStatus[];

const refunds = ["PARTIALLY_REFUNDED", "REFUNDED"] as const;

export const orderTransitions: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  PENDING_PAYMENT: ["PAID", "CANCELLED"],
  PAID: ["PARTIALLY_FULFILLED", "FULFILLED", ...refunds],
  PARTIALLY_FULFILLED: ["PARTIALLY_FULFILLED", "FULFILLED", ...refunds],
  FULFILLED: ["DELIVERED", ...refunds],
  DELIVERED: [...refunds],
  PARTIALLY_REFUNDED: ["PARTIALLY_FULFILLED", "FULFILLED", ...refunds],
  REFUNDED: [],
  CANCELLED: [],
};

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return orderTransitions[from].includes(to);
}

/** Statuses in which the order has been paid for (money was taken and not all given back). */
export const paidStatuses: readonly OrderStatus[] = [
  "PAID",
  "PARTIALLY_FULFILLED",
  "FULFILLED",
  "DELIVERED",
  "PARTIALLY_REFUNDED",
];

export class IllegalTransitionError extends AppError<"illegal_transition"> {
  constructor(
    readonly orderId: string,
    readonly from: OrderStatus,
    readonly to: OrderStatus,
  ) {
    super(
      "illegal_transition",
      `An order that is ${from.toLowerCase().replaceAll("_", " ")} cannot become ${to.toLowerCase().replaceAll("_", " ")}`,
      {
        status: 409,
      },
    );
    this.name = "IllegalTransitionError";
  }
}

export class OrderNotFoundError extends AppError<"not_found"> {
  constructor(readonly orderId: string) {
    super("not_found", `Order ${orderId} was not found`, { status: 404 });
    this.name = "OrderNotFoundError";
  }
}

export type OrderCommandErrorCode =
  "invalid_input" | "nothing_to_fulfil" | "over_fulfilment" | "unknown_line";

export class OrderCommandError extends AppError<OrderCommandErrorCode> {
  constructor(code: OrderCommandErrorCode, message: string) {
    super(code, message, { status: code === "nothing_to_fulfil" ? 409 : 422 });
    this.name = "OrderCommandError";
  }
}
