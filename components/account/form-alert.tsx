// The message for a whole form: an alert for errors (announced at once), a status for success.
import type { FormState } from "@/lib/forms/client";

export function FormAlert({ state }: { state: Pick<FormState, "status" | "message"> }) {
  if (!state.message || state.status === "idle") return null;
  const error = state.status === "error";
  return (
    <p
      role={error ? "alert" : "status"}
      className={`rounded-md border px-3 py-2 text-sm ${error ? "border-danger bg-red-50 text-danger" : "border-success bg-green-50 text-success"}`}
    >
      {state.message}
    </p>
  );
}

export function Notice({
  tone = "info",
  children,
}: {
  tone?: "info" | "success" | "warning";
  children: React.ReactNode;
}) {
  const tones = {
    info: "border-brand bg-brand-light text-brand-dark",
    success: "border-success bg-green-50 text-success",
    warning: "border-warning bg-amber-50 text-warning",
  } as const;
  return (
    <div role="status" className={`rounded-md border px-4 py-3 text-sm ${tones[tone]}`}>
      {children}
    </div>
  );
}
