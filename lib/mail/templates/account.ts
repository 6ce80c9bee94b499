// Account mails: password reset, email verification, and the notices that tell the owner of an
// address when its password or email changed (so a hijack does not go unnoticed).
import type { RenderedEmail } from "../types";
import { renderEmail } from "./layout";

const greeting = (name: string | null | undefined) => (name ? `Hello ${name},` : "Hello,");

export function passwordResetEmail(input: {
  name?: string | null;
  url: string;
  expiresInMinutes: number;
}): RenderedEmail {
  return renderEmail({
    subject: "Reset your Cartwright password",
    preheader: "Choose a new password for your account.",
    heading: "Reset your password",
    paragraphs: [
      greeting(input.name),
      "Someone (we hope you) asked to reset the password of your Cartwright account. Use the button below to choose a new one.",
    ],
    action: { label: "Choose a new password", url: input.url },
    footnote: `The link works once and expires in ${input.expiresInMinutes} minutes. If you did not ask for it, ignore this mail: your password stays as it is.`,
  });
}

export function verifyEmailEmail(input: {
  name?: string | null;
  url: string;
  expiresInHours: number;
  change: boolean;
}): RenderedEmail {
  return renderEmail({
    subject: input.change ? "Confirm your new email address" : "Confirm your email address",
    preheader: "One click to confirm this address for your Cartwright account.",
    heading: input.change ? "Confirm your new email address" : "Confirm your email address",
    paragraphs: [
      greeting(input.name),
      input.change
        ? "You asked to use this address for your Cartwright account. Confirm it and we will switch your account to it."
        : "Thanks for creating a Cartwright account. Please confirm that this address is yours.",
    ],
    action: { label: "Confirm this address", url: input.url },
    footnote: `The link works once and expires in ${input.expiresInHours} hours. If you did not ask for this, ignore this mail.`,
  });
}

export function emailChangedNotice(input: {
  name?: string | null;
  newEmail: string;
}): RenderedEmail {
  return renderEmail({
    subject: "Your Cartwright email address was changed",
    preheader: "Your account now uses a new email address.",
    heading: "Your email address was changed",
    paragraphs: [
      greeting(input.name),
      `Your Cartwright account now uses ${input.newEmail}. Mails about your orders will go there from now on.`,
      "If you did not make this change, reply to this mail straight away so we can secure your account.",
    ],
  });
}

export function passwordChangedNotice(input: { name?: string | null }): RenderedEmail {
  return renderEmail({
    subject: "Your Cartwright password was changed",
    preheader: "Your password was just changed.",
    heading: "Your password was changed",
    paragraphs: [
      greeting(input.name),
      "The password of your Cartwright account was just changed, and every other device was signed out.",
      "If you did not do this, reset your password now and reply to this mail.",
    ],
  });
}

/**
 * To the owner of an address someone tried to sign up with: sign-up answers the same whether or
 * not the address has an account, so the owner hears about it here, with the way back in.
 */
export function signUpAttemptNotice(input: {
  name?: string | null;
  signInUrl: string;
  resetUrl: string;
}): RenderedEmail {
  return renderEmail({
    subject: "Someone tried to sign up with your email address",
    preheader: "Your Cartwright account already uses this address.",
    heading: "You already have an account",
    paragraphs: [
      greeting(input.name),
      "Someone (perhaps you) tried to create a new Cartwright account with this email address. It already belongs to your account, so no new account was made and nothing changed.",
      `If it was you, sign in instead: ${input.signInUrl}. Forgot your password? Choose a new one here: ${input.resetUrl}.`,
    ],
    action: { label: "Sign in", url: input.signInUrl },
    footnote: "If it was not you, you can ignore this mail: your account is unchanged.",
  });
}
