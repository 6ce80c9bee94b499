// lint-as: app/(shop)/prisma-fixture/page.tsx
// A page talking to the database itself instead of calling lib/<module>.
import { db } from "@/lib/db";

export default async function Page() {
  const products = await (await db()).product.count();
  return <p>{products}</p>;
}
