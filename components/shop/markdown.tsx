// Renders a parsed product description (lib/catalog/markdown). Every piece of text goes through
// React, which escapes it; links carry only destinations safeHref accepted. Headings are shifted
// so the description's top level becomes `headingLevel`, keeping the page's outline in order.
import type { ReactNode } from "react";
import type { MarkdownBlock, MarkdownInline } from "@/lib/catalog";

export interface MarkdownProps {
  blocks: MarkdownBlock[];
  /** The level the description's biggest heading should have (2 under the page's h1). */
  headingLevel?: 2 | 3 | 4;
  className?: string;
}

function Inline({ nodes }: { nodes: MarkdownInline[] }): ReactNode {
  return nodes.map((node, index) => {
    switch (node.type) {
      case "text":
        return node.value;
      case "strong":
        return (
          <strong key={index}>
            <Inline nodes={node.children} />
          </strong>
        );
      case "emphasis":
        return (
          <em key={index}>
            <Inline nodes={node.children} />
          </em>
        );
      case "code":
        return (
          <code key={index} className="rounded bg-paper-soft px-1 font-mono text-[0.9em]">
            {node.value}
          </code>
        );
      case "link": {
        const external = /^https?:/i.test(node.href);
        return (
          <a
            key={index}
            href={node.href}
            className="text-brand underline underline-offset-2"
            {...(external ? { rel: "nofollow noopener noreferrer" } : {})}
          >
            <Inline nodes={node.children} />
          </a>
        );
      }
    }
  });
}

const headingTags = ["h2", "h3", "h4", "h5", "h6"] as const;
const headingStyles = [
  "text-xl font-bold",
  "text-lg font-semibold",
  "text-base font-semibold",
  "text-sm font-semibold",
  "text-sm font-semibold",
];

export function Markdown({ blocks, headingLevel = 2, className = "" }: MarkdownProps) {
  const top = Math.min(...blocks.flatMap((b) => (b.type === "heading" ? [b.level] : [])), 6);
  return (
    <div className={`flex flex-col gap-3 text-ink ${className}`}>
      {blocks.map((block, index) => {
        if (block.type === "paragraph")
          return (
            <p key={index} className="leading-relaxed">
              <Inline nodes={block.children} />
            </p>
          );
        if (block.type === "list") {
          const List = block.ordered ? "ol" : "ul";
          return (
            <List
              key={index}
              className={`flex flex-col gap-1 pl-5 ${block.ordered ? "list-decimal" : "list-disc"}`}
            >
              {block.items.map((item, i) => (
                <li key={i}>
                  <Inline nodes={item} />
                </li>
              ))}
            </List>
          );
        }
        const slot = Math.min(headingLevel - 2 + (block.level - top), headingTags.length - 1);
        const Heading = headingTags[slot]!;
        return (
          <Heading key={index} className={`mt-2 text-ink ${headingStyles[slot]}`}>
            <Inline nodes={block.children} />
          </Heading>
        );
      })}
    </div>
  );
}
