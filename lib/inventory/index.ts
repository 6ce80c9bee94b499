// Inventory: the public face of lib/inventory. Stock moves only through these functions, and
// every movement writes the ledger and publishes StockChanged (StockLow when it falls to the
// variant's threshold). The tx-taking functions run inside a caller's transaction (checkout,
// orders); the others are commands with a transaction of their own.
export {
  DEFAULT_RESERVATION_TTL_MS,
  activeHoldExpiry,
  holdsLiveStock,
  ordersWithLapsedHolds,
  reactivateForOrder,
  releaseForOrder,
  reserveForOrder,
  sellForOrder,
} from "./reservations";
export type { StockLine } from "./reservations";
export { adjustStock, receiveStock, returnStock, setLowStockThreshold } from "./commands";
export type { StockLevel } from "./commands";
export { getLedger, getStockLevels } from "./queries";
export { availableSql, inStockSql } from "./availability-sql";
export type { LedgerEntry } from "./queries";
export { InventoryError, SoldOutError } from "./errors";
export type { SoldOutDetails } from "./errors";
export {
  adjustStockSchema,
  lowStockThresholdSchema,
  receiveStockSchema,
  returnStockSchema,
} from "./schemas";
export type {
  AdjustStockInput,
  LowStockThresholdInput,
  ReceiveStockInput,
  ReturnStockInput,
} from "./schemas";
