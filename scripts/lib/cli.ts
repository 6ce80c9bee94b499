// What every command-line script shares: a readable failure instead of a stack trace for
// mistakes the user can fix, the validated configuration, and a progress bar that stays one
// line per 10 % when the output is a log rather than a terminal.
import { EnvError, parseEnv, type Env } from "../../lib/env";

/** Prints `[cartwright] message` and exits 1. */
export function fail(message: string): never {
  console.error(`\n[cartwright] ${message}\n`);
  process.exit(1);
}

/** The configuration from the environment, or a message naming the bad setting and exit 1. */
export function loadEnvOrExit(): Env {
  try {
    return parseEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) fail(error.message);
    throw error;
  }
}

export function progressLine(
  done: number,
  total: number,
  elapsedMs: number,
  unit = "products",
  width = 30,
): string {
  const ratio = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(ratio * width);
  const rate = elapsedMs > 0 ? ` (${Math.round((done * 1000) / elapsedMs)}/s)` : "";
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)}% ${done}/${total} ${unit} ${(elapsedMs / 1000).toFixed(1)}s${rate}`;
}

/** A progress callback drawing a bar on stderr (one line per 10 % when stderr is not a terminal). */
export function progressPrinter(unit = "products"): (done: number, total: number) => void {
  const started = Date.now();
  let lastTenth = -1;
  return (done, total) => {
    const line = progressLine(done, total, Date.now() - started, unit);
    if (process.stderr.isTTY) {
      process.stderr.write(`\r${line}${done >= total ? "\n" : ""}`);
      return;
    }
    const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
    if (tenth !== lastTenth) process.stderr.write(`${line}\n`);
    lastTenth = tenth;
  };
}

/**
 * Runs a script's main, then `cleanup` whatever happened; the exit code is main's, or 1 with the
 * error's message (plus `usage` for a bad command line) when it throws.
 */
export function runMain(
  main: () => Promise<number>,
  options: { cleanup: () => Promise<void>; usage?: string },
): void {
  main()
    .then(async (code) => {
      await options.cleanup();
      process.exitCode = code;
    })
    .catch(async (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      const badArgs =
        error instanceof TypeError &&
        "code" in error &&
        String(error.code).startsWith("ERR_PARSE_ARGS");
      if (badArgs && options.usage) console.error(options.usage);
      await options.cleanup().catch(() => {});
      process.exitCode = 1;
    });
}
