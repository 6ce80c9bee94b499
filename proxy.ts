// Next.js proxy (formerly middleware): runs before every page and route handler. It refuses
// requests that claim to be internal subrequests (x-middleware-subrequest, the header behind
// CVE-2025-29927) and server-action posts from another site, serves the not-found page for
// addresses with broken percent-escapes (both would be bare 500s from Next.js), stamps a request
// id, sends visitors without a session from /account and /admin to sign-in (a convenience:
// every page, action and route checks the session itself), and sets the security headers.
import { NextResponse, type NextRequest } from "next/server";
import {
  hasMalformedEscape,
  hasSessionCookie,
  isForeignServerAction,
  securityHeaders,
  wantsSession,
} from "@/lib/auth/proxy-rules";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/logger";

// A static route (app/(shop)/page-not-found) that renders the shop's not-found page with a 404.
const NOT_FOUND_PATH = "/page-not-found";

export function proxy(request: NextRequest): NextResponse {
  if (request.headers.has("x-middleware-subrequest")) {
    return new NextResponse("Forbidden", {
      status: 403,
      headers: { "content-type": "text/plain" },
    });
  }
  const requestId = requestIdFrom(request.headers);
  const { pathname, search } = request.nextUrl;
  let response: NextResponse;
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  if (isForeignServerAction({ method: request.method, pathname, headers: request.headers })) {
    response = NextResponse.json(
      { error: { code: "forbidden_origin", message: "Cross-site requests are not allowed" } },
      { status: 403 },
    );
  } else if (hasMalformedEscape(pathname)) {
    response = NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url), {
      request: { headers },
    });
  } else if (
    wantsSession(pathname) &&
    !hasSessionCookie(request.cookies.getAll().map((c) => c.name))
  ) {
    const signIn = new URL("/account/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    response = NextResponse.redirect(signIn);
  } else {
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set(REQUEST_ID_HEADER, requestId);
  const https =
    request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  for (const [name, value] of securityHeaders({
    production: process.env.NODE_ENV === "production",
    https,
  })) {
    response.headers.set(name, value);
  }
  return response;
}

export const config = {
  // Everything but build assets and public images (they need none of the above).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|images/).*)"],
};
