// Design tokens: colours, type and radii used across the shop and the admin.
// Contrast: ink on paper and paper on brand are both above WCAG AA (4.5:1).
import type { Config } from "tailwindcss";

export default {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: { DEFAULT: "#1d4ed8", dark: "#1e3a8a", light: "#dbeafe" },
        ink: { DEFAULT: "#111827", muted: "#4b5563", faint: "#6b7280" },
        paper: { DEFAULT: "#ffffff", soft: "#f9fafb", line: "#e5e7eb" },
        success: "#047857",
        danger: "#b91c1c",
        warning: "#92400e",
      },
      fontFamily: {
        // System fonts: nothing to download at build or run time.
        sans: [
          "ui-sans-serif",
          "system-ui",
          "-apple-system",
          "Segoe UI",
          "Roboto",
          "Helvetica Neue",
          "Arial",
          "sans-serif",
        ],
        mono: ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"],
      },
      borderRadius: { card: "0.75rem" },
      maxWidth: { shop: "80rem" },
    },
  },
} satisfies Config;
