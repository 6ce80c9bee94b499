import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { createModuleBoundaries } from "./eslint/module-boundaries.mjs";
import modules from "./lib/modules.json" with { type: "json" };

const cartwright = { rules: { "module-boundaries": createModuleBoundaries(modules) } };

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".data/**",
      ".test-data/**",
      "lib/generated/**",
      "test/lint-fixtures/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Modules meet only through their public faces, in the order lib/modules.json declares.
    files: ["**/*.{ts,tsx,mts,js,mjs}"],
    plugins: { cartwright },
    rules: { "cartwright/module-boundaries": "error" },
  },
  {
    // app/ and components/ never talk to Prisma: the domain lives in lib/.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "hooks/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/generated/*", "**/lib/generated/**", "@prisma/*"],
              message: "Use lib/<module> functions, not Prisma, in app/ and components/.",
            },
            {
              group: ["@/lib/db", "@/lib/db/*"],
              message:
                "Use lib/<module> queries and commands, not the database, in app/ and components/.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
