// /sitemap.xml: the sitemap index crawlers and Search Console look for first, naming every
// chunk of the catalog's sitemap (/sitemap/<n>.xml, SITEMAP_CHUNK_SIZE addresses each).
import { absoluteUrl } from "./seo";
import { sitemapCount } from "./sitemap";

const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (c) => `&${{ "<": "lt", ">": "gt", "&": "amp", "'": "apos", '"': "quot" }[c]};`,
  );

/** The addresses of the chunked sitemaps, in order. */
export async function sitemapUrls(): Promise<string[]> {
  return Array.from({ length: await sitemapCount() }, (_, id) => absoluteUrl(`/sitemap/${id}.xml`));
}

/** The sitemap index document (sitemaps.org protocol 0.9). */
export async function sitemapIndexXml(): Promise<string> {
  const entries = (await sitemapUrls()).map(
    (url) => `<sitemap><loc>${escapeXml(url)}</loc></sitemap>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries,
    "</sitemapindex>",
    "",
  ].join("\n");
}
