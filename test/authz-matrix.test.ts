// The authorization matrix: for anonymous, customer A, customer B, staff and admin, every
// /account and /admin page, every server action of those areas and every /api/v1 route answers
// as it should — called directly, as a request that skipped the proxy would reach them. A
// customer never sees or changes another's order or address, also by guessing ids or numbers.
// New pages, actions or /api/v1 routes fail the coverage checks until they are added here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

process.env.AUTH_SECRET = "test-secret-0123456789-0123456789-abcdef";
const { buildAuthLimits, setAuthLimits } = await import("@/lib/auth");
const { asUser, outcome } = await import("@/lib/auth/testing");
const { memoryTransport, setMailTransport } = await import("@/lib/mail");
const { MemoryStore } = await import("@/lib/rate-limit");
const { PERSONAS, buildWorld } = await import("./authz/fixtures");
type Persona = import("./authz/fixtures").Persona;
type World = import("./authz/fixtures").World;
const { PAGES, ACTIONS, API_ROUTES } = await import("./authz/cases");
type Expect = import("./authz/cases").Expect;

let world: World;
beforeAll(async () => {
  await db();
  setMailTransport(memoryTransport());
  setAuthLimits(buildAuthLimits({ store: new MemoryStore() }));
  world = await buildWorld();
}, 180_000); // opening and migrating the embedded database is slow on a busy machine
afterAll(() => {
  setMailTransport(null);
  setAuthLimits(null);
});

function describe_(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 200) ?? String(value);
  } catch {
    return "a rendered page";
  }
}

function assertOutcome(
  result: Awaited<ReturnType<typeof outcome>>,
  expected: Expect,
  label: string,
): void {
  const got =
    result.kind === "redirect"
      ? `redirect:${result.location}`
      : result.kind === "value"
        ? `value:${describe_(result.value)}`
        : result.kind;
  if (result.kind === "error") throw new Error(`${label}: threw ${String(result.error)}`);
  if (expected === "sign-in")
    expect(
      result.kind === "redirect" && result.location.startsWith("/account/sign-in"),
      `${label} → ${got}`,
    ).toBe(true);
  else if (expected === "not-found") expect(result.kind, `${label} → ${got}`).toBe("not-found");
  else if (expected === "ok") expect(result.kind, `${label} → ${got}`).toBe("value");
  else if (expected.startsWith("redirect:"))
    expect(
      result.kind === "redirect" && result.location === expected.slice(9),
      `${label} → ${got}`,
    ).toBe(true);
  else {
    const status =
      result.kind === "value" && typeof result.value === "object" && result.value
        ? (result.value as { status?: string }).status
        : undefined;
    expect(status, `${label} → ${got}`).toBe(expected.slice(6));
  }
}

describe("pages", () => {
  for (const page of PAGES) {
    it(page.label, async () => {
      for (const persona of PERSONAS) {
        const result = await asUser(world.userId[persona], () => outcome(() => page.call(world)));
        assertOutcome(result, page.expect[persona], `${page.label} as ${persona}`);
        if (result.kind === "value") page.check?.(persona, result.value, world);
      }
    });
  }
});

describe("server actions", () => {
  for (const action of ACTIONS) {
    it(`${action.module}#${action.name}: ${action.label}`, async () => {
      const mod = (await import(/* @vite-ignore */ `@/app/${action.module}`)) as Record<
        string,
        (...args: unknown[]) => Promise<unknown>
      >;
      const fn = mod[action.name];
      expect(fn, `${action.module} exports ${action.name}`).toBeTypeOf("function");
      for (const persona of PERSONAS) {
        const result = await asUser(world.userId[persona], () =>
          outcome(() => action.run(fn!, world, persona)),
        );
        assertOutcome(result, action.expect[persona], `${action.name} as ${persona}`);
        await action.verify?.(persona, world);
      }
    });
  }
});

describe("/api/v1 routes", () => {
  for (const route of API_ROUTES) {
    it(`${route.file}: ${route.access}`, async () => {
      const mod = (await import(/* @vite-ignore */ `@/app/api/v1/${route.file}`)) as Record<
        string,
        (req: Request, ctx: unknown) => Promise<Response>
      >;
      const statuses = new Map<Persona, number>();
      for (const persona of PERSONAS) {
        for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => m in mod)) {
          const response = await asUser(world.userId[persona], () =>
            mod[method]!(new Request(`http://shop.test${route.url}`, { method }), {
              params: Promise.resolve({}),
            }),
          );
          if (method === "GET") statuses.set(persona, response.status);
          if (route.access === "public")
            expect([401, 403], `${method} ${route.url} as ${persona}`).not.toContain(
              response.status,
            );
          else
            expect(response.status, `${method} ${route.url} as ${persona}`).toBe(
              route.access[persona],
            );
        }
      }
      // A public route answers everyone alike: being signed in changes nothing.
      if (route.access === "public") expect(new Set(statuses.values()).size).toBe(1);
    });
  }
});

function filesUnder(dir: string, match: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && match(e.name))
    .map((e) => path.relative(path.join(process.cwd(), "app"), path.join(e.parentPath, e.name)));
}
const app = (p: string) => path.join(process.cwd(), "app", p);

describe("the matrix covers everything", () => {
  it("lists every page and layout under /account and /admin", () => {
    const files = [
      ...filesUnder(app("(shop)/account"), (n) => /^(page|layout)\.tsx$/.test(n)),
      ...filesUnder(app("admin"), (n) => /^(page|layout)\.tsx$/.test(n)),
    ];
    const covered = new Set(PAGES.map((p) => p.file));
    expect(
      files.filter((f) => !covered.has(f)),
      "pages missing from test/authz/cases.ts",
    ).toEqual([]);
  });

  it("lists every server action under /account and /admin", () => {
    const modules = [
      ...filesUnder(app("(shop)/account"), (n) => n.endsWith(".ts")),
      ...filesUnder(app("admin"), (n) => n.endsWith(".ts")),
    ].filter((f) => /^\s*["']use server["']/m.test(readFileSync(app(f), "utf8")));
    const exported = modules.flatMap((f) =>
      [...readFileSync(app(f), "utf8").matchAll(/export async function (\w+)/g)].map(
        (m) => `${f.replace(/\.ts$/, "")}#${m[1]}`,
      ),
    );
    const covered = new Set(ACTIONS.map((a) => `${a.module}#${a.name}`));
    expect(
      exported.filter((e) => !covered.has(e)),
      "actions missing from test/authz/cases.ts",
    ).toEqual([]);
  });

  it("lists every /api/v1 route", () => {
    const files = filesUnder(app("api/v1"), (n) => n === "route.ts").map((f) =>
      f.replace(/^api\/v1\//, ""),
    );
    const covered = new Set(API_ROUTES.map((r) => r.file));
    expect(
      files.filter((f) => !covered.has(f)),
      "routes missing from test/authz/cases.ts",
    ).toEqual([]);
  });
});

describe("customer A never reaches customer B's data", () => {
  it("shows A only A's orders and addresses, and B only B's", async () => {
    const { listMyAddresses, listMyOrders, getMyOrder, getMyAddress } =
      await import("@/lib/accounts");
    const a = await asUser(world.userId.customerA, async () => ({
      orders: (await listMyOrders(1)).orders.map((o) => o.number),
      addresses: (await listMyAddresses()).map((x) => x.id),
      bOrder: await getMyOrder(world.orderOf.customerB),
      bAddress: await getMyAddress(world.addressOf.customerB),
    }));
    expect(a.orders).toEqual([world.orderOf.customerA]);
    expect(a.addresses).toContain(world.addressOf.customerA);
    expect(a.addresses).not.toContain(world.addressOf.customerB);
    expect(a.bOrder).toBeNull();
    expect(a.bAddress).toBeNull();
    // Walking the number sequence finds nothing of anyone else's.
    for (let n = world.orderOf.customerA - 5; n <= world.unusedOrderNumber + 5; n++) {
      const found = await asUser(world.userId.customerA, () => getMyOrder(n));
      expect(found === null || found.number === world.orderOf.customerA).toBe(true);
    }
  });

  it("refuses an action posted from a foreign origin, changing nothing", async () => {
    const { createAddressAction } = await import("@/app/(shop)/account/actions/addresses");
    const before = await (await db()).address.count();
    const form = new FormData();
    for (const [k, v] of Object.entries({
      name: "X",
      line1: "1 Evil St",
      city: "X",
      postalCode: "1",
      country: "US",
    }))
      form.set(k, v);
    const result = await asUser(
      world.userId.customerA,
      () => outcome(() => createAddressAction({ status: "idle" }, form)),
      { origin: "https://evil.example", host: "shop.test" },
    );
    expect(result).toMatchObject({ kind: "value", value: { status: "error" } });
    expect(await (await db()).address.count()).toBe(before);
  });

  it("lets no one but an administrator change roles, and not their own", async () => {
    const { changeRoleAction } = await import("@/app/admin/users/actions");
    const form = new FormData();
    form.set("userId", world.userId.admin!);
    form.set("role", "CUSTOMER");
    expect(await asUser(world.userId.admin, () => outcome(() => changeRoleAction(form)))).toEqual({
      kind: "redirect",
      location: "/admin/users?error=conflict",
    });
    expect(
      (await (await db()).user.findUniqueOrThrow({ where: { id: world.userId.admin! } })).role,
    ).toBe("ADMIN");
  });
});
