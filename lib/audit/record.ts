// The audit log: who changed what, written in the transaction of the change itself, so a change
// and its record commit together. Every module's admin commands write through here.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";

export interface AuditEntry {
  actorId: string | null;
  /** `<entity>.<verb>`, e.g. "product.updated", "user.role_changed". */
  action: string;
  entityType: string;
  entityId: string;
  /** Before and after, or the fields that changed. */
  data?: Prisma.InputJsonValue;
  ip?: string | null;
}

export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      data: entry.data,
      ip: entry.ip ?? null,
    },
  });
}
