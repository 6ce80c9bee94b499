// `npm start` on the embedded try-out: the first start seeds the demo shop and prints its logins
// once; later starts print no password, only where the logins are kept; and after
// `npm run seed -- --reset` gives the accounts new passwords, what a start points to still works.
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth";
import { db, type Db } from "@/lib/db";
import { readDemoLogins } from "./demo-logins";
import { prepareDatabase, type PreparedDatabase } from "./prepare-database";
import { seedDemoShop } from "./seed-demo";
import { startupReport } from "./startup-report";

const PRODUCTS = 6;
const where = { url: "http://localhost:3000", database: "embedded" };
let prisma: Db;
let dataDir: string;
let first: PreparedDatabase;

beforeAll(async () => {
  prisma = await db();
  dataDir = mkdtempSync(path.join(tmpdir(), "cw-start-"));
  first = await prepareDatabase(dataDir, { embedded: true, products: PRODUCTS });
}, 180_000);

async function signsIn(email: string, password: string): Promise<boolean> {
  const user = await prisma.user.findUnique({ where: { email } });
  return verifyPassword(password, user?.passwordHash);
}

describe("the first embedded start", () => {
  it("seeds the demo shop and prints logins that sign in", async () => {
    expect(first.kind).toBe("seeded");
    if (first.kind !== "seeded") return;
    expect(await prisma.product.count()).toBe(PRODUCTS);
    expect(first.logins.map((l) => l.role)).toEqual(["ADMIN", "CUSTOMER"]);
    const report = startupReport(first, where).join("\n");
    for (const login of first.logins) {
      expect(report).toContain(`${login.email} / ${login.password}`);
      expect(await signsIn(login.email, login.password)).toBe(true);
    }
    // Kept for later starts, readable by the owner only.
    expect(readDemoLogins(dataDir)).toEqual(first.logins);
    expect(statSync(first.file).mode & 0o777).toBe(0o600);
  });
});

describe("a later start", () => {
  it("seeds nothing and prints no password, only where the logins are", async () => {
    const again = await prepareDatabase(dataDir, { embedded: true, products: PRODUCTS });
    expect(again.kind).toBe("demo");
    expect(await prisma.product.count()).toBe(PRODUCTS);
    const report = startupReport(again, where).join("\n");
    expect(report).toContain(path.join(dataDir, "demo-logins.json"));
    expect(report).toContain("admin@example.com");
    for (const login of first.kind === "seeded" ? first.logins : []) {
      expect(report).not.toContain(login.password);
    }
  });

  it("after `npm run seed -- --reset`, points only to the new logins, which sign in", async () => {
    const { result } = await seedDemoShop(prisma, {
      products: PRODUCTS,
      reset: true,
      dataDir,
    });
    const fresh = [result.logins.admin, result.logins.customer];
    const next = await prepareDatabase(dataDir, { embedded: true, products: PRODUCTS });
    expect(next.kind).toBe("demo");
    if (next.kind !== "demo") return;
    expect(next.logins).toEqual(fresh);
    const kept = JSON.parse(readFileSync(next.file, "utf8")) as typeof fresh;
    for (const login of kept) expect(await signsIn(login.email, login.password)).toBe(true);
    const old = first.kind === "seeded" ? first.logins : [];
    for (const login of old) expect(await signsIn(login.email, login.password)).toBe(false);
  });

  it("drops a kept login whose password was changed since, instead of pointing to it", async () => {
    const admin = await prisma.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
    const customer = await prisma.user.findUniqueOrThrow({
      where: { email: "customer@example.com" },
    });
    await prisma.user.update({
      where: { id: admin.id },
      data: { passwordHash: customer.passwordHash },
    });
    const next = await prepareDatabase(dataDir, { embedded: true, products: PRODUCTS });
    expect(next.kind === "demo" && next.logins.map((l) => l.email)).toEqual([
      "customer@example.com",
    ]);
    expect(readDemoLogins(dataDir).map((l) => l.email)).toEqual(["customer@example.com"]);
  });
});
