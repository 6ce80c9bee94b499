// Auth.js: sign-in, sign-out and sessions (configuration in lib/auth/config.ts). Lazy, because
// the database client is opened asynchronously on first use.
import NextAuth from "next-auth";
import { cookies } from "next/headers";
import { buildAuthConfig } from "@/lib/auth";
import { CART_COOKIE, mergeGuestCartOnSignIn } from "@/lib/cart";
import { db } from "@/lib/db";

export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth(async () =>
  buildAuthConfig(await db(), {
    async onSignIn(userId) {
      const jar = await cookies();
      const merged = await mergeGuestCartOnSignIn(userId, jar.get(CART_COOKIE)?.value);
      // The guest cart was absorbed (and deleted): its cookie points at nothing now.
      if (merged) jar.delete(CART_COOKIE);
    },
  }),
);
