"use server";
// The address book's forms. An id that is not one of the signed-in shopper's addresses is
// answered exactly like one that does not exist.
import { redirect } from "next/navigation";
import {
  AccountError,
  addressKindSchema,
  addressSchema,
  createMyAddress,
  deleteMyAddress,
  setMyDefaultAddress,
  updateMyAddress,
} from "@/lib/accounts";
import { isForeignOrigin, requireUser } from "@/lib/auth";
import { fieldErrorsOf, formError, formValues, type FormState } from "@/lib/forms";

const FOREIGN = formError("This form must be sent from this site.");
const FIELDS = [
  "name",
  "company",
  "line1",
  "line2",
  "city",
  "region",
  "postalCode",
  "country",
  "phone",
] as const;

function readAddress(formData: FormData) {
  const values = formValues(formData, FIELDS);
  return {
    values,
    input: {
      ...values,
      isDefaultShipping: formData.get("isDefaultShipping") === "on",
      isDefaultBilling: formData.get("isDefaultBilling") === "on",
    },
  };
}

function accountErrorState(error: unknown, values: Record<string, string>): FormState {
  if (error instanceof AccountError) return formError(error.message, { values });
  throw error;
}

export async function createAddressAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  if (await isForeignOrigin()) return FOREIGN;
  await requireUser("/account/addresses/new");
  const { values, input } = readAddress(formData);
  const parsed = addressSchema.safeParse(input);
  if (!parsed.success)
    return formError("Please check the highlighted fields.", {
      fieldErrors: fieldErrorsOf(parsed.error),
      values,
    });
  try {
    await createMyAddress(parsed.data);
  } catch (error) {
    return accountErrorState(error, values);
  }
  redirect("/account/addresses?saved=1");
}

export async function updateAddressAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  if (await isForeignOrigin()) return FOREIGN;
  await requireUser("/account/addresses");
  const id = String(formData.get("id") ?? "");
  const { values, input } = readAddress(formData);
  const parsed = addressSchema.safeParse(input);
  if (!parsed.success)
    return formError("Please check the highlighted fields.", {
      fieldErrors: fieldErrorsOf(parsed.error),
      values,
    });
  try {
    await updateMyAddress(id, parsed.data);
  } catch (error) {
    return accountErrorState(error, values);
  }
  redirect("/account/addresses?saved=1");
}

export async function deleteAddressAction(formData: FormData): Promise<void> {
  if (await isForeignOrigin()) redirect("/account/addresses");
  await requireUser("/account/addresses");
  try {
    await deleteMyAddress(String(formData.get("id") ?? ""));
  } catch (error) {
    if (error instanceof AccountError) redirect("/account/addresses?error=not-found");
    throw error;
  }
  redirect("/account/addresses?deleted=1");
}

export async function setDefaultAddressAction(formData: FormData): Promise<void> {
  if (await isForeignOrigin()) redirect("/account/addresses");
  await requireUser("/account/addresses");
  const kind = addressKindSchema.safeParse(formData.get("kind"));
  if (!kind.success) redirect("/account/addresses");
  try {
    await setMyDefaultAddress(String(formData.get("id") ?? ""), kind.data);
  } catch (error) {
    if (error instanceof AccountError) redirect("/account/addresses?error=not-found");
    throw error;
  }
  redirect("/account/addresses?saved=1");
}
