"use server";
// Changing a user's role (ADMIN only). The role check runs here and again in lib/accounts.
import { redirect } from "next/navigation";
import { AccountError, changeUserRole } from "@/lib/accounts";
import { actionIp, isForeignOrigin, requireRole } from "@/lib/auth";

export async function changeRoleAction(formData: FormData): Promise<void> {
  if (await isForeignOrigin()) redirect("/admin/users");
  await requireRole("ADMIN", "/admin/users");
  const input = {
    userId: String(formData.get("userId") ?? ""),
    role: String(formData.get("role") ?? ""),
  };
  try {
    await changeUserRole(input, { ip: await actionIp() });
  } catch (error) {
    if (error instanceof AccountError) redirect(`/admin/users?error=${error.code}`);
    throw error;
  }
  redirect("/admin/users?saved=1");
}
