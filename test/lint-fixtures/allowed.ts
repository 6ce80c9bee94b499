// lint-as: lib/checkout/allowed-fixture.ts
// Through public faces, to modules declared earlier: no error.
import { getCart } from "@/lib/cart";
import { getStockLevels } from "@/lib/inventory";
import { formatMoney } from "@/lib/money";

export const fixture = [getCart, getStockLevels, formatMoney];
