// Order read models, as pages and the API see them (plain data; no Prisma types leak out).
import type { OrderStatus } from "@/lib/generated/prisma/enums";

export type { OrderStatus };

export interface OrderAddress {
  name: string;
  company?: string;
  line1: string;
  line2?: string;
  city: string;
  region?: string;
  postalCode: string;
  country: string;
  phone?: string;
}

/** The money of a placed order, as written at checkout (never recomputed). */
export interface OrderTotals {
  currency: string;
  subtotalAmount: number;
  discountAmount: number;
  discountCode: string | null;
  shippingAmount: number;
  shippingMethod: string | null;
  taxAmount: number;
  taxInclusive: boolean;
  totalAmount: number;
}

/** What a line was bought as: written by createOrder, read back in OrderLineView. */
export interface OrderLineFigures {
  productTitle: string;
  variantTitle: string;
  sku: string;
  unitPriceAmount: number;
  quantity: number;
  lineTotalAmount: number;
}

export interface OrderLineView extends OrderLineFigures {
  id: string;
  /** Null once the variant is deleted: the line keeps its snapshot. */
  variantId: string | null;
  fulfilledQuantity: number;
  refundedQuantity: number;
}

export interface OrderTimelineEntry {
  type: string;
  message: string;
  createdAt: Date;
}

export interface FulfilmentView {
  id: string;
  carrier: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
  shippedAt: Date;
  deliveredAt: Date | null;
}

export interface OrderSummary {
  id: string;
  number: number;
  status: OrderStatus;
  email: string;
  currency: string;
  totalAmount: number;
  itemCount: number;
  placedAt: Date;
}

export interface OrderDetails extends OrderSummary {
  userId: string | null;
  cartId: string | null;
  subtotalAmount: number;
  discountAmount: number;
  shippingAmount: number;
  taxAmount: number;
  taxInclusive: boolean;
  discountCode: string | null;
  shippingMethod: { id: string; name: string } | null;
  shippingAddress: OrderAddress;
  billingAddress: OrderAddress | null;
  paidAt: Date | null;
  cancelledAt: Date | null;
  /** While unpaid: when the stock hold ends and the order will be cancelled. */
  holdExpiresAt: Date | null;
  lines: OrderLineView[];
  timeline: OrderTimelineEntry[];
  fulfilments: FulfilmentView[];
}
