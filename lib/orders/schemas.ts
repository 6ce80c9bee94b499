// Inputs of the merchant's order commands (admin pages and the REST API parse with these).
import { z } from "zod";

const id = z.string().trim().min(1).max(64);
const optionalText = (max: number) => z.string().trim().max(max).optional();

export const cancelOrderSchema = z.object({
  orderId: id,
  reason: z.enum(["customer", "merchant"]),
  note: optionalText(500),
  actorId: id.optional(),
});

export const fulfilOrderSchema = z.object({
  orderId: id,
  /** Omitted: everything not yet shipped or refunded. */
  lines: z
    .array(z.object({ orderLineId: id, quantity: z.number().int().min(1).max(99) }))
    .min(1)
    .max(100)
    .optional(),
  carrier: optionalText(100),
  trackingNumber: optionalText(100),
  trackingUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .optional(),
  actorId: id.optional(),
});

export const markDeliveredSchema = z.object({ orderId: id, actorId: id.optional() });

export type CancelOrderInput = z.input<typeof cancelOrderSchema>;
export type FulfilOrderInput = z.input<typeof fulfilOrderSchema>;
export type MarkDeliveredInput = z.input<typeof markDeliveredSchema>;
