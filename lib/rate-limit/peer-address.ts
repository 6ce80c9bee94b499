// The connection's own peer address, for clientIp. Next.js (16.x) gives route handlers and
// server actions no peer address of their own: it writes the socket's address into
// X-Forwarded-For only when the request carried none (server/base-server.js), so a client that
// sends the header replaces it. installPeerAddressHeader (called from instrumentation.ts, in
// the server's process) stamps every incoming request, before Next.js sees it, with the socket
// address under a per-process nonce; a header sent by a client cannot carry the nonce, so it is
// ignored.
import { randomBytes } from "node:crypto";
import http from "node:http";

export const PEER_HEADER = "x-cartwright-peer";

const holder = globalThis as typeof globalThis & { __cartwrightPeerNonce?: string };

/** Stamps every request any HTTP server of this process receives (idempotent). */
export function installPeerAddressHeader(): void {
  if (holder.__cartwrightPeerNonce) return;
  const nonce = randomBytes(16).toString("hex");
  holder.__cartwrightPeerNonce = nonce;
  const emit: (this: http.Server, event: string, ...args: unknown[]) => boolean =
    http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      req.headers[PEER_HEADER] = `${nonce} ${req.socket.remoteAddress ?? ""}`;
    }
    return emit.call(this, event, ...args);
  } as typeof http.Server.prototype.emit;
}

/** The peer address stamped on this request, or null when none was stamped by this process. */
export function stampedPeer(headers: Headers): string | null {
  const nonce = holder.__cartwrightPeerNonce;
  const value = headers.get(PEER_HEADER);
  if (!nonce || !value) return null;
  const [seen, address] = value.split(" ");
  return seen === nonce && address ? address : null;
}
