// `npm run worker`: delivers outbox events until SIGINT or SIGTERM, then finishes the batch in
// hand, closes the database and exits. Run as many as you like beside the web servers on
// PostgreSQL (workers share the work through FOR UPDATE SKIP LOCKED). In embedded mode the web
// server runs the dispatcher itself and holds the database, so this script refuses to start.
import { closeDatabase, EmbeddedDatabaseBusyError, getDatabase } from "../lib/db";
import { EnvError } from "../lib/env";
import { startDispatcher } from "../lib/events";
import { logger } from "../lib/logger";
import { startExpirySweep } from "../lib/orders";
import { startRefundRetries } from "../lib/payments";
import { startCartCleanup } from "../lib/cart";

// Handlers register themselves when imported: the same set as the web server (lib/event-subscribers.ts).
import "../lib/event-subscribers";

export async function runWorker(options: { intervalMs?: number } = {}): Promise<void> {
  // Open (and migrate) first, so a bad configuration or a busy embedded database fails fast.
  await getDatabase();
  const loop = startDispatcher({ intervalMs: options.intervalMs ?? 1000, keepAlive: true });
  // Unpaid orders past their stock hold are cancelled and their stock returned.
  const sweep = startExpirySweep({ intervalMs: 30_000 });
  // Refunds that failed at the provider are retried with backoff; money owed must go back.
  const refundRetries = startRefundRetries({ intervalMs: 60_000 });
  const cartCleanup = startCartCleanup({ keepAlive: true });
  logger.info({ workerId: loop.workerId }, "outbox worker started");

  await new Promise<void>((resolve) => {
    let stopping = false;
    const shutdown = (signal: NodeJS.Signals) => {
      if (stopping) {
        // A second Ctrl-C: the user does not want to wait for the batch in hand.
        logger.warn({ signal }, "outbox worker killed");
        process.exit(130);
      }
      stopping = true;
      logger.info({ signal }, "outbox worker stopping");
      void Promise.all([loop.stop(), sweep.stop(), refundRetries.stop(), cartCleanup.stop()]).then(
        () => resolve(),
      );
    };
    process.on("SIGINT", shutdown);
    process.on("SIGTERM", shutdown);
  });
  await closeDatabase();
  logger.info("outbox worker stopped");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runWorker().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof EnvError || error instanceof EmbeddedDatabaseBusyError) {
        console.error(`\n[cartwright] ${error.message}\n`);
      } else {
        logger.fatal({ err: error }, "outbox worker crashed");
      }
      process.exit(1);
    },
  );
}
