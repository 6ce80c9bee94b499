// The caller's address for per-IP limits, trusting forwarded headers only as TRUST_PROXY says
// (as Express's "trust proxy"). The chain is X-Forwarded-For's entries followed by the
// connection's peer (stamped by peer-address.ts); it is read from the right:
// - off (default): the peer itself; whatever X-Forwarded-For says is the client's own claim.
// - a hop count n: n proxies stand in front, so the entry n places left of the peer.
// - a list of IPs / CIDRs: skip trusted proxies from the right; the first other address.
// X-Real-IP is read only when the peer is a trusted proxy and sent no X-Forwarded-For.
// Without a stamped peer (a process where instrumentation.ts did not run, such as scripts),
// the right-most X-Forwarded-For entry is used: the one Next.js fills from the socket when no
// proxy did.
import { BlockList, isIP } from "node:net";
import { env, type TrustProxy } from "@/lib/env";
import { stampedPeer } from "./peer-address";

const lists = new Map<string, BlockList>();

function blockList(ranges: string[]): BlockList {
  const key = ranges.join(",");
  let list = lists.get(key);
  if (!list) {
    list = new BlockList();
    for (const range of ranges) {
      const [address = "", prefix] = range.split("/");
      const family = isIP(address) === 6 ? "ipv6" : "ipv4";
      if (prefix === undefined) list.addAddress(address, family);
      else list.addSubnet(address, Number(prefix), family);
    }
    lists.set(key, list);
  }
  return list;
}

/** IPv4-mapped IPv6 (::ffff:1.2.3.4) as plain IPv4, so CIDRs and limits see one address. */
function normalise(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

function trusts(trust: NonNullable<TrustProxy>, address: string, hop: number): boolean {
  if ("hops" in trust) return hop < trust.hops;
  const family = isIP(address);
  if (family === 0) return false;
  return blockList(trust.ranges).check(address, family === 6 ? "ipv6" : "ipv4");
}

function valid(candidate: string | undefined): string {
  return candidate && isIP(candidate) !== 0 ? candidate : "unknown";
}

export function clientIp(headers: Headers, trust: TrustProxy = env().TRUST_PROXY): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => normalise(part.trim()))
    .filter(Boolean);
  const stamped = stampedPeer(headers);
  if (stamped === null) return valid(forwarded.at(-1));
  const peer = normalise(stamped);
  if (!trust || !trusts(trust, peer, 0)) return valid(peer);
  if (forwarded.length === 0) return valid(normalise(headers.get("x-real-ip")?.trim() ?? peer));
  // From the right: each trusted hop hands over to the address it says it received from.
  let hop = 1;
  for (let i = forwarded.length - 1; i >= 0; i--, hop++) {
    const address = forwarded[i] ?? "";
    if (i === 0 || !trusts(trust, address, hop)) return valid(address);
  }
  return "unknown";
}
