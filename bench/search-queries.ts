// The 20 searches the benchmark times: what shoppers type (typos and half words included), most
// with the filters and sorts of the results page. Prices are in minor units (cents).
import type { SearchRequest } from "../lib/search/types";

export type BenchQuery = { label: string } & Partial<SearchRequest>;

export const BENCH_QUERIES: BenchQuery[] = [
  { label: "t-shirt", query: "t-shirt" },
  { label: "tshrit (typo)", query: "tshrit" },
  { label: "hoodie, Size M", query: "hoodie", filters: { options: { Size: ["M"] } } },
  {
    label: "organic cotton in Clothing",
    query: "organic cotton",
    filters: { category: "clothing" },
  },
  {
    label: "jeans $40–80, price ↑",
    query: "jeans",
    filters: { priceMin: 4000, priceMax: 8000 },
    sort: "price-asc",
  },
  {
    label: "boots in stock, price ↓",
    query: "boots",
    filters: { inStock: true },
    sort: "price-desc",
  },
  { label: "leather (many matches)", query: "leather" },
  {
    label: "mug, Colour Navy or Black",
    query: "mug",
    filters: { options: { Colour: ["Navy", "Black"] } },
  },
  { label: "headphones by Sonora", query: "headphones", filters: { brands: ["Sonora"] } },
  {
    label: "crew neck, in stock, Size L",
    query: "crew neck",
    filters: { inStock: true, options: { Size: ["L"] } },
  },
  {
    label: "sneakers Size 10, newest",
    query: "sneakers",
    filters: { options: { Size: ["10"] } },
    sort: "newest",
  },
  { label: "lamp under $100", query: "lamp", filters: { priceMax: 10000 } },
  { label: "backpack, best-selling", query: "backpack", sort: "best-selling" },
  { label: "notebook tagged sale", query: "notebook", filters: { tags: ["sale"] } },
  { label: "vintage (across kinds)", query: "vintage" },
  {
    label: "pocket tee in Tops, page 3",
    query: "pocket tee",
    filters: { category: "clothing/tops" },
    page: 3,
  },
  { label: "automatic diver watch", query: "automatic diver watch" },
  { label: "sneker (typo), in stock", query: "sneker", filters: { inStock: true } },
  {
    label: "relaxed in Clothing, page 2, price ↑",
    query: "relaxed",
    filters: { category: "clothing" },
    page: 2,
    sort: "price-asc",
  },
  {
    label: "navy hoodie $50–90, Northwind",
    query: "navy hoodie",
    filters: { priceMin: 5000, priceMax: 9000, brands: ["Northwind"] },
  },
];

/** Prefixes as the header box sends them while someone types. */
export const BENCH_SUGGESTIONS = ["ts", "tshi", "hood", "snea", "leath", "bakpa"];
