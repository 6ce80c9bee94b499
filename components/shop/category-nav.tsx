// The top-level categories as a horizontal bar; it scrolls sideways on narrow screens rather
// than hiding links behind a menu button. Subcategories are reached from each category page.
import Link from "next/link";
import type { CategoryNode } from "@/lib/catalog";

export interface CategoryNavProps {
  categories: CategoryNode[];
  /** Path of the category being viewed, marked as the current page. */
  currentPath?: string;
}

export function CategoryNav({ categories, currentPath }: CategoryNavProps) {
  if (categories.length === 0) return null;
  return (
    <nav aria-label="Categories" className="border-t border-paper-line">
      <ul className="mx-auto flex max-w-shop gap-1 overflow-x-auto px-2 sm:px-4">
        {categories.map((category) => {
          const current = currentPath === category.path;
          return (
            <li key={category.id} className="shrink-0">
              <Link
                href={`/c/${category.path}`}
                aria-current={current ? "page" : undefined}
                className={`block border-b-2 px-3 py-3 text-sm font-medium whitespace-nowrap transition-colors hover:text-brand ${
                  current ? "border-brand text-brand" : "border-transparent text-ink-muted"
                }`}
              >
                {category.name}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
