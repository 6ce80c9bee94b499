// zod schemas for the profile, the address book and user administration: one schema for the
// form, the server action and any route handler.
import { z } from "zod";
import { ROLES } from "@/lib/auth";
import { normalizeRegion, regionProblem } from "@/lib/checkout";
import { COUNTRY_CODES } from "./countries";

/** Optional text: "" (an empty form field) and absence both become null, never undefined. */
const optionalText = (max: number, message = `Use at most ${max} characters`) =>
  z
    .string()
    .trim()
    .max(max, message)
    .nullish()
    .transform((value) => (value ? value : null));

export const profileSchema = z.object({
  name: z.string().trim().min(1, "Enter your name").max(100, "Use at most 100 characters"),
});

/**
 * A saved address feeds checkout (checkout-address.ts), so it follows checkout's region rule:
 * where tax depends on the state or province, one of its codes, stored as the code.
 */
export const addressSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, "Enter the recipient's name")
      .max(100, "Use at most 100 characters"),
    company: optionalText(100),
    line1: z
      .string()
      .trim()
      .min(1, "Enter the street address")
      .max(200, "Use at most 200 characters"),
    line2: optionalText(200),
    city: z.string().trim().min(1, "Enter the town or city").max(100, "Use at most 100 characters"),
    region: optionalText(100),
    postalCode: z
      .string()
      .trim()
      .min(1, "Enter the postal code")
      .max(20, "Use at most 20 characters")
      .regex(/^[A-Za-z0-9][A-Za-z0-9 -]*$/, "Use letters, digits, spaces and dashes only"),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .refine((code) => COUNTRY_CODES.has(code), "Choose a country"),
    phone: optionalText(30).refine(
      (phone) => phone === null || /^\+?[0-9 ().-]{5,30}$/.test(phone),
      "Enter a phone number with digits, spaces and + ( ) - only",
    ),
    isDefaultShipping: z.boolean().default(false),
    isDefaultBilling: z.boolean().default(false),
  })
  .superRefine((address, ctx) => {
    const problem = regionProblem(address.country, address.region ?? undefined);
    if (problem) ctx.addIssue({ code: "custom", path: ["region"], message: problem });
  })
  .transform((address) => ({
    ...address,
    region: normalizeRegion(address.country, address.region ?? undefined) ?? null,
  }));

export type AddressInput = z.input<typeof addressSchema>;
export type AddressData = z.output<typeof addressSchema>;

export const addressIdSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "Not an address id");
export const addressKindSchema = z.enum(["shipping", "billing"]);
export type AddressKind = z.infer<typeof addressKindSchema>;

export const orderNumberSchema = z.coerce.number().int().positive().max(2_147_483_647);
export const pageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);

export const changeRoleSchema = z.object({
  userId: z.string().trim().min(1).max(64),
  role: z.enum(ROLES, { message: "Choose a role" }),
});

export const userSearchSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  page: pageSchema,
});
