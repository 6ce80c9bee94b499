// The server secret that signs Auth.js sessions, one-time tokens and sign-in tickets.
import { env } from "@/lib/env";

export function authSecret(): string {
  const secret = env().AUTH_SECRET;
  if (!secret) {
    throw new Error(
      "AUTH_SECRET is not set: `npm start` generates one into the data folder; set it yourself elsewhere (openssl rand -base64 32).",
    );
  }
  return secret;
}
