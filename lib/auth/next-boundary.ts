// The request boundary in the running app: Auth.js for sessions, next/headers for headers,
// next/server's after() for deferred work.
import { headers } from "next/headers";
import { after } from "next/server";
import { z } from "zod";
import { currentLogger } from "@/lib/logger";
import type { RequestBoundary, SessionClaims } from "./boundary";
import { issueSessionRefreshTicket, issueSignInTicket } from "./sign-in-ticket";

// The session as our auth.ts session callback shapes it; anything else reads as signed out.
const sessionSchema = z.object({
  user: z.object({ id: z.string().min(1) }),
  stamp: z.string().nullable().optional(),
  signedInAt: z.number().nullable().optional(),
});

async function auth() {
  return import("@/auth");
}

export const nextBoundary: RequestBoundary = {
  async claims(): Promise<SessionClaims | null> {
    const session = await (await auth()).auth();
    const parsed = sessionSchema.safeParse(session);
    return parsed.success
      ? {
          userId: parsed.data.user.id,
          stamp: parsed.data.stamp ?? null,
          signedInAt: parsed.data.signedInAt ?? null,
        }
      : null;
  },
  async headers() {
    return new Headers(await headers());
  },
  async startSession(userId, redirectTo) {
    // The ticket proves, inside this process, that the password was just checked; Auth.js's
    // credentials provider redeems it, so the password is not verified (or counted) twice.
    const ticket = issueSignInTicket(userId);
    await (await auth()).signIn("credentials", { ticket, redirectTo });
    throw new Error("signIn did not redirect");
  },
  async endSession(redirectTo) {
    await (await auth()).signOut({ redirectTo });
    throw new Error("signOut did not redirect");
  },
  async refreshSession(userId) {
    // Auth.js's jwt callback re-stamps the session only with this ticket (see config.ts).
    await (await auth()).unstable_update({ ticket: issueSessionRefreshTicket(userId) } as object);
  },
  defer(task) {
    after(() =>
      task().catch((error: unknown) => {
        currentLogger().error({ err: error }, "deferred account task failed");
      }),
    );
  },
};
