// Password hashing with scrypt from node:crypto: memory-hard (32 MiB per hash at N=2^15), so
// a stolen hash is expensive to brute-force on GPUs, and no native dependency to install.
// Stored as `scrypt$N$r$p$saltB64$hashB64`: the parameters travel with each hash, so they can
// be raised later while old hashes still verify.
import {
  randomBytes,
  scrypt as scryptCallback,
  timingSafeEqual,
  type ScryptOptions,
} from "node:crypto";
import { promisify } from "node:util";

const scrypt = promisify(scryptCallback) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: ScryptOptions,
) => Promise<Buffer>;

const DEFAULTS = { N: 2 ** 15, r: 8, p: 1 } as const;
const SALT_BYTES = 16;
const KEY_BYTES = 64;
// Refuse absurd parameters in a stored hash: a tampered row must not exhaust the server.
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;

/** scrypt needs 128·N·r bytes; Node's default cap (32 MiB) is exactly N=2^15, r=8, so add headroom. */
function maxmem(N: number, r: number, p: number): number {
  return 128 * N * r * p + 32 * 1024 * 1024;
}

export async function hashPassword(plain: string): Promise<string> {
  const { N, r, p } = DEFAULTS;
  const salt = randomBytes(SALT_BYTES);
  const key = await scrypt(plain.normalize("NFKC"), salt, KEY_BYTES, {
    N,
    r,
    p,
    maxmem: maxmem(N, r, p),
  });
  return ["scrypt", N, r, p, salt.toString("base64"), key.toString("base64")].join("$");
}

interface ParsedHash {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

function parse(stored: string): ParsedHash | null {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return null;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const valid =
    Number.isInteger(N) &&
    N > 1 &&
    N <= MAX_N &&
    (N & (N - 1)) === 0 &&
    Number.isInteger(r) &&
    r >= 1 &&
    r <= MAX_R &&
    Number.isInteger(p) &&
    p >= 1 &&
    p <= MAX_P;
  if (!valid) return null;
  const salt = Buffer.from(parts[4]!, "base64");
  const key = Buffer.from(parts[5]!, "base64");
  // A shortened key would still match (scrypt output is a prefix stream) but is weaker: refuse it.
  if (salt.length < SALT_BYTES || key.length !== KEY_BYTES) return null;
  return { N, r, p, salt, key };
}

// Verified against when a user has no usable hash, so "no such user" costs as long as "wrong
// password" and response times do not reveal which emails have accounts.
const DUMMY: ParsedHash = {
  ...DEFAULTS,
  salt: Buffer.alloc(SALT_BYTES),
  key: Buffer.alloc(KEY_BYTES),
};

/** True when `plain` matches `stored`; false (never throws) for a wrong password or a missing/malformed hash. */
export async function verifyPassword(
  plain: string,
  stored: string | null | undefined,
): Promise<boolean> {
  const parsed = (stored ? parse(stored) : null) ?? DUMMY;
  const { N, r, p, salt, key } = parsed;
  const candidate = await scrypt(plain.normalize("NFKC"), salt, key.length, {
    N,
    r,
    p,
    maxmem: maxmem(N, r, p),
  });
  return timingSafeEqual(candidate, key) && parsed !== DUMMY;
}

/** True when a stored hash uses weaker parameters than today's: rehash it at the next sign-in. */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  return !parsed || parsed.N < DEFAULTS.N || parsed.r < DEFAULTS.r;
}
