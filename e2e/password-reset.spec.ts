// Journey: a shopper forgets their password, follows the mailed link, sets a new one and signs
// in with it; the same link does not work a second time.
import { expect, test } from "./fixtures";
import { linkIn, readMail } from "./mail";
import {
  AccountArea,
  SignInPage,
  SignUpPage,
  formAlert,
  formStatus,
  newAccount,
} from "./pages/account-pages";

test("forgotten password → mail → reset → sign in; the link works once", async ({
  page,
  expectAccessible,
}) => {
  // Several scrypt hashes (sign-up, sign-ins) and axe scans: more than the default 30 s on a busy machine.
  test.slow();
  const account = newAccount("e2e-reset");
  await new SignUpPage(page).register(account);
  // Sign-up does not sign in (its answer must not tell whether the address was taken).
  await expect(formStatus(page)).toContainText(
    `Check your email: we have sent a message to ${account.email}.`,
  );

  await page.goto("/account/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL(/\/account\/forgot-password$/);
  await page.getByLabel("Email").fill(account.email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(formStatus(page)).toContainText(`If an account exists for ${account.email}`);
  await expectAccessible(page);

  const mail = await readMail(account.email, /^Reset your Cartwright password$/);
  const link = linkIn(mail.text, "/account/reset-password");
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose a new password");
  await expectAccessible(page);

  // The policy speaks beside the field: the email address is refused, the link stays usable.
  await page.getByLabel("New password").fill(account.email);
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByText("Don't use your email address as your password.")).toBeVisible();

  const newPassword = "lighthouse pebble orbit 9";
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page).toHaveURL(/\/account\/sign-in\?reset=1/);
  await expect(
    page.getByText("Your password was changed. Sign in with your new password."),
  ).toBeVisible();

  const signIn = new SignInPage(page);
  await signIn.signIn(account.email, account.password);
  await expect(formAlert(page)).toHaveText("Email or password is incorrect.");
  await signIn.signIn(account.email, newPassword);
  await expect(page).toHaveURL((url) => url.pathname === "/account");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hello, ${account.name}`);

  // The link is spent.
  await new AccountArea(page).signOut();
  await page.goto(link);
  await expect(page.getByText("This link is invalid or has expired.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save new password" })).toHaveCount(0);
});
