// lint-as: lib/cart/deep-import-fixture.ts
// A module reaching into another module's file instead of its index.ts.
import { moveStock } from "@/lib/inventory/levels";

export const fixture = moveStock;
