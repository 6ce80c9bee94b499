// One facet of the filter form: a fieldset of checkboxes (any of the values), each with the
// number of products it would show. The count is read out as "4 products", not "(4)".
import type { FacetValue } from "@/lib/catalog";

export interface FacetGroupProps {
  id: string;
  legend: string;
  /** The form field name, e.g. "brand" or "opt.Size". */
  name: string;
  values: FacetValue[];
  selected: readonly string[];
}

export function FacetGroup({ id, legend, name, values, selected }: FacetGroupProps) {
  if (values.length === 0) return null;
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-semibold text-ink">{legend}</legend>
      <ul className="flex flex-col">
        {values.map((facet, index) => (
          <li key={facet.value}>
            <label
              htmlFor={`${id}-${index}`}
              className="flex min-h-11 items-center gap-3 text-sm text-ink"
            >
              <input
                id={`${id}-${index}`}
                type="checkbox"
                name={name}
                value={facet.value}
                defaultChecked={selected.includes(facet.value)}
                className="size-5 shrink-0 accent-brand"
              />
              <span>
                {facet.value}{" "}
                <span aria-hidden="true" className="text-ink-muted">
                  ({facet.count})
                </span>
                <span className="sr-only">
                  , {facet.count === 1 ? "1 product" : `${facet.count} products`}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
