import "server-only";
// Order reads. Commands (placing, paying, cancelling) live in commands.ts.
import { db } from "@/lib/db";

/** Every order ever placed, whatever its status: the source of `cartwright_orders_placed_total`. */
export async function countOrdersPlaced(): Promise<number> {
  return (await db()).order.count();
}
