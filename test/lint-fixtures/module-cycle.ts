// lint-as: lib/inventory/module-cycle-fixture.ts
// inventory comes before cart in lib/modules.json, and cart imports inventory: this import
// would close a cycle between the two modules.
import { getCart } from "@/lib/cart";

export const fixture = getCart;
