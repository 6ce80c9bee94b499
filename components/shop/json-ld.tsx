// Structured data for search engines. The JSON is escaped by jsonLdScript so that no value in it
// (a product title, say) can close the script element.
import { jsonLdScript } from "@/lib/catalog";

export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return (
    <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(data) }} />
  );
}
