import "server-only";
// The Auth.js configuration (auth.ts at the root only calls NextAuth with it). JWT sessions,
// since the credentials provider cannot use database sessions; the Prisma adapter still stores
// users and linked OAuth accounts. The session carries only the user id and the credential
// stamp: see session.ts for why everything else is read fresh.
import { PrismaAdapter } from "@auth/prisma-adapter";
import { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { currentLogger } from "@/lib/logger";
import { clientIp } from "@/lib/rate-limit";
import { authenticate } from "./credentials";
import { enabledOAuthProviders } from "./providers";
import { signInSchema } from "./schemas";
import { stampForUser } from "./session";
import { redeemSessionRefreshTicket, redeemSignInTicket } from "./sign-in-ticket";
import { SIGN_IN_PATH } from "./urls";

/** Thrown from authorize when the limits refuse: Auth.js puts `code` in its error redirect. */
export class RateLimitedSignIn extends CredentialsSignin {
  override code = "rate_limited";
}

const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

async function authorize(
  prisma: Db,
  credentials: Partial<Record<string, unknown>>,
  request: Request,
) {
  // Our own sign-in form checked the password already and passes a one-time ticket.
  if (typeof credentials.ticket === "string" && credentials.ticket) {
    const userId = redeemSignInTicket(credentials.ticket);
    if (!userId) return null;
    return prisma.user.findUnique({
      where: { id: userId },
      select: { id: true, email: true, name: true },
    });
  }
  // Direct posts to /api/auth/callback/credentials: the same checks and limits.
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const result = await authenticate({ ...parsed.data, ip: clientIp(request.headers) });
  if (result.ok) return result.user;
  if (result.reason === "rate_limited") throw new RateLimitedSignIn();
  return null;
}

export interface AuthConfigOptions {
  onSignIn?: (userId: string) => Promise<unknown>;
  /**
   * A GitHub Enterprise server's base URL instead of github.com: the provider, its profile
   * mapping and its account-linking policy stay the same (tests point it at a local stub).
   */
  githubBaseUrl?: string;
}

export function buildAuthConfig(prisma: Db, hooks: AuthConfigOptions = {}): NextAuthConfig {
  // No allowDangerousEmailAccountLinking: a provider's email matching an existing account does
  // not sign into it (test/auth/oauth-sign-in.test.ts); the owner links from a signed-in session.
  const oauth = enabledOAuthProviders().map((p) =>
    p.id === "github"
      ? GitHub({
          clientId: p.clientId,
          clientSecret: p.clientSecret,
          ...(hooks.githubBaseUrl ? { enterprise: { baseUrl: hooks.githubBaseUrl } } : {}),
        })
      : Google({ clientId: p.clientId, clientSecret: p.clientSecret }),
  );
  return {
    // The adapter is typed against @prisma/client's default client; ours is generated into
    // lib/generated with the same models, which is all the adapter uses.
    adapter: PrismaAdapter(prisma as unknown as Parameters<typeof PrismaAdapter>[0]),
    secret: env().AUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: SIGN_IN_PATH, error: SIGN_IN_PATH },
    providers: [
      Credentials({
        credentials: { email: {}, password: {}, ticket: {} },
        authorize: (c, req) => authorize(prisma, c, req),
      }),
      ...oauth,
    ],
    callbacks: {
      async jwt({ token, user, trigger, session }) {
        if (user?.id) {
          // A fresh sign-in: keep the token small (no name, email or picture in the cookie).
          // signedInAt (seconds) survives every refresh: account-security.ts asks for a recent one.
          return {
            sub: user.id,
            stamp: await stampForUser(user.id),
            signedInAt: Math.floor(Date.now() / 1000),
          };
        }
        // "update" is also what a public POST /api/auth/session triggers, so a stolen cookie
        // that a password change signed out could ask for the new stamp: only a ticket the
        // server issued for this user (after the change, see next-boundary.ts) re-stamps it.
        if (
          trigger === "update" &&
          token.sub &&
          redeemSessionRefreshTicket(
            (session as { ticket?: unknown } | undefined)?.ticket,
            token.sub,
          )
        )
          return { ...token, stamp: await stampForUser(token.sub) };
        return token;
      },
      session({ session, token }) {
        const shaped = {
          expires: session.expires,
          user: { id: token.sub ?? "" },
          stamp: typeof token.stamp === "string" ? token.stamp : null,
          signedInAt: typeof token.signedInAt === "number" ? token.signedInAt : null,
        };
        return shaped;
      },
    },
    events: {
      async signIn({ user }) {
        if (user.id && hooks.onSignIn) await hooks.onSignIn(user.id);
      },
    },
    logger: {
      error(error) {
        // A wrong password is an expected answer, not a server error.
        if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") {
          currentLogger().info({ code: (error as CredentialsSignin).code }, "sign-in refused");
          return;
        }
        currentLogger().error({ err: error }, "auth error");
      },
      warn(code) {
        currentLogger().warn({ code }, "auth warning");
      },
      debug() {},
    },
  };
}
