// Next.js configuration. Settings are validated at server start (instrumentation.ts → lib/env.ts).

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its wasm and data files from its own package folder at run time; bundling
  // them breaks `next start` (measured). pino and prom-client keep process-wide state.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pino", "prom-client"],
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // Catalog reads are cached in memory only (lib/cache): tag expiry lives in memory, so an
    // entry written to disk would outlive a restart and be trusted with no record of its expiry.
    isrFlushToDisk: false,
  },
  images: {
    // Product images are local files (public/images); SVGs are our own generated artwork.
    dangerouslyAllowSVG: true,
    contentDispositionType: "attachment",
    contentSecurityPolicy: "default-src 'self'; script-src 'none'; sandbox;",
  },
  async rewrites() {
    return {
      // Crawlers look for /sitemap.xml first; app/sitemap.ts (the chunks, /sitemap/<n>.xml)
      // holds that name, so the index is served from its own route.
      beforeFiles: [{ source: "/sitemap.xml", destination: "/sitemap-index.xml" }],
    };
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
