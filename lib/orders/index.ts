// Orders: the public face of lib/orders.
export { countOrdersPlaced } from "./queries";
