// Without JavaScript the variant picker cannot switch variants: this form, shown only then,
// reloads the page on the chosen variant (?variant=<id>).
import type { VariantView } from "@/lib/catalog";
import { formatMoney } from "@/lib/money";

export interface VariantFallbackFormProps {
  action: string;
  variants: VariantView[];
  selectedId: string;
}

export function VariantFallbackForm({ action, variants, selectedId }: VariantFallbackFormProps) {
  if (variants.length < 2) return null;
  return (
    <noscript>
      <form action={action} method="get" className="mt-6 flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1 text-sm font-medium text-ink">
          Choose an option
          <select
            name="variant"
            defaultValue={selectedId}
            className="min-h-11 rounded-md border border-ink-faint bg-paper px-3 text-sm"
          >
            {variants.map((v) => (
              <option key={v.id} value={v.id}>
                {v.title}: {formatMoney(v.price)}
                {v.available > 0 ? "" : " (sold out)"}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="min-h-11 rounded-md border border-ink-faint px-4 text-sm font-semibold"
        >
          Show
        </button>
      </form>
    </noscript>
  );
}
