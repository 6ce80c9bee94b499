// Clothing and footwear: products with a Size option besides Colour.
import { COLOUR_SLUGS as ALL } from "./colours";
import type { ProductKind } from "./product-kinds";

const LETTER_SIZES = ["XS", "S", "M", "L", "XL", "XXL"];
const WAIST_SIZES = ["28", "29", "30", "31", "32", "33", "34", "36", "38"];
const SHOE_SIZES = ["6", "7", "8", "9", "10", "11", "12", "13"];
const XXL = { XXL: 200 };
const APPAREL_CARE = ["Machine wash cold with like colours.", "Tumble dry low or hang to dry.", "Do not bleach."];

export const APPAREL_KINDS: readonly ProductKind[] = [
  {
    art: "tshirt", category: "t-shirts", skuPrefix: "TEE", noun: "T-Shirt",
    styles: ["Crew Neck", "V-Neck", "Pocket", "Heavyweight", "Slub", "Long Sleeve", "Boxy", "Ringer"],
    modifiers: ["Classic", "Essential", "Everyday", "Vintage", "Organic", "Relaxed", "Premium", "Washed"],
    materials: ["100% organic cotton", "combed ring-spun cotton", "cotton and linen blend", "recycled cotton jersey"],
    brands: ["Northwind", "Harbor & Pine", "Common Thread", "Fieldcraft"],
    priceRange: [18, 45], second: { name: "Size", values: LETTER_SIZES, count: [3, 5], surcharge: XXL },
    colours: ALL, maxColours: 2, weightGrams: [160, 260],
    pitches: ["It softens with every wash and keeps its shape.", "The one you will reach for first, every week.", "Cut a little longer in the body so it stays tucked."],
    features: ["Pre-shrunk", "Reinforced shoulder seams", "Tagless neck label", "Side-seamed for a clean drape", "Double-needle hems"],
    care: APPAREL_CARE, tags: ["t-shirt", "tee", "tops"],
  },
  {
    art: "hoodie", category: "hoodies", skuPrefix: "HOD", noun: "Hoodie",
    styles: ["Pullover", "Zip-Up", "Oversized", "Fleece", "French Terry", "Midweight"],
    modifiers: ["Classic", "Heritage", "Everyday", "Loopback", "Brushed", "Trail"],
    materials: ["brushed cotton fleece", "French terry cotton", "recycled polyester and cotton", "organic cotton loopback"],
    brands: ["Northwind", "Common Thread", "Summit Supply"],
    priceRange: [45, 110], second: { name: "Size", values: LETTER_SIZES, count: [3, 4], surcharge: XXL },
    colours: ALL, maxColours: 2, weightGrams: [450, 750],
    pitches: ["Warm enough for cold mornings, light enough to layer.", "A deep, double-layer hood and pockets that fit a phone."],
    features: ["Kangaroo pocket", "Ribbed cuffs and hem", "Flat drawcords", "Double-layer hood", "YKK zip where zipped"],
    care: APPAREL_CARE, tags: ["hoodie", "sweatshirt", "tops"],
  },
  {
    art: "jeans", category: "jeans", skuPrefix: "JNS", noun: "Jeans",
    styles: ["Slim", "Straight", "Relaxed", "Tapered", "Bootcut", "Carpenter"],
    modifiers: ["Selvedge", "Stretch", "Rigid", "Vintage Wash", "Raw", "Everyday"],
    materials: ["14 oz selvedge denim", "stretch cotton denim", "organic cotton denim", "rigid Japanese denim"],
    brands: ["Indigo Works", "Fieldcraft", "Harbor & Pine"],
    priceRange: [60, 180], second: { name: "Waist", values: WAIST_SIZES, count: [4, 6] },
    colours: ["blue", "navy", "black", "grey", "sand"], maxColours: 1, weightGrams: [600, 900],
    pitches: ["They break in to fit you and only you.", "Made to be worn hard and mended, not replaced."],
    features: ["Five-pocket styling", "Copper rivets", "Button fly", "Chain-stitched hems", "Hidden coin pocket"],
    care: ["Wash inside out, cold, as rarely as you can.", "Hang to dry."], tags: ["jeans", "denim", "bottoms"],
  },
  {
    art: "sneaker", category: "sneakers", skuPrefix: "SNK", noun: "Sneakers",
    styles: ["Low-Top", "Court", "Runner", "Canvas", "Knit", "Retro"],
    modifiers: ["Classic", "City", "Everyday", "Lightweight", "Cloud", "Heritage"],
    materials: ["full-grain leather", "organic canvas", "recycled knit", "suede and mesh"],
    brands: ["Stride Lab", "Parkside", "Common Thread"],
    priceRange: [55, 160], second: { name: "Size", values: SHOE_SIZES, count: [4, 7] },
    colours: ALL, maxColours: 1, weightGrams: [700, 1100],
    pitches: ["Cushioned for all-day walking without the bulk.", "A clean silhouette that goes with everything."],
    features: ["Natural rubber outsole", "Removable cork footbed", "Padded collar", "Waxed cotton laces"],
    care: ["Wipe clean with a damp cloth.", "Air dry away from direct heat."], tags: ["sneakers", "shoes", "footwear"],
  },
  {
    art: "boot", category: "boots", skuPrefix: "BOT", noun: "Boots",
    styles: ["Chelsea", "Lace-Up", "Hiking", "Work", "Chukka", "Moc Toe"],
    modifiers: ["Weatherproof", "Heritage", "Rugged", "Classic", "Alpine", "Trail"],
    materials: ["oiled full-grain leather", "waxed suede", "waterproof nubuck", "vegetable-tanned leather"],
    brands: ["Ridgeback", "Stride Lab", "Fieldcraft"],
    priceRange: [120, 320], second: { name: "Size", values: SHOE_SIZES, count: [4, 6] },
    colours: ["black", "sand", "red", "grey", "green", "navy"], maxColours: 1, weightGrams: [1200, 1900],
    pitches: ["Goodyear-welted, so they can be resoled for years.", "Ready for rain, gravel and long days on your feet."],
    features: ["Goodyear welt", "Vibram lug sole", "Leather lining", "Pull tab", "Steel shank"],
    care: ["Brush off dirt after wear.", "Condition the leather every few months."], tags: ["boots", "shoes", "footwear"],
  },
];
