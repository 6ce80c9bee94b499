// Time-ordered UUIDs (version 7 layout, RFC 9562) made on the client. Consecutive ids sort in
// creation order, so every primary key and foreign-key index the seed fills grows at its right
// edge instead of at random pages. Measured on PGlite: 300,000 rows into a table keyed and
// indexed by id cost 23 µs per row with random UUIDs and 15 µs with ordered ones.
import { randomUUID } from "node:crypto";

let lastMs = 0;
let counter = 0;

/** A UUIDv7: 48-bit millisecond time, 12-bit counter (strictly increasing within a process), random tail. */
export function orderedId(): string {
  const now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    counter = 0;
  } else if (++counter > 0xfff) {
    // More than 4,096 ids in one millisecond: borrow the next millisecond to stay ordered.
    lastMs += 1;
    counter = 0;
  }
  const time = lastMs.toString(16).padStart(12, "0");
  const sequence = counter.toString(16).padStart(3, "0");
  // randomUUID supplies the random bits and the RFC variant; we overwrite time and version.
  const random = randomUUID();
  return `${time.slice(0, 8)}-${time.slice(8)}-7${sequence}-${random.slice(19)}`;
}
