// zod schemas for the sign-in, sign-up and password forms: one schema serves the form, the
// server action and the route handler.
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, passwordProblems } from "./password-policy";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address")
  .max(254, "That email address is too long")
  .pipe(z.email("Enter a valid email address, like name@example.com"));

export const signInSchema = z.object({
  email: emailSchema,
  // Checked, not validated: any policy rule here would say something about the real password.
  password: z.string().min(1, "Enter your password").max(1024, "Email or password is incorrect"),
});

export const nameSchema = z
  .string()
  .trim()
  .min(1, "Enter your name")
  .max(100, "Use at most 100 characters");

/** A new password, checked against the policy with what we know about its owner. */
export const newPasswordSchema = z
  .string()
  .max(PASSWORD_MAX_LENGTH * 4, "That password is too long");

export const signUpSchema = z
  .object({ name: nameSchema, email: emailSchema, password: newPasswordSchema })
  .superRefine((value, ctx) => {
    for (const message of passwordProblems(value.password, {
      email: value.email,
      name: value.name,
    })) {
      ctx.addIssue({ code: "custom", path: ["password"], message });
    }
  });

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const tokenSchema = z
  .string()
  .trim()
  .min(1, "This link is incomplete")
  .max(200, "This link is not valid");

export const resetPasswordSchema = z.object({ token: tokenSchema, password: newPasswordSchema });

export type SignInInput = z.infer<typeof signInSchema>;
export type SignUpInput = z.infer<typeof signUpSchema>;
