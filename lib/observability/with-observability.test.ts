import { redirect } from "next/navigation";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { currentLogger, currentRequestId } from "@/lib/logger";
import { createLogger, logger } from "@/lib/logger";
import { withObservability } from "./with-observability";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function request(headers: Record<string, string> = {}) {
  return new Request("http://shop.test/api/things", { headers });
}

// Route the wrapper's request loggers into an array for the duration of a test.
function captureRequestLogs() {
  const lines: string[] = [];
  const sink = createLogger({
    level: "info",
    destination: { write: (line: string) => void lines.push(line) },
  });
  vi.spyOn(logger, "child").mockImplementation((bindings) => sink.child(bindings));
  return () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("withObservability", () => {
  const ok = withObservability("/api/things", () => Response.json({ ok: true }));

  it("keeps a valid incoming request id and echoes it", async () => {
    const response = await ok(request({ "x-request-id": "lb-abc_123.4" }), {});
    expect(response.headers.get("x-request-id")).toBe("lb-abc_123.4");
  });

  it("mints a UUID when the header is missing, too long or unsafe", async () => {
    const cases: Array<Record<string, string>> = [
      {},
      { "x-request-id": "a".repeat(129) },
      { "x-request-id": 'bad id {}"' },
    ];
    for (const headers of cases) {
      const response = await ok(request(headers), {});
      expect(response.headers.get("x-request-id")).toMatch(UUID);
    }
  });

  it("gives the handler and code below it the request id and logger", async () => {
    let seen: { fromArg?: string; fromContext?: string; sameLogger?: boolean } = {};
    const handler = withObservability("/api/things", (_req, _ctx, { requestId, log }) => {
      seen = {
        fromArg: requestId,
        fromContext: currentRequestId(),
        sameLogger: currentLogger() === log,
      };
      return new Response(null, { status: 204 });
    });
    await handler(request({ "x-request-id": "rid-1" }), {});
    expect(seen).toEqual({ fromArg: "rid-1", fromContext: "rid-1", sameLogger: true });
  });

  it("logs one line per request with method, route, status, duration and request id", async () => {
    const logs = captureRequestLogs();
    await ok(request({ "x-request-id": "rid-2" }), {});
    expect(logs()).toHaveLength(1);
    expect(logs()[0]).toMatchObject({
      level: "info",
      method: "GET",
      route: "/api/things",
      status: 200,
      requestId: "rid-2",
    });
    expect(typeof logs()[0]?.durationMs).toBe("number");
  });

  it("turns a throw into a generic 500, logging the error but never sending it", async () => {
    const logs = captureRequestLogs();
    const failing = withObservability("/api/boom", () => {
      throw new Error('relation "Secret" does not exist at db-internal-7');
    });
    const response = await failing(request({ "x-request-id": "rid-3" }), {});
    expect(response.status).toBe(500);
    expect(response.headers.get("x-request-id")).toBe("rid-3");
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({
      error: { code: "internal", message: "Something went wrong", requestId: "rid-3" },
    });
    expect(body).not.toContain("db-internal-7");
    const [line] = logs();
    expect(line).toMatchObject({
      level: "error",
      status: 500,
      route: "/api/boom",
      requestId: "rid-3",
    });
    expect(JSON.stringify(line?.err)).toContain("db-internal-7");
  });

  it("answers a thrown AppError with its status and code, logged as a request, not a failure", async () => {
    const logs = captureRequestLogs();
    const refusing = withObservability("/api/refuse", () => {
      throw new AppError("out_of_stock", "Sold out", { status: 409 });
    });
    const response = await refusing(request({ "x-request-id": "rid-4" }), {});
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ error: { code: "out_of_stock", message: "Sold out" } });
    expect(logs()[0]).toMatchObject({ level: "info", status: 409, requestId: "rid-4" });
  });

  it("sets the header on responses whose headers are immutable", async () => {
    const redirecting = withObservability("/api/go", () =>
      Response.redirect("http://shop.test/elsewhere", 303),
    );
    const response = await redirecting(request({ "x-request-id": "rid-4" }), {});
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("http://shop.test/elsewhere");
    expect(response.headers.get("x-request-id")).toBe("rid-4");
  });

  it("lets Next.js control flow (redirect, notFound) through untouched", async () => {
    const handler = withObservability("/api/go", () => redirect("/elsewhere"));
    await expect(handler(request(), {})).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_REDIRECT/),
    });
  });
});
