// Inputs of the merchant-facing stock commands (admin pages and the REST API parse with these).
import { z } from "zod";

const variantId = z.string().min(1).max(64);
const note = z.string().trim().max(500).optional();

export const receiveStockSchema = z.object({
  variantId,
  quantity: z.number().int().min(1).max(1_000_000),
  note,
  actorId: z.string().min(1).optional(),
});

export const adjustStockSchema = z
  .object({
    variantId,
    /** Either a signed change … */
    delta: z.number().int().min(-1_000_000).max(1_000_000).optional(),
    /** … or the counted quantity on hand (a stock take). */
    onHand: z.number().int().min(0).max(1_000_000).optional(),
    note,
    actorId: z.string().min(1).optional(),
  })
  .refine((input) => (input.delta === undefined) !== (input.onHand === undefined), {
    message: "Give either delta or onHand",
    path: ["delta"],
  });

export const returnStockSchema = z.object({
  variantId,
  quantity: z.number().int().min(1).max(1_000_000),
  orderId: z.string().min(1).optional(),
  note,
});

export const lowStockThresholdSchema = z.object({
  variantId,
  threshold: z.number().int().min(0).max(1_000_000),
});

export type ReceiveStockInput = z.input<typeof receiveStockSchema>;
export type AdjustStockInput = z.input<typeof adjustStockSchema>;
export type ReturnStockInput = z.input<typeof returnStockSchema>;
export type LowStockThresholdInput = z.input<typeof lowStockThresholdSchema>;
