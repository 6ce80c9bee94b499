// Reading the mails the e2e server writes to its dev mail folder (lib/mail's file transport:
// one .json per mail beside the .eml and .html), for journeys that follow a link in a mail.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect } from "@playwright/test";

export interface SentMail {
  to: string;
  subject: string;
  text: string;
}

const mailFolder = path.resolve(".test-data/e2e/mail");

/**
 * The newest mail to `to` whose subject is `subject` (or matches it), waiting for it: mails go
 * out from the outbox after the response, so they can arrive a little later.
 */
export async function readMail(
  to: string,
  subject: string | RegExp,
  timeout = 20_000,
): Promise<SentMail> {
  const matches = (mail: SentMail) =>
    mail.to === to &&
    (typeof subject === "string" ? mail.subject === subject : subject.test(mail.subject));
  let found: SentMail | undefined;
  await expect
    .poll(
      async () => {
        // The file names start with the time they were written: newest first.
        const files = (await readdir(mailFolder).catch(() => [] as string[]))
          .filter((f) => f.endsWith(".json"))
          .sort()
          .reverse();
        for (const file of files) {
          const mail = JSON.parse(await readFile(path.join(mailFolder, file), "utf8")) as SentMail;
          if (matches(mail)) {
            found = mail;
            return true;
          }
        }
        return false;
      },
      { timeout, message: `a mail to ${to} with the subject ${String(subject)}` },
    )
    .toBe(true);
  return found!;
}

/** The path and query of the first link in a mail's text that goes to `pathname`. */
export function linkIn(text: string, pathname: string): string {
  const match = new RegExp(`https?://[^\\s]+${pathname.replace(/\//g, "\\/")}\\?[^\\s]+`).exec(
    text,
  );
  if (!match) throw new Error(`no ${pathname} link in mail:\n${text}`);
  const url = new URL(match[0]);
  return `${url.pathname}${url.search}`;
}
