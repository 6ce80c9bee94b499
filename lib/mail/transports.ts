// The three ways a mail leaves: a folder of files (the default, for development and e2e), SMTP
// when SMTP_URL is set, and memory (tests). nodemailer builds the MIME message in every case.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { MailMessage, MailTransport, SentMail } from "./types";

type Outgoing = MailMessage & { id: string; from: string; date: Date };

function toNodemailer(mail: Outgoing) {
  return {
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    replyTo: mail.replyTo,
    date: mail.date,
    messageId: `<${mail.id}@cartwright>`,
  };
}

/** Writes `<time>-<id>.eml` (the full message), `.json` (fields and text) and `.html` into `dir`. */
export function fileTransport(dir: string): MailTransport {
  const composer = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: "unix",
  });
  return {
    name: "file",
    async send(mail) {
      await mkdir(dir, { recursive: true });
      const info = await composer.sendMail(toNodemailer(mail));
      const base = path.join(dir, `${mail.date.toISOString().replace(/[:.]/g, "-")}-${mail.id}`);
      const fields = {
        id: mail.id,
        date: mail.date.toISOString(),
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
      };
      await writeFile(`${base}.eml`, info.message as Buffer, { mode: 0o600 });
      await writeFile(`${base}.html`, mail.html, { mode: 0o600 });
      // Written last: readers that poll for .json find the other two already there.
      await writeFile(`${base}.json`, JSON.stringify(fields, null, 2), { mode: 0o600 });
      return { path: `${base}.eml` };
    },
  };
}

export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    name: "smtp",
    async send(mail) {
      await transporter.sendMail(toNodemailer(mail));
      return {};
    },
  };
}

/** Keeps mails in an array: install it with `setMailTransport` in tests. */
export function memoryTransport(): MailTransport & { sent: SentMail[] } {
  const sent: SentMail[] = [];
  return {
    name: "memory",
    sent,
    async send(mail) {
      const { date, ...rest } = mail;
      sent.push({ ...rest, date: date.toISOString(), transport: "memory" });
      return {};
    },
  };
}
