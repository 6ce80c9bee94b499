// A job run every so often inside this process (the reservation expiry sweep, the cart
// cleanup): started once per process however many places start it (instrumentation, a script,
// dev reloads), runs never overlap, and stop() waits for the run in progress.

export interface PeriodicJob {
  stop(): Promise<void>;
}

const jobs = ((
  globalThis as typeof globalThis & { __cartwrightPeriodicJobs?: Map<string, PeriodicJob> }
).__cartwrightPeriodicJobs ??= new Map());

/** Runs `run` every `intervalMs`; `keepAlive` keeps the process alive for it (a worker). */
export function startPeriodic(
  name: string,
  run: () => Promise<unknown>,
  options: { intervalMs: number; keepAlive?: boolean; onError: (error: unknown) => void },
): PeriodicJob {
  const started = jobs.get(name);
  if (started) return started;
  let running: Promise<unknown> | undefined;
  const timer = setInterval(() => {
    if (running) return;
    running = run()
      .catch(options.onError)
      .finally(() => {
        running = undefined;
      });
  }, options.intervalMs);
  if (!options.keepAlive) timer.unref();
  const job: PeriodicJob = {
    stop: async () => {
      clearInterval(timer);
      await running;
      if (jobs.get(name) === job) jobs.delete(name);
    },
  };
  jobs.set(name, job);
  return job;
}
