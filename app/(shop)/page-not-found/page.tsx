// The shop's not-found page at a static address: proxy.ts rewrites addresses whose
// percent-escapes do not decode (/c/%FF) here. A dynamic route ([...rest]) would not do: Next.js
// decodes the original address to fill its params, and answers a bare 500 when that fails.
import { notFound } from "next/navigation";

export default function PageNotFound(): never {
  notFound();
}
