// The audit log's public face: modules record their admin writes here (they own no audit table).
export { recordAudit } from "./record";
export type { AuditEntry } from "./record";
