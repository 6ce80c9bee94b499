// Public face of the catalog module: import from "@/lib/catalog", never from its files.
export { getCategoryTree, getFeaturedProducts } from "./queries";
export type { CategoryNode, ProductImageSummary, ProductSummary } from "./types";
