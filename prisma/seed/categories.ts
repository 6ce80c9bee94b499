// The demo category tree: five departments, up to three levels deep. Products hang off the
// leaves; a department page lists its descendants through the materialised `path`.

export interface CategorySeed {
  slug: string;
  name: string;
  description: string;
  children?: CategorySeed[];
}

export const CATEGORY_TREE: CategorySeed[] = [
  {
    slug: "clothing",
    name: "Clothing",
    description: "Everyday clothing built to last, from soft tees to raw denim.",
    children: [
      {
        slug: "tops",
        name: "Tops",
        description: "Tees and hoodies for every season.",
        children: [
          {
            slug: "t-shirts",
            name: "T-shirts",
            description: "Crew necks, V-necks and pocket tees in cotton and linen.",
          },
          {
            slug: "hoodies",
            name: "Hoodies",
            description: "Fleece, French terry and zip-up hoodies.",
          },
        ],
      },
      {
        slug: "bottoms",
        name: "Bottoms",
        description: "Trousers and denim.",
        children: [
          {
            slug: "jeans",
            name: "Jeans",
            description: "Slim, straight and relaxed fits in rigid and stretch denim.",
          },
        ],
      },
    ],
  },
  {
    slug: "footwear",
    name: "Footwear",
    description: "Shoes for city streets and muddy trails.",
    children: [
      { slug: "sneakers", name: "Sneakers", description: "Low-tops and runners for every day." },
      {
        slug: "boots",
        name: "Boots",
        description: "Leather and suede boots, resoleable and weatherproof.",
      },
    ],
  },
  {
    slug: "home",
    name: "Home",
    description: "Things that make a house a home.",
    children: [
      { slug: "kitchen", name: "Kitchen", description: "Mugs and tableware for slow mornings." },
      { slug: "lighting", name: "Lighting", description: "Table and desk lamps with a warm glow." },
      {
        slug: "furniture",
        name: "Furniture",
        description: "Chairs made to be sat in for decades.",
      },
    ],
  },
  {
    slug: "electronics",
    name: "Electronics",
    description: "Well-made gadgets, fewer of them.",
    children: [
      { slug: "audio", name: "Audio", description: "Headphones for work, travel and home." },
      { slug: "watches", name: "Watches", description: "Analogue and smart watches." },
    ],
  },
  {
    slug: "accessories",
    name: "Accessories",
    description: "The things you carry every day.",
    children: [
      { slug: "bags", name: "Bags", description: "Backpacks for commuting and travel." },
      { slug: "stationery", name: "Stationery", description: "Notebooks and paper goods." },
    ],
  },
];

export interface FlatCategory extends Omit<CategorySeed, "children"> {
  parentSlug: string | null;
  path: string;
  position: number;
}

/** Parents before children, so rows can be inserted in this order. */
export function flattenCategories(
  tree = CATEGORY_TREE,
  parent: FlatCategory | null = null,
): FlatCategory[] {
  return tree.flatMap(({ children, ...category }, position) => {
    const flat: FlatCategory = {
      ...category,
      parentSlug: parent?.slug ?? null,
      path: parent ? `${parent.path}/${category.slug}` : category.slug,
      position,
    };
    return [flat, ...flattenCategories(children ?? [], flat)];
  });
}
