// Acceptance: "No card number or secret ever appears in logs or the database". Drives checkout
// the way the pages do (cart → price → place order → start payment → test card, paid and
// declined, then the outbox with its emails) with every log line captured at trace level, then
// searches the captured logs, every table of the database and the mails for the card numbers
// and the server secrets.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const captured = vi.hoisted(() => {
  // Known secrets, set before lib/env first reads the environment.
  process.env.AUTH_SECRET = "leak-test-auth-secret-0123456789abcdefghij";
  process.env.CRON_SECRET = "leak-test-cron-secret-0123456789";
  return { lines: [] as string[] };
});

vi.mock("@/lib/logger/logger", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/logger/logger")>();
  const logger = real.createLogger({
    level: "trace",
    destination: { write: (line: string) => void captured.lines.push(line) },
  });
  return {
    ...real,
    logger,
    childLogger: (bindings: Record<string, unknown>, parent = logger) =>
      real.childLogger(bindings, parent),
  };
});

import { addLine, getCart, setDiscountCode, signCartId } from "@/lib/cart";
import { placeOrder, priceCart } from "@/lib/checkout";
import { db } from "@/lib/db";
import { drainOutbox } from "@/lib/events";
import { memoryTransport, setMailTransport } from "@/lib/mail";
import { childLogger } from "@/lib/logger";
import {
  confirmTestPayment,
  startPayment,
  TEST_CARD_DECLINE,
  TEST_CARD_SUCCESS,
} from "@/lib/payments";
import { createStockedProduct } from "@/lib/cart/testing";
import { discountCodes, shippingMethods, taxRates } from "@/prisma/seed/store";
import "@/lib/event-subscribers";

const mail = memoryTransport();
const digits = (card: string) => card.replace(/\D/g, "");
const forbidden = [
  TEST_CARD_SUCCESS,
  digits(TEST_CARD_SUCCESS),
  TEST_CARD_SUCCESS.replaceAll(" ", "-"),
  TEST_CARD_DECLINE,
  digits(TEST_CARD_DECLINE),
  TEST_CARD_DECLINE.replaceAll(" ", "-"),
  "leak-test-auth-secret-0123456789abcdefghij",
  "leak-test-cron-secret-0123456789",
];

async function dumpDatabase(): Promise<string> {
  const prisma = await db();
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`;
  const parts: string[] = [];
  for (const { name } of tables) {
    const rows = await prisma.$queryRawUnsafe<{ row: string }[]>(
      `SELECT row_to_json(t)::text AS row FROM "${name.replace(/"/g, '""')}" t`,
    );
    parts.push(`-- ${name}\n${rows.map((r) => r.row).join("\n")}`);
  }
  return parts.join("\n");
}

async function checkout(variantIds: string[], email: string) {
  let cartId: string | null = null;
  for (const variantId of variantIds)
    cartId = (await addLine({ cartId, userId: null }, { variantId, quantity: 2 })).cartId;
  if (!cartId) throw new Error("no cart");
  await setDiscountCode(cartId, "WELCOME10");
  const cart = await getCart(cartId);
  const prisma = await db();
  const express = await prisma.shippingMethod.findUniqueOrThrow({
    where: { code: "express" },
    select: { id: true },
  });
  const lines = cart!.lines.map(({ variantId, quantity }) => ({ variantId, quantity }));
  const quote = await priceCart({
    lines,
    discountCode: "WELCOME10",
    shippingMethodId: express.id,
    address: { country: "US", region: "CA" },
    email,
  });
  expect(quote.ok).toBe(true);
  const placed = await placeOrder({
    cartId,
    cartVersion: cart!.version,
    email,
    shippingMethodId: express.id,
    discountCode: "WELCOME10",
    shippingAddress: {
      name: "Card Tester",
      line1: "1 Main St",
      city: "San Francisco",
      region: "CA",
      postalCode: "94105",
      country: "US",
    },
  });
  const payment = await startPayment({
    orderId: placed.orderId,
    successUrl: "/done",
    cancelUrl: "/checkout",
  });
  return { cartId, placed, payment };
}

beforeAll(async () => {
  setMailTransport(mail);
  const prisma = await db();
  await prisma.shippingMethod.createMany({ data: shippingMethods() });
  await prisma.taxRate.createMany({ data: taxRates() });
  await prisma.discountCode.createMany({ data: discountCodes() });
});

afterAll(() => setMailTransport(null));

describe("no card number or secret in logs, database or mail", () => {
  it("after a paid and a declined checkout with the test cards", async () => {
    const variants = await createStockedProduct([
      { priceAmount: 2500, onHand: 40 },
      { priceAmount: 1999, onHand: 40 },
    ]);
    const ids = variants.map((v) => v.id);
    // A cookie value is signed with the auth secret: it must not carry the secret itself.
    childLogger({ component: "leak-test" }).info(
      { cookie: signCartId("c-leak-test") },
      "cart cookie issued",
    );

    const paid = await checkout(ids, "paid-buyer@example.com");
    const declinedFirst = await checkout(ids, "declined-buyer@example.com");
    expect(
      (await confirmTestPayment(declinedFirst.payment.sessionId, TEST_CARD_DECLINE)).outcome,
    ).toBe("declined");
    expect((await confirmTestPayment(paid.payment.sessionId, TEST_CARD_SUCCESS)).outcome).toBe(
      "succeeded",
    );
    // Dashes and no spaces are read as the same card; an unknown card is refused without echo.
    expect(
      (await confirmTestPayment(paid.payment.sessionId, digits(TEST_CARD_SUCCESS))).outcome,
    ).toBe("succeeded");
    expect(
      (await confirmTestPayment(declinedFirst.payment.sessionId, "4111 1111 1111 1111")).message,
    ).not.toContain("4111");
    await drainOutbox({ workerId: "leak-test" });

    const logs = captured.lines.join("");
    const database = await dumpDatabase();
    const mails = mail.sent.map((m) => `${m.subject}\n${m.text}\n${m.html}`).join("\n");
    // The searches can find things: the flow left its traces in all three places.
    expect(captured.lines.length).toBeGreaterThan(0);
    expect(database).toContain(paid.payment.sessionId);
    expect(mails).toContain(`Order #${paid.placed.number} confirmed`);
    for (const secret of forbidden) {
      expect(logs, `logs contain ${secret}`).not.toContain(secret);
      expect(database, `database contains ${secret}`).not.toContain(secret);
      expect(mails, `mail contains ${secret}`).not.toContain(secret);
    }
  }, 120_000);
});
