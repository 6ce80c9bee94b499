// Inline Markdown: **strong**, *emphasis* (or _…_), `code`, [links](…) and backslash escapes.
// Unmatched markers stay as text. Scanning is linear in practice: once a search for a closing
// marker fails, later openers of the same marker do not search again.

export type MarkdownInline =
  | { type: "text"; value: string }
  | { type: "strong"; children: MarkdownInline[] }
  | { type: "emphasis"; children: MarkdownInline[] }
  | { type: "code"; value: string }
  | { type: "link"; href: string; children: MarkdownInline[] };

const MAX_DEPTH = 4;
const ESCAPABLE = /[!-/:-@[-`{-~]/;
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/**
 * A link destination we are willing to render: http(s), mailto, a same-site path or a fragment.
 * Anything with another scheme (javascript:, data:, vbscript:…), whitespace or control
 * characters (browsers drop them before reading the scheme) or a backslash is refused.
 */
export function safeHref(raw: string): string | null {
  const href = raw.trim();
  if (href === "" || href.length > 2000 || /[\s\p{Cc}\\]/u.test(href)) return null;
  if (/^(https?:\/\/|mailto:)/i.test(href)) {
    try {
      return ["http:", "https:", "mailto:"].includes(new URL(href).protocol) ? href : null;
    } catch {
      return null;
    }
  }
  if (href.startsWith("//")) return null;
  // No scheme before the first path, query or fragment character: a relative address.
  return (href.split(/[/?#]/, 1)[0] ?? "").includes(":") ? null : href;
}

type Scan = { source: string; noCloserFrom: Map<string, number> };

/** Index of a closing `marker` for an opener at `start`, or -1. */
function findCloser(scan: Scan, start: number, marker: string): number {
  const { source } = scan;
  const single = marker.length === 1;
  const char = marker[0]!;
  if (SPACE.test(source[start + marker.length] ?? " ")) return -1;
  if (char === "_" && WORD.test(source[start - 1] ?? "")) return -1; // snake_case is not emphasis
  const searchFrom = start + marker.length + 1;
  if (searchFrom >= (scan.noCloserFrom.get(marker) ?? Infinity)) return -1;
  let from = searchFrom;
  for (;;) {
    const index = source.indexOf(marker, from);
    if (index === -1) {
      // Whether a closer is valid does not depend on its opener: later openers would fail too.
      scan.noCloserFrom.set(marker, searchFrom);
      return -1;
    }
    const partOfDouble = single && (source[index + 1] === char || source[index - 1] === char);
    const flanked =
      !SPACE.test(source[index - 1] ?? " ") &&
      !(char === "_" && WORD.test(source[index + marker.length] ?? ""));
    if (!partOfDouble && flanked) return index;
    from = index + (partOfDouble ? 2 : 1);
  }
}

/** `[label](destination "optional title")` starting at `start`. */
function readLink(scan: Scan, start: number): { label: string; href: string; end: number } | null {
  const { source } = scan;
  if (start >= (scan.noCloserFrom.get("]") ?? Infinity)) return null;
  const close = source.indexOf("]", start + 1);
  if (close === -1) {
    scan.noCloserFrom.set("]", start);
    return null;
  }
  const label = source.slice(start + 1, close);
  if (label.includes("[") || source[close + 1] !== "(") return null;
  // Adjacent parts never match the same characters, so the pattern cannot backtrack badly.
  const match =
    /^\(\s*(<[^<>\n]*>|[^\s()<>]+(?:\([^\s()<>]*\)[^\s()<>]*)*)\s*(?:("[^"\n]*"|'[^'\n]*')\s*)?\)/.exec(
      source.slice(close + 1, close + 2100),
    );
  if (!match) return null;
  const destination = match[1]!.startsWith("<") ? match[1]!.slice(1, -1) : match[1]!;
  return { label, href: destination, end: close + 1 + match[0].length };
}

export function parseInline(source: string, depth = 0): MarkdownInline[] {
  const scan: Scan = { source, noCloserFrom: new Map() };
  const nodes: MarkdownInline[] = [];
  let text = "";
  const push = (node: MarkdownInline) => {
    if (node.type === "text") {
      text += node.value;
      return;
    }
    if (text) nodes.push({ type: "text", value: text });
    text = "";
    nodes.push(node);
  };
  let i = 0;
  let link: ReturnType<typeof readLink> = null;
  while (i < source.length) {
    const char = source[i]!;
    if (char === "\\" && ESCAPABLE.test(source[i + 1] ?? "")) {
      text += source[i + 1];
      i += 2;
    } else if (char === "`") {
      let run = 1;
      while (source[i + run] === "`") run += 1;
      const fence = "`".repeat(run);
      const close = source.indexOf(fence, i + run);
      if (close === -1) {
        text += fence;
        i += run;
      } else {
        const code = source.slice(i + run, close);
        push({ type: "code", value: /^ .*[^ ].* $/.test(code) ? code.slice(1, -1) : code });
        i = close + run;
      }
    } else if (char === "[" && depth < MAX_DEPTH && (link = readLink(scan, i))) {
      const children = parseInline(link.label, depth + 1);
      const href = safeHref(link.href);
      // An unsafe destination loses its link, never its words.
      if (href) push({ type: "link", href, children });
      else for (const child of children) push(child);
      i = link.end;
    } else if ((char === "*" || char === "_") && depth < MAX_DEPTH) {
      const marker = source[i + 1] === char ? char + char : char;
      const close = findCloser(scan, i, marker);
      if (close === -1) {
        text += marker;
        i += marker.length;
      } else {
        const children = parseInline(source.slice(i + marker.length, close), depth + 1);
        push({ type: marker.length === 2 ? "strong" : "emphasis", children });
        i = close + marker.length;
      }
    } else {
      text += char;
      i += 1;
    }
  }
  if (text) nodes.push({ type: "text", value: text });
  return nodes;
}
