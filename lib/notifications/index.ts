// Notifications: the public face of lib/notifications. Order emails are sent by its event
// handlers (handlers.ts, loaded through lib/event-subscribers.ts); pages use the signed order links.
export {
  absoluteSiteUrl,
  orderAccessToken,
  orderConfirmationPath,
  verifyOrderAccessToken,
} from "./order-link";
export { confirmationFor } from "./order-confirmation";
export type { ConfirmationRequest } from "./order-confirmation";
export { orderConfirmationEmail, refundEmail, shipmentEmail, totalRows } from "./templates";
export type { ShipmentDetails } from "./templates";
export type { OrderSnapshot } from "@/lib/orders";
