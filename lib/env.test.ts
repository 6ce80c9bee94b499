import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

function problems(source: Record<string, string>): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  return [];
}

describe("parseEnv", () => {
  it("runs on embedded defaults with nothing set", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
    expect(env.CARTWRIGHT_DATA_DIR).toBe(".data");
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", STRIPE_SECRET_KEY: "" }).DATABASE_URL).toBeUndefined();
  });

  it("names the variable that is wrong", () => {
    expect(problems({ DATABASE_URL: "mysql://x" })).toEqual([
      expect.stringMatching(/^DATABASE_URL must be a URL starting with postgres/),
    ]);
    expect(problems({ PORT: "http" })[0]).toMatch(/^PORT /);
    expect(problems({ AUTH_SECRET: "short" })[0]).toMatch(/^AUTH_SECRET must be at least 32/);
    expect(problems({ MEILISEARCH_HOST: "localhost:7700" })[0]).toMatch(/^MEILISEARCH_HOST /);
  });

  it("refuses the embedded database on Vercel", () => {
    expect(problems({ VERCEL: "1" })).toEqual([
      expect.stringMatching(/^DATABASE_URL is required on Vercel/),
    ]);
    expect(problems({ VERCEL: "1", DATABASE_URL: "postgres://u@db/shop" })).toEqual([]);
  });

  it("requires the webhook secret with a Stripe key", () => {
    expect(problems({ STRIPE_SECRET_KEY: "sk_test_abc" })[0]).toMatch(
      /^STRIPE_WEBHOOK_SECRET is required/,
    );
    expect(
      problems({ STRIPE_SECRET_KEY: "pk_test_abc", STRIPE_WEBHOOK_SECRET: "whsec_x" })[0],
    ).toMatch(/^STRIPE_SECRET_KEY must start/);
    expect(
      problems({ STRIPE_SECRET_KEY: "sk_test_abc", STRIPE_WEBHOOK_SECRET: "whsec_x" }),
    ).toEqual([]);
  });
});
