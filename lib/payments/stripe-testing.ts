// Test helpers for the Stripe adapter: a local HTTP server standing in for api.stripe.com that
// records every request the SDK sends (method, path, Idempotency-Key, form body) and behaves like
// Stripe where it matters here: an idempotency key replays the first response, and a key still in
// flight is answered 409. Plus signed webhook bodies made with the SDK's own test helper.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";

export interface RecordedRequest {
  method: string;
  path: string;
  idempotencyKey: string | null;
  body: URLSearchParams;
}

export interface StripeRecorder {
  stripe: Stripe;
  requests: RecordedRequest[];
  sessions: Map<string, Record<string, unknown>>;
  close(): Promise<void>;
}

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let data = "";
    req.on("data", (chunk: Buffer) => (data += chunk.toString()));
    req.on("end", () => resolve(data));
  });

export async function startStripeRecorder(): Promise<StripeRecorder> {
  const requests: RecordedRequest[] = [];
  const sessions = new Map<string, Record<string, unknown>>();
  const replies = new Map<string, unknown>();
  const inFlight = new Set<string>();
  let seq = 0;

  const server: Server = createServer(async (req, res) => {
    const body = new URLSearchParams(await readBody(req));
    const key = (req.headers["idempotency-key"] as string | undefined) ?? null;
    const path = (req.url ?? "").split("?")[0] ?? "";
    requests.push({ method: req.method ?? "", path, idempotencyKey: key, body });
    const send = (status: number, json: unknown) => {
      res.writeHead(status, { "content-type": "application/json", "request-id": `req_${++seq}` });
      res.end(JSON.stringify(json));
    };
    if (req.method === "POST" && key && replies.has(key)) return send(200, replies.get(key));
    if (req.method === "POST" && key && inFlight.has(key)) {
      return send(409, {
        error: {
          type: "idempotency_error",
          message: "Another request with this key is in progress",
        },
      });
    }
    if (key) inFlight.add(key);
    await new Promise((resolve) => setTimeout(resolve, 20)); // long enough for concurrent requests to overlap
    let reply: unknown;
    const sessionPath = /^\/v1\/checkout\/sessions\/([^/]+)(\/expire)?$/.exec(path);
    if (req.method === "POST" && path === "/v1/checkout/sessions") {
      const id = `cs_test_${++seq}`;
      const session = {
        id,
        object: "checkout.session",
        url: `https://checkout.stripe.test/${id}`,
        status: "open",
        payment_status: "unpaid",
        amount_total: Number(body.get("line_items[0][price_data][unit_amount]")),
        currency: body.get("line_items[0][price_data][currency]"),
        client_reference_id: body.get("client_reference_id"),
        metadata: { orderId: body.get("metadata[orderId]") },
        payment_intent: `pi_test_${seq}`,
      };
      sessions.set(id, session);
      reply = session;
    } else if (sessionPath && sessions.has(sessionPath[1] ?? "")) {
      const session = sessions.get(sessionPath[1] ?? "") as Record<string, unknown>;
      if (sessionPath[2]) session.status = "expired";
      reply = session;
    } else if (req.method === "POST" && path === "/v1/refunds") {
      reply = {
        id: `re_test_${++seq}`,
        object: "refund",
        status: "succeeded",
        amount: Number(body.get("amount")),
        payment_intent: body.get("payment_intent"),
      };
    } else {
      if (key) inFlight.delete(key);
      return send(404, {
        error: { type: "invalid_request_error", message: `No such route ${path}` },
      });
    }
    if (key) {
      replies.set(key, reply);
      inFlight.delete(key);
    }
    send(200, reply);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const stripe = new Stripe("sk_test_recorder", {
    host: "127.0.0.1",
    port,
    protocol: "http",
    maxNetworkRetries: 0,
    telemetry: false,
  });
  return {
    stripe,
    requests,
    sessions,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export type SessionEventType =
  | "checkout.session.completed"
  | "checkout.session.async_payment_succeeded"
  | "checkout.session.async_payment_failed"
  | "checkout.session.expired";

/** A Stripe event body around `object`, as Stripe would send it. */
export function stripeEvent(id: string, type: string, object: Record<string, unknown>): string {
  return JSON.stringify({
    id,
    object: "event",
    type,
    api_version: "2025-01-27",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    data: { object },
  });
}

/** A Stripe event body for a Checkout Session, as Stripe would send it. */
export function sessionEvent(
  id: string,
  type: SessionEventType,
  session: { id: string; orderId: string; amount: number; currency?: string; paid?: boolean },
): string {
  return stripeEvent(id, type, {
    id: session.id,
    object: "checkout.session",
    amount_total: session.amount,
    currency: session.currency ?? "usd",
    client_reference_id: session.orderId,
    metadata: { orderId: session.orderId },
    payment_status:
      session.paid === false
        ? "unpaid"
        : type.endsWith("failed") || type.endsWith("expired")
          ? "unpaid"
          : "paid",
    status: type.endsWith("expired") ? "expired" : "complete",
  });
}

export function sign(stripe: Stripe, payload: string, secret: string): string {
  return stripe.webhooks.generateTestHeaderString({ payload, secret });
}
