// Changes to the signed-in shopper's profile and address book. Each runs in one transaction that
// first locks the user's row, so two tabs changing defaults at once queue instead of colliding
// on the one-default-per-kind unique index. Another shopper's address id reads as not found.
import { lockUserRow, setUserName, userOrThrow } from "@/lib/auth";
import { inTransaction, type Tx } from "@/lib/db";
import { AccountError, addressNotFound } from "./errors";
import {
  addressIdSchema,
  addressKindSchema,
  addressSchema,
  profileSchema,
  type AddressInput,
  type AddressKind,
} from "./schemas";

export const MAX_ADDRESSES = 50;

// Address defaults change under the user row lock (auth owns the row), one change at a time.
const lockUser = lockUserRow;

const flag = (kind: AddressKind) =>
  kind === "shipping" ? "isDefaultShipping" : "isDefaultBilling";

async function clearDefault(tx: Tx, userId: string, kind: AddressKind): Promise<void> {
  await tx.address.updateMany({
    where: { userId, [flag(kind)]: true },
    data: { [flag(kind)]: false },
  });
}

/** After a default was deleted: the most recently changed remaining address takes its place. */
async function promoteDefault(tx: Tx, userId: string, kind: AddressKind): Promise<void> {
  const next = await tx.address.findFirst({
    where: { userId },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: { id: true },
  });
  if (next) await tx.address.update({ where: { id: next.id }, data: { [flag(kind)]: true } });
}

function parseId(id: string): string {
  const parsed = addressIdSchema.safeParse(id);
  if (!parsed.success) throw addressNotFound();
  return parsed.data;
}

export async function updateMyProfile(input: { name: string }): Promise<void> {
  const user = await userOrThrow();
  const { name } = profileSchema.parse(input);
  await setUserName(user.id, name);
}

/** Adds an address; the first one becomes the default for shipping and billing. Returns its id. */
export async function createMyAddress(input: AddressInput): Promise<string> {
  const user = await userOrThrow();
  const data = addressSchema.parse(input);
  return inTransaction(async (tx) => {
    await lockUser(tx, user.id);
    const count = await tx.address.count({ where: { userId: user.id } });
    if (count >= MAX_ADDRESSES)
      throw new AccountError(
        "limit_reached",
        `An address book holds at most ${MAX_ADDRESSES} addresses. Delete one first.`,
      );
    const isDefaultShipping = data.isDefaultShipping || count === 0;
    const isDefaultBilling = data.isDefaultBilling || count === 0;
    if (isDefaultShipping) await clearDefault(tx, user.id, "shipping");
    if (isDefaultBilling) await clearDefault(tx, user.id, "billing");
    const created = await tx.address.create({
      data: { ...data, isDefaultShipping, isDefaultBilling, userId: user.id },
      select: { id: true },
    });
    return created.id;
  });
}

export async function updateMyAddress(id: string, input: AddressInput): Promise<void> {
  const user = await userOrThrow();
  const addressId = parseId(id);
  const data = addressSchema.parse(input);
  await inTransaction(async (tx) => {
    await lockUser(tx, user.id);
    const current = await tx.address.findFirst({
      where: { id: addressId, userId: user.id },
      select: { isDefaultShipping: true, isDefaultBilling: true },
    });
    if (!current) throw addressNotFound();
    // Unticking a default box does not leave the book without one: defaults move, never vanish.
    const isDefaultShipping = data.isDefaultShipping || current.isDefaultShipping;
    const isDefaultBilling = data.isDefaultBilling || current.isDefaultBilling;
    if (isDefaultShipping && !current.isDefaultShipping)
      await clearDefault(tx, user.id, "shipping");
    if (isDefaultBilling && !current.isDefaultBilling) await clearDefault(tx, user.id, "billing");
    await tx.address.update({
      where: { id: addressId },
      data: { ...data, isDefaultShipping, isDefaultBilling },
    });
  });
}

export async function deleteMyAddress(id: string): Promise<void> {
  const user = await userOrThrow();
  const addressId = parseId(id);
  await inTransaction(async (tx) => {
    await lockUser(tx, user.id);
    const current = await tx.address.findFirst({
      where: { id: addressId, userId: user.id },
      select: { isDefaultShipping: true, isDefaultBilling: true },
    });
    if (!current) throw addressNotFound();
    await tx.address.delete({ where: { id: addressId } });
    if (current.isDefaultShipping) await promoteDefault(tx, user.id, "shipping");
    if (current.isDefaultBilling) await promoteDefault(tx, user.id, "billing");
  });
}

export async function setMyDefaultAddress(id: string, kind: AddressKind): Promise<void> {
  const user = await userOrThrow();
  const addressId = parseId(id);
  const which = addressKindSchema.parse(kind);
  await inTransaction(async (tx) => {
    await lockUser(tx, user.id);
    const exists = await tx.address.count({ where: { id: addressId, userId: user.id } });
    if (!exists) throw addressNotFound();
    await clearDefault(tx, user.id, which);
    await tx.address.update({ where: { id: addressId }, data: { [flag(which)]: true } });
  });
}
