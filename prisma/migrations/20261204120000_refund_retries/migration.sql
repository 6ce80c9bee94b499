-- Refunds that fail at the provider are retried with backoff by the worker (attempts, nextAttemptAt,
-- lastError), the admins are alerted once (alertedAt), and a retried merchant refund still
-- restocks its lines (restock).
-- AlterTable
ALTER TABLE "Refund" ADD COLUMN     "alertedAt" TIMESTAMP(3),
ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastError" TEXT,
ADD COLUMN     "nextAttemptAt" TIMESTAMP(3),
ADD COLUMN     "restock" JSONB;

-- CreateIndex
CREATE INDEX "Refund_status_nextAttemptAt_idx" ON "Refund"("status", "nextAttemptAt");

