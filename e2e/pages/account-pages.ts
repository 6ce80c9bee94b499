// Page objects for the account area: sign-up, sign-in, password reset, the account nav and the
// address book; plus reading mails from the dev mail folder the e2e server writes.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";

export interface NewAccount {
  name: string;
  email: string;
  password: string;
}

export function newAccount(tag: string): NewAccount {
  return { name: "Erin Example", email: `${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`, password: "window kettle meadow 7" };
}

export class SignUpPage {
  constructor(readonly page: Page) {}
  async register(account: NewAccount): Promise<void> {
    await this.page.goto("/account/sign-up");
    await this.page.getByLabel("Name").fill(account.name);
    await this.page.getByLabel("Email").fill(account.email);
    await this.page.getByLabel("Password").fill(account.password);
    await this.page.getByRole("button", { name: "Create account" }).click();
  }
}

/** A form's own message (Next.js adds an empty route announcer with role alert outside main). */
export const formAlert = (page: Page) => page.getByRole("main").getByRole("alert");
export const formStatus = (page: Page) => page.getByRole("main").getByRole("status");

export class SignInPage {
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  constructor(readonly page: Page) {
    this.email = page.getByLabel("Email");
    this.password = page.getByLabel("Password", { exact: true });
    this.submit = page.getByRole("button", { name: "Sign in" });
  }
  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }
}

export class AccountArea {
  readonly nav: Locator;
  constructor(readonly page: Page) {
    this.nav = page.getByRole("navigation", { name: "Account" });
  }
  async signOut(): Promise<void> {
    await this.nav.getByRole("button", { name: "Sign out" }).click();
    await expect(this.page).toHaveURL((url) => url.pathname === "/");
  }
}

export interface AddressFields {
  name: string;
  line1: string;
  city: string;
  region?: string;
  postalCode: string;
  country: string;
}

export class AddressBookPage {
  readonly cards: Locator;
  constructor(readonly page: Page) {
    this.cards = page.getByTestId("address-card");
  }
  async add(address: AddressFields): Promise<void> {
    await this.page.goto("/account/addresses");
    await this.page.getByRole("link", { name: "Add an address" }).click();
    await this.page.getByLabel("Full name").fill(address.name);
    await this.page.getByLabel("Street address").fill(address.line1);
    await this.page.getByLabel("Town or city").fill(address.city);
    if (address.region) await this.page.getByLabel("State, province or region").fill(address.region);
    await this.page.getByLabel("Postal code").fill(address.postalCode);
    await this.page.getByLabel("Country").selectOption(address.country);
    await this.page.getByRole("button", { name: "Save address" }).click();
  }
}

const mailFolder = path.resolve(".test-data/e2e/mail");

/** The newest mail to `to` whose subject matches, waiting for it (mails go out after the response). */
export async function readMail(to: string, subject: RegExp): Promise<{ subject: string; text: string }> {
  let found: { to: string; subject: string; text: string } | undefined;
  await expect
    .poll(
      async () => {
        const files = (await readdir(mailFolder).catch(() => [] as string[])).filter((f) => f.endsWith(".json")).sort().reverse();
        for (const file of files) {
          const mail = JSON.parse(await readFile(path.join(mailFolder, file), "utf8")) as { to: string; subject: string; text: string };
          if (mail.to === to && subject.test(mail.subject)) {
            found = mail;
            return true;
          }
        }
        return false;
      },
      { timeout: 15_000, message: `a mail to ${to} matching ${subject}` },
    )
    .toBe(true);
  return found!;
}

/** The path and query of the first link in a mail's text that goes to `pathname`. */
export function linkIn(text: string, pathname: string): string {
  const match = new RegExp(`https?://[^\\s]+${pathname.replace(/\//g, "\\/")}\\?[^\\s]+`).exec(text);
  if (!match) throw new Error(`no ${pathname} link in mail:\n${text}`);
  const url = new URL(match[0]);
  return `${url.pathname}${url.search}`;
}
