// The product description reader: structure, inline markup, and what it refuses to produce.
import { describe, expect, it } from "vitest";
import { markdownToPlainText, parseInline, parseMarkdown, safeHref } from "./markdown";

const text = (value: string) => ({ type: "text", value });

describe("parseMarkdown blocks", () => {
  it("reads a seeded description: paragraph, heading and bullet list", () => {
    const blocks = parseMarkdown(
      "The **Tee** is soft.\nIt lasts.\n\n### Details\n\n- Made from cotton\n- Pre-shrunk\n",
    );
    expect(blocks).toEqual([
      {
        type: "paragraph",
        children: [
          text("The "),
          { type: "strong", children: [text("Tee")] },
          text(" is soft. It lasts."),
        ],
      },
      { type: "heading", level: 3, children: [text("Details")] },
      { type: "list", ordered: false, items: [[text("Made from cotton")], [text("Pre-shrunk")]] },
    ]);
  });

  it("reads ordered lists, continuation lines, closing #s and CRLF line ends", () => {
    const blocks = parseMarkdown("## Care ##\r\n1. Wash\r\n   cold\r\n2) Dry\r\n\r\n* a\n+ b");
    expect(blocks).toEqual([
      { type: "heading", level: 2, children: [text("Care")] },
      { type: "list", ordered: true, items: [[text("Wash cold")], [text("Dry")]] },
      { type: "list", ordered: false, items: [[text("a")], [text("b")]] },
    ]);
  });

  it("does not start a numbered list in the middle of a paragraph, and drops empty headings", () => {
    expect(parseMarkdown("Founded in\n2020. A good year.\n#\n####### seven")).toEqual([
      { type: "paragraph", children: [text("Founded in 2020. A good year.")] },
      { type: "paragraph", children: [text("####### seven")] },
    ]);
  });

  it("keeps raw HTML as text: rendering escapes it", () => {
    const blocks = parseMarkdown('<script>alert("x")</script>\n<img src=x onerror=alert(1)>');
    expect(blocks).toEqual([
      {
        type: "paragraph",
        children: [text('<script>alert("x")</script> <img src=x onerror=alert(1)>')],
      },
    ]);
  });
});

describe("parseInline", () => {
  it("reads emphasis, strong, code and escapes", () => {
    expect(parseInline("*a* _b_ **c** __d__ `e*f` \\*g\\*")).toEqual([
      { type: "emphasis", children: [text("a")] },
      text(" "),
      { type: "emphasis", children: [text("b")] },
      text(" "),
      { type: "strong", children: [text("c")] },
      text(" "),
      { type: "strong", children: [text("d")] },
      text(" "),
      { type: "code", value: "e*f" },
      text(" *g*"),
    ]);
  });

  it("nests emphasis inside strong", () => {
    expect(parseInline("**very *soft* cotton**")).toEqual([
      {
        type: "strong",
        children: [text("very "), { type: "emphasis", children: [text("soft")] }, text(" cotton")],
      },
    ]);
  });

  it("leaves unmatched markers, snake_case and spaced asterisks alone", () => {
    expect(parseInline("2 * 3 * 4, snake_case_name, **open, `tick, [label")).toEqual([
      text("2 * 3 * 4, snake_case_name, **open, `tick, [label"),
    ]);
  });

  it("keeps safe links and turns unsafe ones into their words", () => {
    expect(
      parseInline('[care](/pages/care "Care guide") and [mail](mailto:hi@shop.example.com)'),
    ).toEqual([
      { type: "link", href: "/pages/care", children: [text("care")] },
      text(" and "),
      { type: "link", href: "mailto:hi@shop.example.com", children: [text("mail")] },
    ]);
    expect(parseInline("[**x**](javascript:alert(1)) [y](<data:text/html,hi>)")).toEqual([
      { type: "strong", children: [text("x")] },
      text(" y"),
    ]);
    expect(parseInline("[w](https://en.wikipedia.org/wiki/Denim_(fabric))")).toEqual([
      { type: "link", href: "https://en.wikipedia.org/wiki/Denim_(fabric)", children: [text("w")] },
    ]);
  });
});

describe("safeHref", () => {
  it.each([
    "https://example.com/a?b=1#c",
    "http://example.com",
    "mailto:a@example.com",
    "/p/tee",
    "#details",
    "care-guide",
    "?page=2",
  ])("accepts %s", (href) => expect(safeHref(href)).toBe(href));
  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "java\tscript:alert(1)",
    " javascript:alert(1)",
    "\u0001javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "vbscript:msgbox",
    "//evil.example.com",
    "/\\evil.example.com",
    "https://exa mple.com",
    "https://",
    "",
  ])("refuses %j", (href) => expect(safeHref(href)).toBeNull());
});

describe("markdownToPlainText", () => {
  it("strips markup for meta descriptions", () => {
    expect(markdownToPlainText("The **Tee** is [soft](/x).\n\n### Details\n\n- A\n- B")).toBe(
      "The Tee is soft. Details A; B",
    );
  });
});

describe("hostile input", () => {
  it("stays fast on long runs of unmatched markers", () => {
    const inputs = [
      "*a ".repeat(7000),
      "_a ".repeat(7000),
      "[a](".repeat(5000),
      "**a".repeat(7000),
      `# x${" ".repeat(19_000)}y`,
      "`".repeat(20_000),
    ];
    for (const input of inputs) {
      const started = performance.now();
      parseMarkdown(input);
      expect(performance.now() - started).toBeLessThan(250);
    }
  });
});
