// What a mail is, whatever carries it. Templates produce the subject, HTML and text; the
// transports never see anything vendor-shaped from the rest of the app.
import { z } from "zod";

export const mailMessageSchema = z.object({
  to: z.email(),
  // A header value: a line break here would let content inject headers.
  subject: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[^\r\n]*$/, "must be one line"),
  html: z.string().min(1),
  text: z.string().min(1),
  replyTo: z.email().optional(),
});

export type MailMessage = z.infer<typeof mailMessageSchema>;

export interface SentMail extends MailMessage {
  id: string;
  from: string;
  date: string;
  /** Which transport carried it: "file", "smtp" or "memory". */
  transport: string;
  /** Where the file transport wrote the .eml, for the log line. */
  path?: string;
}

export interface MailTransport {
  readonly name: string;
  send(mail: MailMessage & { id: string; from: string; date: Date }): Promise<{ path?: string }>;
}

/** A rendered template: everything of a mail but its recipient. */
export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}
