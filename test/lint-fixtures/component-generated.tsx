// lint-as: components/shop/prisma-fixture.tsx
// A component importing the generated Prisma client.
import { Prisma } from "@/lib/generated/prisma/client";

export function Fixture() {
  return <p>{Prisma.prismaVersion.client}</p>;
}
