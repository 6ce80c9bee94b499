// Mail: the public face of lib/mail. No server-only import: the worker (tsx) sends mail too.
//   await sendMail({ to, ...passwordResetEmail({ url, expiresInMinutes: 60 }) });
// Without SMTP_URL each mail is written to `${CARTWRIGHT_DATA_DIR}/mail/` as .eml, .json and
// .html and logged; with it, nodemailer sends it. New mails: add a template beside
// templates/account.ts built with `renderEmail` (it escapes every value and renders both
// HTML and text).
export { mailFolder, sendMail, setMailTransport } from "./send";
export { fileTransport, memoryTransport, smtpTransport } from "./transports";
export type { MailMessage, MailTransport, RenderedEmail, SentMail } from "./types";
export { escapeHtml, renderEmail } from "./templates/layout";
export type { EmailContent } from "./templates/layout";
export {
  emailChangedNotice,
  passwordChangedNotice,
  passwordResetEmail,
  signUpAttemptNotice,
  verifyEmailEmail,
} from "./templates/account";
