// OAuth sign-in end to end against a local stand-in for GitHub: a node:http server on 127.0.0.1
// that plays the authorization, token and user endpoints (GitHub Enterprise's paths, which is
// how the real GitHub provider of lib/auth/config.ts is pointed at it). Through Auth.js's own
// route handlers, with the production config and the Prisma adapter: the first sign-in makes the
// user and its Account link, the next one finds the same user, and a GitHub email that belongs
// to an existing password account does not take that account over (no dangerous email linking).
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

process.env.AUTH_SECRET = "test-secret-0123456789-0123456789-abcdef";
process.env.AUTH_TRUST_HOST = "true";
process.env.AUTH_GITHUB_ID = "stub-client-id";
process.env.AUTH_GITHUB_SECRET = "stub-client-secret";

const { default: NextAuth } = await import("next-auth");
const { buildAuthConfig } = await import("@/lib/auth");
const { makeUser } = await import("@/lib/auth/testing");
const { db } = await import("@/lib/db");

const ORIGIN = "http://shop.test";

interface GitHubProfile {
  id: number;
  login: string;
  name: string;
  email: string;
}

/** The stand-in provider: whoever "logs in" next is `stub.next`; codes and tokens work once. */
const stub = {
  next: null as GitHubProfile | null,
  codes: new Map<string, GitHubProfile>(),
  tokens: new Map<string, GitHubProfile>(),
  tokenRequests: 0,
};
let server: Server;
let stubUrl = "";

function startStub(): Server {
  let serial = 0;
  return createServer((req, res) => {
    const url = new URL(req.url ?? "/", stubUrl);
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.method === "GET" && url.pathname === "/login/oauth/authorize") {
      if (url.searchParams.get("client_id") !== "stub-client-id" || !stub.next)
        return json(400, { error: "invalid_request" });
      const code = `code-${++serial}`;
      stub.codes.set(code, stub.next);
      const back = new URL(url.searchParams.get("redirect_uri") ?? "");
      back.searchParams.set("code", code);
      const state = url.searchParams.get("state");
      if (state) back.searchParams.set("state", state);
      res.writeHead(302, { location: back.toString() });
      return res.end();
    }
    if (req.method === "POST" && url.pathname === "/login/oauth/access_token") {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        stub.tokenRequests++;
        const form = new URLSearchParams(body);
        const basic = Buffer.from(
          (req.headers.authorization ?? "").replace(/^Basic /, ""),
          "base64",
        ).toString();
        const clientOk =
          basic === "stub-client-id:stub-client-secret" ||
          (form.get("client_id") === "stub-client-id" &&
            form.get("client_secret") === "stub-client-secret");
        const profile = stub.codes.get(form.get("code") ?? "");
        stub.codes.delete(form.get("code") ?? "");
        if (!clientOk || !profile || !form.get("code_verifier"))
          return json(400, { error: "invalid_grant" });
        const token = `token-${++serial}`;
        stub.tokens.set(token, profile);
        json(200, { access_token: token, token_type: "bearer", scope: "read:user,user:email" });
      });
      return;
    }
    if (req.method === "GET" && url.pathname === "/api/v3/user") {
      const profile = stub.tokens.get((req.headers.authorization ?? "").replace(/^Bearer /, ""));
      return profile ? json(200, profile) : json(401, { message: "Bad credentials" });
    }
    json(404, { message: "Not Found" });
  });
}

let handlers: ReturnType<typeof NextAuth>["handlers"];

beforeAll(async () => {
  server = startStub();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  stubUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  handlers = NextAuth(buildAuthConfig(await db(), { githubBaseUrl: stubUrl })).handlers;
}, 180_000);
afterAll(async () => {
  server.close();
  await once(server, "close");
});

const cookiePairs = (response: Response) =>
  response.headers.getSetCookie().map((c) => c.split(";")[0] ?? "");

/** A browser's round trip: start GitHub sign-in, "log in" at the stub as `profile`, come back. */
async function signInWithGitHub(profile: GitHubProfile) {
  stub.next = profile;
  const csrf = await handlers.GET(new NextRequest(`${ORIGIN}/api/auth/csrf`));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  let jar = cookiePairs(csrf);

  const start = await handlers.POST(
    new NextRequest(`${ORIGIN}/api/auth/signin/github`, {
      method: "POST",
      body: new URLSearchParams({ csrfToken, callbackUrl: `${ORIGIN}/account` }),
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: jar.join("; "),
        origin: ORIGIN,
      },
    }),
  );
  expect(start.status).toBe(302);
  const authorize = start.headers.get("location") ?? "";
  expect(authorize.startsWith(`${stubUrl}/login/oauth/authorize?`)).toBe(true);
  // A browser keeps one value per cookie name: the latest (the callback URL is set again here).
  const byName = new Map([...jar, ...cookiePairs(start)].map((c) => [c.split("=")[0], c]));
  jar = [...byName.values()];

  const atProvider = await fetch(authorize, { redirect: "manual" });
  expect(atProvider.status).toBe(302);
  const callback = atProvider.headers.get("location") ?? "";
  expect(callback.startsWith(`${ORIGIN}/api/auth/callback/github?`)).toBe(true);

  const back = await handlers.GET(
    new NextRequest(callback, { headers: { cookie: jar.join("; ") } }),
  );
  const session = cookiePairs(back).find((c) => c.startsWith("authjs.session-token="));
  return { status: back.status, location: back.headers.get("location") ?? "", session };
}

async function sessionOf(sessionCookie: string) {
  const response = await handlers.GET(
    new NextRequest(`${ORIGIN}/api/auth/session`, { headers: { cookie: sessionCookie } }),
  );
  return (await response.json()) as { user?: { id?: string }; signedInAt?: number } | null;
}
const sessionUserId = async (cookie: string) => (await sessionOf(cookie))?.user?.id ?? null;

const accountsOf = async (userId: string) =>
  (await db()).account.findMany({
    where: { userId },
    select: { provider: true, providerAccountId: true },
  });

describe("GitHub sign-in against a local provider stub", () => {
  it("creates the user and its Account link on the first sign-in, and finds them again on the next", async () => {
    const octo = { id: 4242, login: "octo", name: "Octo Cat", email: "octo@example.com" };
    const first = await signInWithGitHub(octo);
    expect(first.status).toBe(302);
    expect(first.location).toBe(`${ORIGIN}/account`);
    expect(first.session).toBeDefined();

    const prisma = await db();
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "octo@example.com" } });
    expect(user).toMatchObject({ name: "Octo Cat", passwordHash: null, role: "CUSTOMER" });
    expect(await accountsOf(user.id)).toEqual([{ provider: "github", providerAccountId: "4242" }]);
    expect(await sessionUserId(first.session!)).toBe(user.id);
    // The sign-in time that lets this password-less account change its email for a while.
    const signedInAt = (await sessionOf(first.session!))?.signedInAt ?? 0;
    expect(Math.abs(Date.now() / 1000 - signedInAt)).toBeLessThan(60);

    // Again, even with a changed name and email at GitHub: the link, not the email, finds the user.
    const second = await signInWithGitHub({ ...octo, name: "Octo", email: "octo@new.example" });
    expect(second.location).toBe(`${ORIGIN}/account`);
    expect(await sessionUserId(second.session!)).toBe(user.id);
    expect(await prisma.user.count({ where: { id: user.id } })).toBe(1);
    expect(await prisma.user.count({ where: { email: "octo@new.example" } })).toBe(0);
    expect(await accountsOf(user.id)).toHaveLength(1);
  });

  it("does not link a GitHub account to an existing password account with the same email", async () => {
    const owner = await makeUser({
      email: "owner@example.com",
      password: "owner's own passphrase",
    });
    const prisma = await db();
    const before = await prisma.user.findUniqueOrThrow({ where: { id: owner.id } });
    const tokenRequests = stub.tokenRequests;

    const attempt = await signInWithGitHub({
      id: 777,
      login: "squatter",
      name: "Not The Owner",
      email: "owner@example.com",
    });
    // The provider was really asked (the code was exchanged), then Auth.js refused to link.
    expect(stub.tokenRequests).toBe(tokenRequests + 1);
    expect(attempt.status).toBe(302);
    expect(attempt.location).toBe(`${ORIGIN}/account/sign-in?error=OAuthAccountNotLinked`);
    expect(attempt.session).toBeUndefined();
    expect(await accountsOf(owner.id)).toEqual([]);
    expect(await prisma.account.count({ where: { providerAccountId: "777" } })).toBe(0);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: owner.id } })).toEqual(before);
  });
});
