// Structured JSON logs, one object per line on stdout, for whatever collects them (Vercel,
// journald, Docker, Loki). Plain pino, no transports: those run in worker threads, which
// bundlers and serverless runtimes handle badly. Pretty-print locally with `| npx pino-pretty`.
import pino, { type DestinationStream, type Level, type Logger } from "pino";
import { REDACT_PATHS, REDACTED, scrubKeys, scrubLine } from "./redact";

export type { Logger };
export type LogLevel = Level | "silent";

/** Fields a child logger stamps on every line; `requestId` ties a request's lines together. */
export type LogBindings = { requestId?: string } & Record<string, unknown>;

export interface LoggerConfig {
  level?: LogLevel;
  /** Where lines go; stdout when absent. Tests pass a collector. */
  destination?: DestinationStream;
}

const LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "silent"] as const;

// The logger is a leaf (it imports nothing of ours, so anything may log): it reads LOG_LEVEL
// itself. lib/env validates the same variable at start-up and names it when it is wrong.
function configuredLevel(): LogLevel {
  const level = process.env.LOG_LEVEL;
  return (LEVELS as readonly string[]).includes(level ?? "") ? (level as LogLevel) : "info";
}

export function createLogger(config: LoggerConfig = {}): Logger {
  const options: pino.LoggerOptions = {
    level: config.level ?? configuredLevel(),
    base: { service: "cartwright", pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: {
      // Level names, not numbers: readable in any log viewer without a mapping.
      level: (label) => ({ level: label }),
      log: (object) => scrubKeys(object),
    },
    serializers: { err: pino.stdSerializers.err },
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    hooks: { streamWrite: scrubLine },
  };
  return config.destination ? pino(options, config.destination) : pino(options);
}

/** The process-wide logger. Prefer `childLogger` or `currentLogger()` inside a request. */
export const logger: Logger = createLogger();

/** A logger whose lines all carry `bindings` (secrets among them are redacted too). */
export function childLogger(bindings: LogBindings, parent: Logger = logger): Logger {
  return parent.child(scrubKeys(bindings));
}
