// What the demo catalog sells: one entry per kind of product, with the vocabulary the
// generator combines into titles, descriptions, options and prices.
import type { ArtKind, ColourSlug } from "./colours";
import { APPAREL_KINDS } from "./product-kinds-apparel";
import { GOODS_KINDS } from "./product-kinds-goods";

export interface ProductKind {
  art: ArtKind;
  /** Slug of the leaf category the products belong to. */
  category: string;
  skuPrefix: string;
  /** Last word(s) of every title: "T-Shirt", "Hoodie"… */
  noun: string;
  styles: readonly string[];
  modifiers: readonly string[];
  materials: readonly string[];
  brands: readonly string[];
  /** Whole dollars, inclusive. */
  priceRange: readonly [number, number];
  /** A second option besides Colour (Size, Ruling…): a run of `count` consecutive values is offered. */
  second?: {
    name: string;
    values: readonly string[];
    count: readonly [number, number];
    /** Extra cents for some values: bigger sizes and capacities cost a little more. */
    surcharge?: Readonly<Record<string, number>>;
  };
  colours: readonly ColourSlug[];
  maxColours: number;
  weightGrams: readonly [number, number];
  /** Sentences describing what the product is good for. */
  pitches: readonly string[];
  features: readonly string[];
  care?: readonly string[];
  tags: readonly string[];
}

export const PRODUCT_KINDS: readonly ProductKind[] = [...APPAREL_KINDS, ...GOODS_KINDS];
