"use client";
// One way for the browser to read our JSON APIs: the answer is checked with the caller's zod
// schema (never cast), and a refusal becomes an Error carrying the server's own message.
import { z } from "zod";

/** Our APIs' error shape: `{ error: { code, message, … } }` (lib/errors, lib/rate-limit). */
const errorBodySchema = z.object({ error: z.object({ message: z.string() }) });

export async function getJson<T>(
  url: string,
  schema: z.ZodType<T>,
  init: RequestInit = {},
): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set("accept", "application/json");
  const response = await fetch(url, { ...init, headers });
  if (!response.ok) throw new Error(await errorMessage(response));
  return schema.parse(await response.json());
}

async function errorMessage(response: Response): Promise<string> {
  // Not JSON (a proxy's error page, say): fall back to the status.
  const body = errorBodySchema.safeParse(await response.json().catch(() => null));
  return body.success ? body.data.error.message : `Request failed (${response.status})`;
}
