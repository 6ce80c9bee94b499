// The caller's address for per-IP limits. The right-most X-Forwarded-For entry is the one our
// nearest proxy added (Next.js fills the header from the socket when no proxy did); entries
// further left are whatever the client claimed. Without a proxy in front the header is the
// client's own word, which is why every limit keyed by IP is paired with one keyed by account.
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .at(-1);
  const candidate = last ?? headers.get("x-real-ip")?.trim();
  return candidate && /^[0-9A-Fa-f:.]{2,45}$/.test(candidate) ? candidate : "unknown";
}
