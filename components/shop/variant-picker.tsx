"use client";
// The product page's buy box: pick option values (Colour, Size…) and see the chosen variant's
// price, stock and picture at once; the address follows as ?variant=<id>, so a reload or a
// shared link opens the same variant. The cart's add-to-cart control goes in `addToCartSlot`:
// it can read the choice with useSelectedVariant(), or a plain form with id ADD_TO_CART_FORM_ID
// receives it as the hidden field "variantId". It is disabled while the variant is sold out.
import { createContext, useContext, useState, type ReactNode } from "react";
import {
  initialVariant,
  optionValueState,
  variantForChoice,
  type ProductImageView,
  type VariantView,
} from "@/lib/catalog/client";
import { Price } from "./price";
import { ProductGallery } from "./product-gallery";
import { StockStatus } from "./stock-status";

export const ADD_TO_CART_FORM_ID = "add-to-cart";
const SelectedVariantContext = createContext<VariantView | null>(null);

/** The variant chosen in the surrounding picker (null outside one). */
export function useSelectedVariant(): VariantView | null {
  return useContext(SelectedVariantContext);
}

export interface VariantPickerProps {
  options: { name: string; values: string[] }[];
  variants: VariantView[];
  images: ProductImageView[];
  initialVariantId?: string | null;
  /** Shown above the price: the product's brand and title. */
  heading?: ReactNode;
  addToCartSlot?: ReactNode;
}

const pill =
  "relative inline-flex min-h-11 min-w-11 cursor-pointer items-center justify-center rounded-md border px-3 text-sm font-medium has-[:checked]:border-brand has-[:checked]:bg-brand has-[:checked]:text-paper has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand";

export function VariantPicker({
  options,
  variants,
  images,
  initialVariantId,
  heading,
  addToCartSlot,
}: VariantPickerProps) {
  const [selected, setSelected] = useState(() => initialVariant(variants, initialVariantId)!);
  const [imageId, setImageId] = useState(selected.imageId ?? images[0]?.id ?? null);

  function choose(name: string, value: string) {
    const next = variantForChoice(variants, selected, name, value);
    if (!next || next.id === selected.id) return;
    setSelected(next);
    if (next.imageId) setImageId(next.imageId);
    const url = new URL(window.location.href);
    url.searchParams.set("variant", next.id);
    // Next.js keeps its router in step with replaceState; no server round trip is needed.
    window.history.replaceState(null, "", url);
  }

  return (
    <SelectedVariantContext.Provider value={selected}>
      <div className="grid gap-8 lg:grid-cols-2 lg:gap-12">
        <ProductGallery images={images} activeId={imageId} onActivate={setImageId} />
        <div data-testid="buy-box" className="flex flex-col gap-6">
          {heading}
          <div aria-live="polite" aria-atomic="true" className="flex flex-col gap-1">
            <Price price={selected.price} compareAt={selected.compareAt} className="text-2xl" />
            <StockStatus available={selected.available} />
            <p className="text-xs text-ink-muted">
              {selected.title} · SKU <span data-testid="sku">{selected.sku}</span>
            </p>
          </div>
          {options.map((option, index) => (
            <fieldset key={option.name}>
              <legend className="mb-2 text-sm font-semibold text-ink">
                {option.name}: <span className="font-normal">{selected.options[option.name]}</span>
              </legend>
              <div className="flex flex-wrap gap-2">
                {option.values.map((value) => {
                  const state = optionValueState(variants, selected, option.name, value);
                  return (
                    <label
                      key={value}
                      className={`${pill} ${state === "available" ? "border-ink-faint text-ink" : "border-paper-line text-ink-muted line-through"}`}
                    >
                      <input
                        type="radio"
                        name={`option-${index}`}
                        value={value}
                        checked={selected.options[option.name] === value}
                        onChange={() => choose(option.name, value)}
                        className="sr-only"
                      />
                      {value}
                      {state === "available" ? null : (
                        <span className="sr-only">
                          {state === "sold-out" ? " (sold out)" : " (not made in this combination)"}
                        </span>
                      )}
                    </label>
                  );
                })}
              </div>
            </fieldset>
          ))}
          {addToCartSlot ? (
            <fieldset disabled={selected.available === 0} className="m-0 min-w-0 border-0 p-0">
              <input
                type="hidden"
                name="variantId"
                form={ADD_TO_CART_FORM_ID}
                value={selected.id}
              />
              {addToCartSlot}
            </fieldset>
          ) : null}
        </div>
      </div>
    </SelectedVariantContext.Provider>
  );
}
