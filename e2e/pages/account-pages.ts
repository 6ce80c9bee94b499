// Page objects for the account area: sign-up, sign-in, password reset, the account nav and the
// address book. Mails are read with ../mail.
import { expect, type Locator, type Page } from "@playwright/test";

export interface NewAccount {
  name: string;
  email: string;
  password: string;
}

export function newAccount(tag: string): NewAccount {
  return {
    name: "Erin Example",
    email: `${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`,
    password: "window kettle meadow 7",
  };
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
    if (address.region)
      await this.page.getByLabel("State, province or region").fill(address.region);
    await this.page.getByLabel("Postal code").fill(address.postalCode);
    await this.page.getByLabel("Country").selectOption(address.country);
    await this.page.getByRole("button", { name: "Save address" }).click();
  }
}
