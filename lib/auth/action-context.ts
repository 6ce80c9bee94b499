// What server actions need from the request: the caller's IP for rate limits, and whether the
// request came from our own pages. Next.js already compares Origin and Host for actions; this
// repeats it explicitly (and counts SITE_URL/AUTH_URL), so the rule holds wherever it runs.
import { clientIp } from "@/lib/rate-limit";
import { boundary } from "./boundary";
import { isSameOrigin } from "./origin";

export async function actionIp(): Promise<string> {
  return clientIp(await (await boundary()).headers());
}

export async function isForeignOrigin(): Promise<boolean> {
  return !isSameOrigin(await (await boundary()).headers());
}
