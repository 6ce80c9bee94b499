// A category page's own data, found by its materialised path ("clothing/tops").
import { db } from "@/lib/db";
import type { CategoryView } from "./types";

export async function loadCategoryByPath(path: string): Promise<CategoryView | null> {
  const prisma = await db();
  const category = await prisma.category.findUnique({
    where: { path },
    select: {
      id: true,
      name: true,
      slug: true,
      path: true,
      description: true,
      children: {
        orderBy: [{ position: "asc" }, { name: "asc" }],
        select: { name: true, path: true },
      },
    },
  });
  if (!category) return null;
  const parts = path.split("/");
  const ancestorPaths = parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join("/"));
  const ancestors = ancestorPaths.length
    ? await prisma.category.findMany({
        where: { path: { in: ancestorPaths } },
        select: { name: true, path: true },
      })
    : [];
  const byPath = new Map(ancestors.map((a) => [a.path, a]));
  return {
    id: category.id,
    name: category.name,
    slug: category.slug,
    path: category.path,
    description: category.description,
    ancestors: ancestorPaths.flatMap((p) => (byPath.has(p) ? [byPath.get(p)!] : [])),
    children: category.children,
  };
}
