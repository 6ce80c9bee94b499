// The rows of the authorization matrix: what each persona gets from each page, action and API
// route. "sign-in": redirected to sign-in; "not-found": a 404; "ok": the page renders;
// "redirect:<path>": an action's redirect; "state:error" / "state:success": an action's answer.
import { expect } from "vitest";
import { db } from "@/lib/db";
import { PERSONAS, propValues, type Persona, type World } from "./fixtures";

export type Expect =
  "ok" | "sign-in" | "not-found" | `redirect:${string}` | "state:error" | "state:success";
type Row = Record<Persona, Expect>;

const everyone = (e: Expect): Row => Object.fromEntries(PERSONAS.map((p) => [p, e])) as Row;
const signedIn = (e: Expect): Row => ({ ...everyone(e), anonymous: "sign-in" });
const only = (owners: Persona[], e: Expect, others: Expect): Row => ({
  ...signedIn(others),
  ...Object.fromEntries(owners.map((p) => [p, e])),
});
const adminArea: Row = {
  anonymous: "sign-in",
  customerA: "not-found",
  customerB: "not-found",
  staff: "ok",
  admin: "ok",
};
const adminOnly: Row = { ...adminArea, staff: "not-found" };

type Page = (props: {
  params: Promise<Record<string, string>>;
  searchParams: Promise<Record<string, string>>;
  children?: unknown;
}) => Promise<unknown>;
const render =
  (file: string, params: Record<string, string> = {}, searchParams: Record<string, string> = {}) =>
  async () => {
    const mod = (await import(/* @vite-ignore */ `@/app/${file}`)) as { default: Page };
    return mod.default({
      params: Promise.resolve(params),
      searchParams: Promise.resolve(searchParams),
      children: null,
    });
  };

export interface PageCase {
  file: string;
  label: string;
  call: (w: World) => Promise<unknown>;
  expect: Row;
  check?: (persona: Persona, rendered: unknown, w: World) => void;
}

const A = "(shop)/account";
const shownNumbers = (rendered: unknown) =>
  propValues(rendered, "order")
    .concat(propValues(rendered, "orders").flat())
    .map((o) => (o as { number: number }).number);

export const PAGES: PageCase[] = [
  {
    file: `${A}/(auth)/sign-in/page.tsx`,
    label: "/account/sign-in",
    call: () => render(`${A}/(auth)/sign-in/page.tsx`)(),
    expect: { ...everyone("redirect:/account"), anonymous: "ok" },
  },
  {
    file: `${A}/(auth)/sign-up/page.tsx`,
    label: "/account/sign-up",
    call: () => render(`${A}/(auth)/sign-up/page.tsx`)(),
    expect: { ...everyone("redirect:/account"), anonymous: "ok" },
  },
  {
    file: `${A}/(auth)/forgot-password/page.tsx`,
    label: "/account/forgot-password",
    call: () => render(`${A}/(auth)/forgot-password/page.tsx`)(),
    expect: everyone("ok"),
  },
  {
    file: `${A}/(auth)/reset-password/page.tsx`,
    label: "/account/reset-password (bad token)",
    call: () => render(`${A}/(auth)/reset-password/page.tsx`, {}, { token: "A".repeat(43) })(),
    expect: everyone("ok"),
  },
  {
    file: `${A}/(auth)/verify-email/page.tsx`,
    label: "/account/verify-email",
    call: () => render(`${A}/(auth)/verify-email/page.tsx`, {}, { token: "x" })(),
    expect: everyone("ok"),
  },
  {
    file: `${A}/(member)/layout.tsx`,
    label: "/account layout",
    call: () => render(`${A}/(member)/layout.tsx`)(),
    expect: signedIn("ok"),
  },
  {
    file: `${A}/(member)/page.tsx`,
    label: "/account",
    call: () => render(`${A}/(member)/page.tsx`)(),
    expect: signedIn("ok"),
    check: (p, r, w) =>
      expect(shownNumbers(r)).toEqual(
        p === "customerA" ? [w.orderOf.customerA] : p === "customerB" ? [w.orderOf.customerB] : [],
      ),
  },
  {
    file: `${A}/(member)/profile/page.tsx`,
    label: "/account/profile",
    call: () => render(`${A}/(member)/profile/page.tsx`)(),
    expect: signedIn("ok"),
  },
  {
    file: `${A}/(member)/addresses/page.tsx`,
    label: "/account/addresses",
    call: () => render(`${A}/(member)/addresses/page.tsx`)(),
    expect: signedIn("ok"),
    check: (p, r, w) => {
      const ids = propValues(r, "address").map((a) => (a as { id: string }).id);
      if (p === "customerA") expect(ids).not.toContain(w.addressOf.customerB);
      if (p === "customerB") expect(ids).not.toContain(w.addressOf.customerA);
    },
  },
  {
    file: `${A}/(member)/addresses/new/page.tsx`,
    label: "/account/addresses/new",
    call: () => render(`${A}/(member)/addresses/new/page.tsx`)(),
    expect: signedIn("ok"),
  },
  {
    file: `${A}/(member)/addresses/[id]/edit/page.tsx`,
    label: "edit A's address",
    call: (w) =>
      render(`${A}/(member)/addresses/[id]/edit/page.tsx`, { id: w.addressOf.customerA })(),
    expect: only(["customerA"], "ok", "not-found"),
  },
  {
    file: `${A}/(member)/addresses/[id]/edit/page.tsx`,
    label: "edit B's address",
    call: (w) =>
      render(`${A}/(member)/addresses/[id]/edit/page.tsx`, { id: w.addressOf.customerB })(),
    expect: only(["customerB"], "ok", "not-found"),
  },
  {
    file: `${A}/(member)/addresses/[id]/edit/page.tsx`,
    label: "edit a guessed address id",
    call: () =>
      render(`${A}/(member)/addresses/[id]/edit/page.tsx`, { id: "clxxxxxxxxxxxxxxxxxxxxxxx" })(),
    expect: signedIn("not-found"),
  },
  {
    file: `${A}/(member)/orders/page.tsx`,
    label: "/account/orders",
    call: () => render(`${A}/(member)/orders/page.tsx`)(),
    expect: signedIn("ok"),
    check: (p, r, w) =>
      expect(shownNumbers(r)).toEqual(
        p === "customerA" ? [w.orderOf.customerA] : p === "customerB" ? [w.orderOf.customerB] : [],
      ),
  },
  {
    file: `${A}/(member)/orders/[number]/page.tsx`,
    label: "A's order",
    call: (w) =>
      render(`${A}/(member)/orders/[number]/page.tsx`, { number: String(w.orderOf.customerA) })(),
    expect: only(["customerA"], "ok", "not-found"),
    check: (_p, r, w) => expect(shownNumbers(r)).toEqual([w.orderOf.customerA]),
  },
  {
    file: `${A}/(member)/orders/[number]/page.tsx`,
    label: "B's order",
    call: (w) =>
      render(`${A}/(member)/orders/[number]/page.tsx`, { number: String(w.orderOf.customerB) })(),
    expect: only(["customerB"], "ok", "not-found"),
  },
  {
    file: `${A}/(member)/orders/[number]/page.tsx`,
    label: "a guessed order number",
    call: (w) =>
      render(`${A}/(member)/orders/[number]/page.tsx`, { number: String(w.unusedOrderNumber) })(),
    expect: signedIn("not-found"),
  },
  {
    file: `${A}/(member)/orders/[number]/page.tsx`,
    label: "a malformed order number",
    call: () => render(`${A}/(member)/orders/[number]/page.tsx`, { number: "1001' OR 1=1" })(),
    expect: signedIn("not-found"),
  },
  {
    file: "admin/layout.tsx",
    label: "/admin layout",
    call: () => render("admin/layout.tsx")(),
    expect: adminArea,
  },
  {
    file: "admin/page.tsx",
    label: "/admin",
    call: () => render("admin/page.tsx")(),
    expect: adminArea,
  },
  {
    file: "admin/users/page.tsx",
    label: "/admin/users",
    call: () => render("admin/users/page.tsx")(),
    expect: adminOnly,
  },
];

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const idle = { status: "idle" as const };
const address = {
  name: "New Resident",
  line1: "9 New St",
  city: "Shelbyville",
  region: "IL",
  postalCode: "54321",
  country: "US",
};
const addressLine1 = async (id: string) =>
  (await (await db()).address.findUnique({ where: { id } }))?.line1 ?? null;

export interface ActionCase {
  module: string;
  name: string;
  label: string;
  run: (
    fn: (...args: unknown[]) => Promise<unknown>,
    w: World,
    persona: Persona,
  ) => Promise<unknown>;
  expect: Row;
  verify?: (persona: Persona, w: World) => Promise<void>;
}

const SIGN_IN = "(shop)/account/actions/sign-in";
const PASSWORD = "(shop)/account/actions/password";
const PROFILE = "(shop)/account/actions/profile";
const ADDRESSES = "(shop)/account/actions/addresses";

export const ACTIONS: ActionCase[] = [
  {
    module: SIGN_IN,
    name: "signInAction",
    label: "wrong password: one generic answer",
    run: (fn) => fn(idle, form({ email: "alice@example.com", password: "not her password" })),
    expect: everyone("state:error"),
  },
  {
    module: SIGN_IN,
    name: "signUpAction",
    label: "new account",
    run: (fn, _w, p) =>
      fn(
        idle,
        form({ name: "New", email: `new-${p}@example.com`, password: "fresh long passphrase" }),
      ),
    // No session: the same "check your email" whether or not the address had an account.
    expect: everyone("state:success"),
  },
  {
    module: SIGN_IN,
    name: "signOutAction",
    label: "sign out",
    run: (fn) => fn(),
    expect: everyone("redirect:/"),
  },
  {
    module: SIGN_IN,
    name: "oauthSignInAction",
    label: "unconfigured provider",
    run: (fn) => fn(form({ provider: "github" })),
    expect: everyone("redirect:/account/sign-in"),
  },
  {
    module: PASSWORD,
    name: "forgotPasswordAction",
    label: "same answer for everyone",
    run: (fn, _w, p) =>
      fn(idle, form({ email: p === "customerB" ? "bob@example.com" : `nobody-${p}@example.com` })),
    expect: everyone("state:success"),
  },
  {
    module: PASSWORD,
    name: "resetPasswordAction",
    label: "bogus token",
    run: (fn) => fn(idle, form({ token: "B".repeat(43), password: "whatever long enough" })),
    expect: everyone("state:error"),
  },
  {
    module: PASSWORD,
    name: "confirmEmailAction",
    label: "bogus token",
    run: (fn) => fn(idle, form({ token: "C".repeat(43) })),
    expect: everyone("state:error"),
  },
  {
    module: PROFILE,
    name: "updateProfileAction",
    label: "own name only",
    run: (fn, _w, p) => fn(idle, form({ name: `Renamed ${p}` })),
    expect: signedIn("state:success"),
    verify: async (p, w) => {
      const b = await (await db()).user.findUniqueOrThrow({ where: { id: w.userId.customerB! } });
      expect(b.name).toBe(
        ["customerB", "staff", "admin"].includes(p) ? "Renamed customerB" : "Bob",
      );
    },
  },
  {
    module: PROFILE,
    name: "changeEmailAction",
    label: "needs the current password",
    run: (fn, _w, p) =>
      fn(idle, form({ email: `moved-${p}@example.com`, currentPassword: "wrong password!" })),
    expect: signedIn("state:error"),
  },
  {
    module: PROFILE,
    name: "changePasswordAction",
    label: "needs the current password",
    run: (fn) =>
      fn(
        idle,
        form({ currentPassword: "wrong password!", newPassword: "another fine passphrase" }),
      ),
    expect: signedIn("state:error"),
  },
  {
    module: PROFILE,
    name: "resendVerificationAction",
    label: "already confirmed",
    run: (fn) => fn(idle),
    expect: signedIn("state:error"),
  },
  {
    module: ADDRESSES,
    name: "createAddressAction",
    label: "adds to one's own book",
    run: (fn) => fn(idle, form(address)),
    expect: signedIn("redirect:/account/addresses?saved=1"),
  },
  {
    module: ADDRESSES,
    name: "updateAddressAction",
    label: "A's address: only A may edit",
    run: (fn, w, p) =>
      fn(idle, form({ ...address, id: w.addressOf.customerA, line1: `Edited by ${p}` })),
    expect: only(["customerA"], "redirect:/account/addresses?saved=1", "state:error"),
    verify: async (p, w) =>
      expect(await addressLine1(w.addressOf.customerA)).toBe(
        p === "anonymous" ? "1 Alice Lane" : "Edited by customerA",
      ),
  },
  {
    module: ADDRESSES,
    name: "setDefaultAddressAction",
    label: "B's address: only B may choose it",
    run: (fn, w) => fn(form({ id: w.addressOf.customerB, kind: "billing" })),
    expect: only(
      ["customerB"],
      "redirect:/account/addresses?saved=1",
      "redirect:/account/addresses?error=not-found",
    ),
  },
  {
    module: ADDRESSES,
    name: "deleteAddressAction",
    label: "B's address: only B may delete",
    run: (fn, w) => fn(form({ id: w.addressOf.customerB })),
    expect: {
      ...only(
        ["customerB"],
        "redirect:/account/addresses?deleted=1",
        "redirect:/account/addresses?error=not-found",
      ),
    },
    verify: async (p, w) =>
      expect(await addressLine1(w.addressOf.customerB)).toBe(
        ["anonymous", "customerA"].includes(p) ? "2 Bob Road" : null,
      ),
  },
  {
    module: "admin/users/actions",
    name: "changeRoleAction",
    label: "ADMIN only",
    run: (fn, w) => fn(form({ userId: w.userId.customerB!, role: "STAFF" })),
    expect: { ...adminOnly, admin: "redirect:/admin/users?saved=1" },
    verify: async (p, w) => {
      const b = await (await db()).user.findUniqueOrThrow({ where: { id: w.userId.customerB! } });
      expect(b.role).toBe(p === "admin" ? "STAFF" : "CUSTOMER");
    },
  },
];

export interface ApiRouteCase {
  file: string;
  url: string;
  /** "public", or the status each persona gets. */
  access: "public" | Record<Persona, number>;
}

export const API_ROUTES: ApiRouteCase[] = [
  { file: "search/suggest/route.ts", url: "/api/v1/search/suggest?q=shirt", access: "public" },
];
