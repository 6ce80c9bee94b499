// sendMail: validates the message, picks the transport from the configuration and logs one line
// per mail (recipient, subject, where it went; never the body, which may hold a one-time link).
import { randomBytes } from "node:crypto";
import path from "node:path";
import { env } from "@/lib/env";
// The context module, not the index: the index pulls server-only code the worker cannot load.
import { currentLogger } from "@/lib/logger";
import { fileTransport, smtpTransport } from "./transports";
import { mailMessageSchema, type MailMessage, type MailTransport, type SentMail } from "./types";

type Holder = typeof globalThis & { __cartwrightMailTransport?: MailTransport };
const holder = globalThis as Holder;

/** Replaces the transport (tests install `memoryTransport()`); null goes back to the configured one. */
export function setMailTransport(transport: MailTransport | null): void {
  holder.__cartwrightMailTransport = transport ?? undefined;
}

function configuredTransport(): MailTransport {
  const config = env();
  return config.SMTP_URL ? smtpTransport(config.SMTP_URL) : fileTransport(mailFolder());
}

/** Where the file transport writes: `${CARTWRIGHT_DATA_DIR}/mail`. */
export function mailFolder(): string {
  return path.resolve(env().CARTWRIGHT_DATA_DIR, "mail");
}

export async function sendMail(message: MailMessage): Promise<SentMail> {
  const mail = mailMessageSchema.parse(message);
  holder.__cartwrightMailTransport ??= configuredTransport();
  const transport = holder.__cartwrightMailTransport;
  const id = randomBytes(8).toString("hex");
  const date = new Date();
  const from = env().MAIL_FROM;
  const { path: written } = await transport.send({ ...mail, id, from, date });
  currentLogger().info(
    {
      mailId: id,
      to: mail.to,
      subject: mail.subject,
      transport: transport.name,
      ...(written ? { file: written } : {}),
    },
    written ? `mail written to ${written}` : "mail sent",
  );
  return {
    ...mail,
    id,
    from,
    date: date.toISOString(),
    transport: transport.name,
    ...(written ? { path: written } : {}),
  };
}
