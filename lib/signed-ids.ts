// Ids a browser carries and must not be able to change: `<id>.<signature>`, an HMAC-SHA256 of
// the id under a key derived from AUTH_SECRET for one purpose only, so a signature made for
// one (a cart cookie) never passes as another (an order link). Used by the cart cookie and the
// buyer's order links. No `server-only` so scripts and tests can sign; never imported by the client.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

const keys = ((
  globalThis as typeof globalThis & { __cartwrightSigningKeys?: Map<string, Buffer> }
).__cartwrightSigningKeys ??= new Map());

export interface SignedIds {
  /** `<id>.<signature>`; throws for something that is not an id. */
  sign(id: string): string;
  /** The id in a signed value when its signature is genuine; null for anything else. */
  verify(value: string | null | undefined): string | null;
}

/** `purpose` names the key ("cartwright:cart-cookie:v1"); `what` names the values in errors ("cart cookies"). */
export function signedIds(purpose: string, what: string): SignedIds {
  const key = () => {
    const known = keys.get(purpose);
    if (known) return known;
    const { AUTH_SECRET: secret, NODE_ENV } = env();
    if (!secret && NODE_ENV === "production")
      throw new Error(`AUTH_SECRET is required to sign ${what} (npm start sets one for you)`);
    // Without AUTH_SECRET (tests, a bare `next dev`) a per-process key: values last until a restart.
    const base = secret ?? randomBytes(32).toString("base64url");
    const derived = createHmac("sha256", base).update(purpose).digest();
    keys.set(purpose, derived);
    return derived;
  };
  const signatureOf = (id: string) => createHmac("sha256", key()).update(id).digest("base64url");
  return {
    sign: (id) => {
      if (!ID.test(id)) throw new Error(`Not an id for ${what}`);
      return `${id}.${signatureOf(id)}`;
    },
    verify: (value) => {
      if (!value || value.length > 200) return null;
      const dot = value.lastIndexOf(".");
      const id = value.slice(0, dot);
      const signature = value.slice(dot + 1);
      if (dot <= 0 || !ID.test(id) || !SIGNATURE.test(signature)) return null;
      const expected = Buffer.from(signatureOf(id));
      const given = Buffer.from(signature);
      return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
    },
  };
}
