import { describe, expect, it } from "vitest";
import { childLogger, createLogger } from "./logger";

// A logger writing to an array, so lines can be read back as they would reach stdout.
function capture() {
  const lines: string[] = [];
  const log = createLogger({
    level: "info",
    destination: { write: (line: string) => void lines.push(line) },
  });
  const parsed = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { log, lines, parsed };
}

const CARD = "4242424242424242";

describe("logger", () => {
  it("writes one JSON object per line with level name, time and message", () => {
    const { log, parsed } = capture();
    log.info({ orderId: "ord_1" }, "order placed");
    const [line] = parsed();
    expect(line).toMatchObject({
      level: "info",
      msg: "order placed",
      orderId: "ord_1",
      service: "cartwright",
    });
    expect(typeof line?.time).toBe("string");
  });

  it("redacts passwords, at the top level and deep inside objects", () => {
    const { log, lines } = capture();
    log.info(
      {
        password: "hunter2-top",
        user: { email: "a@b.c", credentials: { password: "hunter2-deep" } },
      },
      "signup",
    );
    expect(lines.join("")).not.toContain("hunter2");
    expect(lines.join("")).toContain("a@b.c");
  });

  it("redacts card numbers by key and wherever they appear in text", () => {
    const { log, lines } = capture();
    log.info({ payment: { cardNumber: CARD } }, "paying");
    log.warn(`card 4242 4242 4242 4242 declined`);
    log.error({ err: new Error(`charge failed for ${CARD}`) }, "charge failed");
    const text = lines.join("");
    expect(text).not.toContain(CARD);
    expect(text).not.toContain("4242 4242 4242 4242");
    expect(text).toContain("[Redacted]");
  });

  it("redacts headers, tokens and credentials in URLs", () => {
    const { log, lines } = capture();
    log.info(
      { req: { headers: { authorization: "Bearer abc.def", cookie: "session=xyz" } } },
      "in",
    );
    log.info({ apiKey: "k-123", resetToken: "t-456" }, "keys");
    log.error("connect to postgresql://shop:s3cret@db:5432/shop failed; used sk_live_abcdef");
    const text = lines.join("");
    for (const secret of ["abc.def", "session=xyz", "k-123", "t-456", "s3cret", "sk_live_abcdef"]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain("postgresql://shop:[Redacted]@db:5432/shop");
  });

  it("leaves ordinary numbers alone (timestamps, amounts, ids)", () => {
    const { log, parsed } = capture();
    log.info({ at: 1718000000000, totalAmount: 129900, orderNumber: 1001 }, "numbers");
    expect(parsed()[0]).toMatchObject({
      at: 1718000000000,
      totalAmount: 129900,
      orderNumber: 1001,
    });
  });

  it("child loggers stamp their bindings on every line, secrets excluded", () => {
    const { log, parsed } = capture();
    const child = childLogger({ requestId: "req-1", sessionToken: "tok-secret" }, log);
    child.info("hello");
    expect(parsed()[0]).toMatchObject({
      requestId: "req-1",
      sessionToken: "[Redacted]",
      msg: "hello",
    });
  });
});
