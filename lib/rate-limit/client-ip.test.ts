// clientIp under TRUST_PROXY, against a real HTTP server with the peer-address stamp installed:
// off ignores a spoofed X-Forwarded-For; a hop count and a CIDR list read it from the right.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv, type TrustProxy } from "@/lib/env";
import { clientIp, installPeerAddressHeader } from "@/lib/rate-limit";
import { PEER_HEADER } from "./peer-address";

let server: http.Server;
let port: number;
let trust: TrustProxy = null;

beforeAll(async () => {
  installPeerAddressHeader();
  server = http.createServer((req, res) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === "string") headers.set(name, value);
    res.end(clientIp(headers, trust));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The address the server resolves for a request from 127.0.0.1 with these headers. */
async function ipFor(setting: string | undefined, headers: Record<string, string> = {}) {
  trust = parseEnv({ TRUST_PROXY: setting }).TRUST_PROXY;
  const response = await fetch(`http://127.0.0.1:${port}/`, { headers });
  return response.text();
}

describe("clientIp", () => {
  it("with TRUST_PROXY off, uses the connection's address and ignores a spoofed header", async () => {
    expect(await ipFor(undefined)).toBe("127.0.0.1");
    expect(await ipFor(undefined, { "x-forwarded-for": "203.0.113.9" })).toBe("127.0.0.1");
    expect(await ipFor("false", { "x-forwarded-for": "1.1.1.1, 203.0.113.9" })).toBe("127.0.0.1");
    expect(await ipFor(undefined, { "x-real-ip": "203.0.113.9" })).toBe("127.0.0.1");
    // A forged stamp does not carry this process's nonce: the server overwrites it anyway.
    expect(await ipFor(undefined, { [PEER_HEADER]: "forged 203.0.113.9" })).toBe("127.0.0.1");
  });

  it("with a hop count, trusts that many proxies from the right", async () => {
    const chain = { "x-forwarded-for": "198.51.100.7, 203.0.113.9, 10.0.0.2" };
    expect(await ipFor("1", chain)).toBe("10.0.0.2");
    expect(await ipFor("2", chain)).toBe("203.0.113.9");
    expect(await ipFor("3", chain)).toBe("198.51.100.7");
    // More hops than entries: the left-most entry.
    expect(await ipFor("9", chain)).toBe("198.51.100.7");
    // A proxy that sent no X-Forwarded-For but X-Real-IP.
    expect(await ipFor("1", { "x-real-ip": "203.0.113.5" })).toBe("203.0.113.5");
  });

  it("with a CIDR list, skips trusted proxies and stops at the first other address", async () => {
    const headers = { "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.1.2.3" };
    expect(await ipFor("127.0.0.1, 10.0.0.0/8", headers)).toBe("203.0.113.9");
    expect(await ipFor("loopback,uniquelocal", headers)).toBe("203.0.113.9");
    // The peer (127.0.0.1) is not a trusted proxy: its header is the client's own claim.
    expect(await ipFor("10.0.0.0/8", headers)).toBe("127.0.0.1");
    expect(await ipFor("192.0.2.1", { "x-real-ip": "203.0.113.5" })).toBe("127.0.0.1");
  });

  it("refuses a TRUST_PROXY that is neither a count nor addresses", () => {
    expect(() => parseEnv({ TRUST_PROXY: "10.0.0.0/33" })).toThrow(/TRUST_PROXY/);
    expect(() => parseEnv({ TRUST_PROXY: "my-proxy" })).toThrow(/TRUST_PROXY/);
    expect(parseEnv({}).TRUST_PROXY).toBeNull();
    expect(parseEnv({ TRUST_PROXY: "2" }).TRUST_PROXY).toEqual({ hops: 2 });
  });
});
