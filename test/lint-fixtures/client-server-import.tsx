// lint-as: components/shop/client-fixture.tsx
"use client";
// A client component importing a module's server face (it would ship server code to the browser).
import { getCart } from "@/lib/cart";

export function Fixture() {
  return <p>{typeof getCart}</p>;
}
