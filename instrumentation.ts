// Runs once when a Next.js server process starts: validates the configuration (a bad setting
// stops the server with a message naming it), warns when /api/metrics is off or open, and
// starts the in-process outbox dispatcher.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build")
    return;
  const { env } = await import("./lib/env");
  const config = env();
  // Per-IP limits need the connection's own address, which Next.js does not pass on by itself.
  const { installPeerAddressHeader } = await import("./lib/rate-limit");
  installPeerAddressHeader();
  // A production server without METRICS_TOKEN serves no metrics: say so once, at start-up.
  const { metricsWarning } = await import("./lib/observability");
  const warning = metricsWarning(config);
  if (warning) (await import("./lib/logger")).logger.warn(warning);
  if (config.INPROCESS_WORKER) {
    await import("./lib/event-subscribers");
    const { startDispatcher } = await import("./lib/events");
    startDispatcher({ intervalMs: 1000 });
    // Unpaid orders past their stock hold are cancelled and their stock returned.
    const { startExpirySweep } = await import("./lib/orders");
    startExpirySweep({ intervalMs: 30_000 });
    // Refunds that failed at the provider are retried with backoff; money owed must go back.
    const { startRefundRetries } = await import("./lib/payments");
    startRefundRetries({ intervalMs: 60_000 });
    // Carts nobody touched past their TTL are deleted hourly.
    const { startCartCleanup } = await import("./lib/cart");
    startCartCleanup();
  }
}
