// Every setting Cartwright reads, validated once. A bad value stops start-up with a message
// naming the variable, instead of failing later in the middle of a request.
import { isIP } from "node:net";
import { z } from "zod";

const optionalString = z.preprocess((v) => (v === "" ? undefined : v), z.string().optional());
const optionalUrl = (protocols: string[]) =>
  z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .refine((v) => protocols.some((p) => v.startsWith(`${p}://`)), {
        message: `must be a URL starting with ${protocols.map((p) => `${p}://`).join(" or ")}`,
      })
      .optional(),
  );

/**
 * Which proxies' X-Forwarded-For entries to believe, as Express's "trust proxy": off (the
 * default: only the connection's own peer address counts), a hop count (that many proxies in
 * front), or a comma list of proxy IPs / CIDRs (with Express's names loopback, linklocal and
 * uniquelocal). Anything else stops start-up.
 */
export type TrustProxy = null | { hops: number } | { ranges: string[] };

const PROXY_NAMES: Record<string, string[]> = {
  loopback: ["127.0.0.1/8", "::1/128"],
  linklocal: ["169.254.0.0/16", "fe80::/10"],
  uniquelocal: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"],
};

function validRange(entry: string): boolean {
  const [address = "", prefix, extra] = entry.split("/");
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

const trustProxySchema = z
  .string()
  .optional()
  .transform((value, ctx): TrustProxy => {
    const text = value?.trim().toLowerCase() ?? "";
    if (text === "" || text === "false" || text === "off" || text === "0") return null;
    if (/^\d+$/.test(text)) return { hops: Number(text) };
    const ranges: string[] = [];
    for (const entry of text.split(",").map((part) => part.trim())) {
      const named = PROXY_NAMES[entry];
      if (named) ranges.push(...named);
      else if (validRange(entry)) ranges.push(entry);
      else {
        ctx.addIssue({
          code: "custom",
          message: `must be off, a hop count, or a comma list of proxy IPs or CIDRs (not "${entry}")`,
        });
        return z.NEVER;
      }
    }
    return { ranges };
  });

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    // Public base URL, for canonical links and emails.
    SITE_URL: optionalUrl(["http", "https"]),
    DATABASE_URL: optionalUrl(["postgres", "postgresql"]),
    // Where the embedded database, dev mails and generated secrets live.
    CARTWRIGHT_DATA_DIR: z.string().min(1).default(".data"),
    AUTH_SECRET: optionalString.pipe(
      z.string().min(32, "must be at least 32 characters").optional(),
    ),
    AUTH_URL: optionalUrl(["http", "https"]),
    // OAuth sign-in: each provider is offered only when both its keys are set.
    AUTH_GITHUB_ID: optionalString,
    AUTH_GITHUB_SECRET: optionalString,
    AUTH_GOOGLE_ID: optionalString,
    AUTH_GOOGLE_SECRET: optionalString,
    STRIPE_SECRET_KEY: optionalString.pipe(
      z
        .string()
        .regex(/^(sk|rk)_(test|live)_/, "must start with sk_test_, sk_live_, rk_test_ or rk_live_")
        .optional(),
    ),
    STRIPE_WEBHOOK_SECRET: optionalString.pipe(
      z.string().startsWith("whsec_", "must start with whsec_").optional(),
    ),
    MEILISEARCH_HOST: optionalUrl(["http", "https"]),
    MEILISEARCH_API_KEY: optionalString,
    SMTP_URL: optionalUrl(["smtp", "smtps"]),
    MAIL_FROM: z.string().default("Cartwright <shop@cartwright.localhost>"),
    REDIS_URL: optionalUrl(["redis", "rediss"]),
    // Proxies whose X-Forwarded-For entries name the client (per-IP rate limits); off by default.
    TRUST_PROXY: trustProxySchema,
    // The outbox dispatcher runs inside each web server unless turned off (then run `npm run worker`).
    INPROCESS_WORKER: z
      .enum(["true", "false"])
      .default("true")
      .transform((v) => v === "true"),
    // Bearer tokens: Vercel Cron sends CRON_SECRET; METRICS_TOKEN, when set, guards /api/metrics.
    CRON_SECRET: optionalString.pipe(
      z.string().min(16, "must be at least 16 characters").optional(),
    ),
    METRICS_TOKEN: optionalString.pipe(
      z.string().min(16, "must be at least 16 characters").optional(),
    ),
    LOG_LEVEL: z
      .enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"])
      .default("info"),
    VERCEL: optionalString,
  })
  .superRefine((env, ctx) => {
    if (env.VERCEL && !env.DATABASE_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["DATABASE_URL"],
        message:
          "is required on Vercel: the embedded database needs a writable, long-lived disk. Set DATABASE_URL to a PostgreSQL server",
      });
    }
    for (const [id, secret] of [
      ["AUTH_GITHUB_ID", "AUTH_GITHUB_SECRET"],
      ["AUTH_GOOGLE_ID", "AUTH_GOOGLE_SECRET"],
    ] as const) {
      if (Boolean(env[id]) !== Boolean(env[secret])) {
        ctx.addIssue({
          code: "custom",
          path: [env[id] ? secret : id],
          message: `must be set together with ${env[id] ? id : secret}`,
        });
      }
    }
    if (env.STRIPE_SECRET_KEY && !env.STRIPE_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["STRIPE_WEBHOOK_SECRET"],
        message:
          "is required when STRIPE_SECRET_KEY is set: payments are confirmed only by signed webhooks",
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((i) => `${i.path.join(".") || "environment"} ${i.message}`),
    );
  }
  return result.data;
}

let cached: Env | undefined;

/** The validated configuration, parsed on first use and then reused. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export const features = {
  embeddedDatabase: () => !env().DATABASE_URL,
  stripe: () => Boolean(env().STRIPE_SECRET_KEY),
  meilisearch: () => Boolean(env().MEILISEARCH_HOST),
  smtp: () => Boolean(env().SMTP_URL),
  redis: () => Boolean(env().REDIS_URL),
  githubAuth: () => Boolean(env().AUTH_GITHUB_ID && env().AUTH_GITHUB_SECRET),
  googleAuth: () => Boolean(env().AUTH_GOOGLE_ID && env().AUTH_GOOGLE_SECRET),
};
