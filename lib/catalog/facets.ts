// Facet counts for a listing, in one statement. Counts are "disjunctive": each group is counted
// with every filter except its own, so ticking "M" still shows how many products come in "L".
import { z } from "zod";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FacetValue, ListingFacets } from "./types";
import { predicates, scopeCtes, type SqlFilters } from "./listing-sql";

const MAX_TAGS = 12;
const facetValue = z.object({ value: z.string(), count: z.number().int() });
const facetRow = z.object({
  options: z.array(facetValue.extend({ name: z.string() })),
  brands: z.array(facetValue),
  tags: z.array(facetValue),
  price: z.object({
    min: z.number().int().nullable(),
    max: z.number().int().nullable(),
    currency: z.string().nullable(),
  }),
  in_stock: z.number().int(),
  option_order: z.record(z.string(), z.number().int()),
});

const SIZE_ORDER = ["XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL"];
/** Sizes in size order, numbers by value, the rest alphabetically. */
export function compareOptionValues(a: string, b: string): number {
  const [sa, sb] = [SIZE_ORDER.indexOf(a), SIZE_ORDER.indexOf(b)];
  if (sa !== -1 && sb !== -1) return sa - sb;
  const [na, nb] = [Number(a), Number(b)];
  if (a.trim() !== "" && b.trim() !== "" && Number.isFinite(na) && Number.isFinite(nb))
    return na - nb;
  return a.localeCompare(b, "en", { numeric: true });
}

/** Selected values stay listed (with 0) even when nothing matches, so they can be unticked. */
function withSelected(values: FacetValue[], selected: readonly string[]): FacetValue[] {
  const present = new Set(values.map((v) => v.value));
  return [
    ...values,
    ...selected.filter((s) => !present.has(s)).map((value) => ({ value, count: 0 })),
  ];
}

export async function listingFacets(
  prisma: Db,
  categoryPath: string | undefined,
  filters: SqlFilters,
): Promise<ListingFacets> {
  const p = predicates(filters);
  const hasVariant = (where: Prisma.Sql) =>
    Prisma.sql`EXISTS (SELECT 1 FROM vars v WHERE v.pid = s."id" AND ${where})`;
  const rows = await prisma.$queryRaw<unknown[]>`
    ${scopeCtes(categoryPath)}
    SELECT
      (SELECT COALESCE(json_agg(json_build_object('name', name, 'value', value, 'count', n)), '[]'::json) FROM (
         SELECT kv.key AS name, kv.value AS value, count(DISTINCT s."id")::int AS n
         FROM scope s JOIN vars v ON v.pid = s."id" CROSS JOIN LATERAL jsonb_each_text(v."options") kv
         WHERE ${p.product} AND ${p.price} AND ${p.stock} AND ${p.optionsExceptKey}
         GROUP BY kv.key, kv.value) o) AS options,
      (SELECT COALESCE(json_agg(json_build_object('value', brand, 'count', n) ORDER BY brand), '[]'::json) FROM (
         SELECT s."brand" AS brand, count(*)::int AS n FROM scope s
         WHERE s."brand" IS NOT NULL AND ${p.tags} AND ${hasVariant(p.variant)}
         GROUP BY s."brand") b) AS brands,
      (SELECT COALESCE(json_agg(json_build_object('value', tag, 'count', n) ORDER BY selected DESC, n DESC, tag), '[]'::json) FROM (
         SELECT t AS tag, count(*)::int AS n, (t = ANY(${filters.tags}::text[])) AS selected
         FROM scope s CROSS JOIN LATERAL unnest(s."tags") t
         WHERE ${p.brand} AND ${hasVariant(p.variant)}
         GROUP BY t ORDER BY selected DESC, n DESC, t LIMIT ${MAX_TAGS + filters.tags.length}::int) g) AS tags,
      (SELECT COALESCE(json_object_agg(name, pos), '{}'::json) FROM (
         SELECT po."name" AS name, min(po."position") AS pos FROM "ProductOption" po JOIN scope s ON s."id" = po."productId"
         GROUP BY po."name") og) AS option_order,
      (SELECT json_build_object('min', min(v.price), 'max', max(v.price), 'currency', min(v."currency"))
         FROM scope s JOIN vars v ON v.pid = s."id"
         WHERE ${p.product} AND ${p.stock} AND ${p.options}) AS price,
      (SELECT count(DISTINCT s."id")::int FROM scope s JOIN vars v ON v.pid = s."id"
         WHERE ${p.product} AND ${p.price} AND ${p.options} AND v.in_stock) AS in_stock`;
  const row = facetRow.parse(rows[0]);

  const groups = new Map<string, FacetValue[]>();
  for (const { name, value, count } of row.options)
    groups.set(name, [...(groups.get(name) ?? []), { value, count }]);
  for (const [name] of filters.options) if (!groups.has(name)) groups.set(name, []);
  const selectedOptions = new Map(filters.options);
  const order = (name: string) => row.option_order[name] ?? Number.MAX_SAFE_INTEGER;
  const options = [...groups]
    .map(([name, values]) => ({
      name,
      values: withSelected(values, selectedOptions.get(name) ?? []).sort((a, b) =>
        compareOptionValues(a.value, b.value),
      ),
    }))
    // In the order merchants give options on products (Colour before Size), then by name.
    .sort((a, b) => order(a.name) - order(b.name) || a.name.localeCompare(b.name));

  const { min, max, currency } = row.price;
  return {
    price: min !== null && max !== null && currency !== null ? { min, max, currency } : null,
    options,
    brands: withSelected(row.brands, filters.brands),
    tags: withSelected(row.tags.slice(0, Math.max(MAX_TAGS, filters.tags.length)), filters.tags),
    inStock: row.in_stock,
  };
}
