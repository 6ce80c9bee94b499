// The default invalidator, against a stand-in web server: it POSTs the tags with the derived
// bearer secret, sends them again a few seconds later (the echo), treats a server that is not
// running as nothing to do, and fails (so the outbox retries) only when retrying can help.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeEach, describe, expect, it } from "vitest";

interface Received {
  path: string;
  authorization: string | undefined;
  body: unknown;
}
const received: Received[] = [];
let status = 200;
const readBody = async (req: IncomingMessage) => {
  let text = "";
  for await (const chunk of req) text += String(chunk);
  return JSON.parse(text) as unknown;
};
const server = createServer((req, res) => {
  void readBody(req).then((body) => {
    received.push({ path: req.url ?? "", authorization: req.headers.authorization, body });
    res.writeHead(status, { "content-type": "application/json" }).end("{}");
  });
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
// Read once by lib/env on first use: set before anything calls env().
process.env.PORT = String((server.address() as AddressInfo).port);
process.env.AUTH_SECRET = "an-auth-secret-of-at-least-32-characters!";

const { invalidateTags } = await import("./invalidate");
const { revalidationSecret } = await import("./secret");
const { cachedRead } = await import("./cached");

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received.length = 0;
  status = 200;
});

describe("invalidateTags", () => {
  it("posts the tags to /api/cache/revalidate with the derived secret, then echoes them", async () => {
    await invalidateTags(["cw:product:p1", "cw:all-products"]);
    expect(received).toEqual([
      {
        path: "/api/cache/revalidate",
        authorization: `Bearer ${revalidationSecret()}`,
        body: { tags: ["cw:product:p1", "cw:all-products"] },
      },
    ]);
    // The secret is derived from AUTH_SECRET, never AUTH_SECRET itself.
    expect(revalidationSecret()).not.toContain(process.env.AUTH_SECRET);
    await expect.poll(() => received.length, { timeout: 6000, interval: 200 }).toBe(2);
    expect(received[1]!.body).toEqual({ tags: ["cw:product:p1", "cw:all-products"] });
  }, 10_000);

  it("expires this process's own cached reads too", async () => {
    let calls = 0;
    const read = cachedRead(async (id: string) => ({ id, calls: ++calls }), {
      key: "test.read",
      tags: (id) => [`cw:product:${id}`],
      revalidateSeconds: 60,
    });
    expect(await read("p2")).toEqual({ id: "p2", calls: 1 });
    expect(await read("p2")).toEqual({ id: "p2", calls: 1 });
    await invalidateTags(["cw:product:p2"]);
    expect(await read("p2")).toEqual({ id: "p2", calls: 2 });
  });

  it("fails on a server error, so the outbox retries the event", async () => {
    status = 503;
    await expect(invalidateTags(["cw:listings"])).rejects.toThrow(/HTTP 503/);
  });

  it("does not fail on 401 or 404: retrying cannot fix a configuration mistake", async () => {
    status = 401;
    await expect(invalidateTags(["cw:listings"])).resolves.toBeUndefined();
    status = 404;
    await expect(invalidateTags(["cw:listings"])).resolves.toBeUndefined();
  });

  it("does nothing for no tags", async () => {
    await invalidateTags([]);
    expect(received).toEqual([]);
  });
});

describe("with no web server running", () => {
  it("has nothing to expire: the data cache lives in the server's memory", async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await expect(invalidateTags(["cw:listings"])).resolves.toBeUndefined();
    server.listen(0, "127.0.0.1"); // so afterAll's close has something to close
  });
});
