// A deliberately small Markdown reader for product descriptions: paragraphs, headings, lists,
// **strong**, *emphasis*, `code` and [links](https://…). It returns a tree of plain objects,
// never HTML: components render it with React, which escapes every piece of text, so raw HTML
// in a description shows up as text. Links keep only safe destinations (see safeHref).
// Inline markup and link checks live in markdown-inline.ts.
import { parseInline, type MarkdownInline } from "./markdown-inline";

export { parseInline, safeHref } from "./markdown-inline";
export type { MarkdownInline } from "./markdown-inline";

export type MarkdownBlock =
  | { type: "paragraph"; children: MarkdownInline[] }
  | { type: "heading"; level: number; children: MarkdownInline[] }
  | { type: "list"; ordered: boolean; items: MarkdownInline[][] };

/** Descriptions longer than this are cut: a product page is not a book. */
export const MAX_MARKDOWN_LENGTH = 20_000;

const HEADING = /^ {0,3}(#{1,6})(?:[ \t](.*))?$/;
const BULLET = /^ {0,3}[-*+][ \t]+(.*)$/;
const NUMBERED = /^ {0,3}\d{1,9}[.)][ \t]+(.*)$/;

/** "Details ##" → "Details": a closing run of #s is decoration (done by hand: no backtracking). */
function headingText(raw: string): string {
  const text = raw.trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === "#") end -= 1;
  if (end === text.length) return text;
  return end === 0 || /[ \t]/.test(text[end - 1]!) ? text.slice(0, end).trim() : text;
}

export function parseMarkdown(source: string): MarkdownBlock[] {
  const lines = source.slice(0, MAX_MARKDOWN_LENGTH).replace(/\r\n?/g, "\n").split("\n");
  const blocks: MarkdownBlock[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;

  const flush = () => {
    if (paragraph.length > 0)
      blocks.push({ type: "paragraph", children: parseInline(paragraph.join(" ")) });
    if (list)
      blocks.push({
        type: "list",
        ordered: list.ordered,
        items: list.items.map((item) => parseInline(item)),
      });
    paragraph = [];
    list = null;
  };

  for (const line of lines) {
    if (line.trim() === "") {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({
        type: "heading",
        level: heading[1]!.length,
        children: parseInline(headingText(heading[2] ?? "")),
      });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet ?? numbered;
    // A numbered line only starts a list at a paragraph break, as in CommonMark ("2020. A year").
    if (item && (paragraph.length === 0 || bullet)) {
      const ordered = numbered !== null;
      if (!list || list.ordered !== ordered || paragraph.length > 0) flush();
      list ??= { ordered, items: [] };
      list.items.push(item[1]!.trim());
      continue;
    }
    if (list) {
      // A following line that is not a new item continues the last one.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    paragraph.push(line.trim());
  }
  flush();
  return blocks.filter((block) => block.type !== "heading" || block.children.length > 0);
}

/** The text of a description without its markup: for meta descriptions and JSON-LD. */
export function markdownToPlainText(source: string): string {
  const text = (nodes: MarkdownInline[]): string =>
    nodes.map((node) => ("children" in node ? text(node.children) : node.value)).join("");
  return parseMarkdown(source)
    .map((block) =>
      block.type === "list" ? block.items.map(text).join("; ") : text(block.children),
    )
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}
