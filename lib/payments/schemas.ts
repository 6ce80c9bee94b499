// Payments' inputs, parsed at the boundary (webhook adapters, server actions, admin routes).
import { z } from "zod";

const id = z.string().trim().min(1).max(255);

export const paymentEventSchema = z.object({
  provider: z.enum(["test", "stripe"]),
  providerEventId: id,
  type: z.enum(["payment_succeeded", "payment_failed", "payment_expired", "ignored"]),
  rawType: z.string().min(1).max(100),
  reference: id,
  orderId: id,
  amount: z.number().int().nonnegative(),
  currency: z
    .string()
    .length(3)
    .transform((c) => c.toUpperCase()),
  failureMessage: z.string().max(500).nullish(),
});

const url = z
  .string()
  .min(1)
  .max(2000)
  .refine((v) => v.startsWith("/") || /^https?:\/\//.test(v), "must be a path or an http(s) URL");

export const startPaymentSchema = z.object({ orderId: id, successUrl: url, cancelUrl: url });
export type StartPaymentInput = z.input<typeof startPaymentSchema>;

export const refundOrderSchema = z.object({
  orderId: id,
  /** Minor units; omitted: everything not yet refunded. */
  amount: z.number().int().min(1).optional(),
  reason: z.string().trim().max(500).optional(),
  restock: z
    .array(z.object({ orderLineId: id, quantity: z.number().int().min(1).max(99) }))
    .max(100)
    .optional(),
  actorId: id.optional(),
});
export type RefundOrderInput = z.input<typeof refundOrderSchema>;
