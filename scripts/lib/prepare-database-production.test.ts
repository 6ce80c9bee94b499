// `npm start` on a DATABASE_URL (production): an empty database gets no demo shop and no demo
// admin, and the start says how to create the first admin; `npm run admin:create` makes an
// ADMIN that can sign in.
import { mkdtempSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth";
import { createAdmin } from "@/lib/auth/admin-account";
import { db, type Db } from "@/lib/db";
import { prepareDatabase } from "./prepare-database";
import { startupReport } from "./startup-report";

const where = { url: "https://shop.example", database: "PostgreSQL (DATABASE_URL)" };
let prisma: Db;
let dataDir: string;

beforeAll(async () => {
  prisma = await db();
  dataDir = mkdtempSync(path.join(tmpdir(), "cw-prod-"));
});

describe("a production start on an empty database", () => {
  it("seeds nothing, prints no password and says how to create an admin", async () => {
    const prepared = await prepareDatabase(dataDir, { embedded: false });
    expect(prepared).toEqual({ kind: "production", admins: 0 });
    expect(await prisma.product.count()).toBe(0);
    expect(await prisma.user.count()).toBe(0);
    expect(existsSync(path.join(dataDir, "demo-logins.json"))).toBe(false);
    const report = startupReport(prepared, where).join("\n");
    expect(report).toContain("npm run admin:create -- --email");
    expect(report).not.toMatch(/example\.com \//);
  });
});

describe("admin:create", () => {
  it("creates an ADMIN who can sign in, and the next start stops asking", async () => {
    const created = await createAdmin({
      email: " Owner@Shop.Example ",
      password: "plum-harbour-lantern-9",
    });
    expect(created).toMatchObject({ ok: true, email: "owner@shop.example" });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "owner@shop.example" } });
    expect(user.role).toBe("ADMIN");
    expect(user.emailVerified).not.toBeNull();
    expect(await verifyPassword("plum-harbour-lantern-9", user.passwordHash)).toBe(true);
    const prepared = await prepareDatabase(dataDir, { embedded: false });
    expect(prepared).toEqual({ kind: "production", admins: 1 });
    expect(startupReport(prepared, where).join("\n")).not.toContain("admin:create");
  });

  it("refuses a weak password, a bad email and a taken email", async () => {
    expect(await createAdmin({ email: "a@shop.example", password: "short" })).toMatchObject({
      ok: false,
    });
    expect(await createAdmin({ email: "a@shop.example", password: "password123" })).toMatchObject({
      ok: false,
    });
    expect(
      await createAdmin({ email: "not-an-email", password: "plum-harbour-lantern-9" }),
    ).toMatchObject({ ok: false });
    expect(
      await createAdmin({ email: "owner@shop.example", password: "another-long-phrase-7" }),
    ).toEqual({ ok: false, problems: ["owner@shop.example already has an account."] });
    expect(await prisma.user.count({ where: { role: "ADMIN" } })).toBe(1);
  });
});
