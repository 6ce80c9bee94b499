// The dispatcher loop: drains the outbox every `intervalMs`, and sooner when a command kicks it
// after a commit. One loop per process (the web server runs it in embedded mode, where no other
// process may open the database; `npm run worker` runs it beside servers on PostgreSQL).
// Runs never overlap: the next one is scheduled only when the current one has finished.
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { childLogger } from "../logger";
import {
  dispatchBatch,
  dispatchDefaults,
  type DispatchOptions,
  type DispatchResult,
} from "./dispatcher";

export interface DispatcherLoopOptions extends Partial<DispatchOptions> {
  intervalMs?: number;
  /** Keep the process alive for the loop (a worker script); off by default for servers. */
  keepAlive?: boolean;
}

export interface DispatcherLoop {
  readonly workerId: string;
  /** Asks for a run soon; many kicks close together make one run. */
  kick(): void;
  /** Stops scheduling and waits for the run in progress to finish. */
  stop(): Promise<void>;
}

const kickDelayMs = 25;
const maxErrorDelayMs = 30_000;
/** Batches per run before yielding to the timer, so a huge backlog cannot starve a stop(). */
const maxBatchesPerRun = 50;
const log = childLogger({ component: "outbox" });

export function defaultWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}

/** Dispatches batches until the outbox has nothing due (or `maxBatches` ran); sums the results. */
export async function drainOutbox(
  options: DispatchOptions & { maxBatches?: number },
): Promise<DispatchResult> {
  const total: DispatchResult = { claimed: 0, done: 0, retried: 0, failed: 0 };
  const batchSize = options.batchSize ?? dispatchDefaults.batchSize;
  for (let i = 0; i < (options.maxBatches ?? maxBatchesPerRun); i++) {
    const result = await dispatchBatch({ ...options, batchSize });
    for (const key of ["claimed", "done", "retried", "failed"] as const) total[key] += result[key];
    if (result.claimed < batchSize) break;
  }
  return total;
}

const holder = globalThis as typeof globalThis & { __cartwrightDispatcher?: DispatcherLoop };

/** Starts this process's dispatcher loop; a second call returns the loop already running. */
export function startDispatcher(options: DispatcherLoopOptions = {}): DispatcherLoop {
  holder.__cartwrightDispatcher ??= createLoop(options);
  return holder.__cartwrightDispatcher;
}

/** After a commit that published events: deliver them now rather than at the next tick. */
export function kickDispatcher(): void {
  holder.__cartwrightDispatcher?.kick();
}

function createLoop(options: DispatcherLoopOptions): DispatcherLoop {
  const { intervalMs = 1000, keepAlive = false, ...dispatch } = options;
  const workerId = dispatch.workerId ?? defaultWorkerId();
  let timer: NodeJS.Timeout | undefined;
  let dueAt = Infinity;
  let running: Promise<void> | undefined;
  let rerun = false;
  let stopped = false;
  let errors = 0;

  const schedule = (delayMs: number) => {
    if (stopped) return;
    if (running) {
      // A kick during a run: its events may have committed after our claim, so go again.
      rerun ||= delayMs <= kickDelayMs;
      return;
    }
    if (Date.now() + delayMs >= dueAt) return; // already due sooner: that is the debounce
    clearTimeout(timer);
    dueAt = Date.now() + delayMs;
    timer = setTimeout(run, delayMs);
    if (!keepAlive) timer.unref();
  };

  const run = () => {
    timer = undefined;
    dueAt = Infinity;
    rerun = false;
    running = drainOutbox({ ...dispatch, workerId })
      .then((result) => {
        errors = 0;
        if (result.claimed > 0) log.debug({ workerId, ...result }, "outbox drained");
      })
      .catch((error: unknown) => {
        // The database is down or refused the claim: log, then back off so we do not spin.
        errors += 1;
        log.error({ err: error, workerId }, "outbox dispatch failed");
      })
      .finally(() => {
        running = undefined;
        const delay =
          errors > 0 ? Math.min(intervalMs * 2 ** errors, maxErrorDelayMs) : rerun ? 0 : intervalMs;
        schedule(delay);
      });
  };

  schedule(0);
  return {
    workerId,
    kick: () => schedule(kickDelayMs),
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
      if (holder.__cartwrightDispatcher?.workerId === workerId)
        holder.__cartwrightDispatcher = undefined;
    },
  };
}
