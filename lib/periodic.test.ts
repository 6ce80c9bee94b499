// The periodic-job mechanism behind the reservation sweep and the cart cleanup.
import { expect, it } from "vitest";
import { startPeriodic } from "./periodic";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it("starts a job once per name, never overlaps runs, reports failures and waits for the run in progress on stop", async () => {
  let active = 0;
  let most = 0;
  let runs = 0;
  const errors: unknown[] = [];
  const run = async () => {
    runs += 1;
    active += 1;
    most = Math.max(most, active);
    await sleep(60);
    active -= 1;
    if (runs === 1) throw new Error("first run fails");
  };
  const job = startPeriodic("test-job", run, {
    intervalMs: 10,
    onError: (error) => errors.push(error),
  });
  expect(startPeriodic("test-job", async () => {}, { intervalMs: 10, onError: () => {} })).toBe(
    job,
  );
  await sleep(250);
  await job.stop();
  expect(active).toBe(0);
  expect(most).toBe(1);
  expect(runs).toBeGreaterThanOrEqual(2);
  expect(errors).toEqual([new Error("first run fails")]);
  const after = runs;
  await sleep(50);
  expect(runs).toBe(after);
  // Stopped: the name is free again.
  const again = startPeriodic("test-job", async () => {}, { intervalMs: 10, onError: () => {} });
  expect(again).not.toBe(job);
  await again.stop();
});
