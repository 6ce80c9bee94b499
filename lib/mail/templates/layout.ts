// One layout for every Cartwright mail, rendered twice: HTML (inline styles and a table, which
// mail clients still need) and plain text. Every value is escaped here, so templates pass
// plain strings and never build HTML themselves.
import type { RenderedEmail } from "../types";

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

export interface EmailContent {
  subject: string;
  /** Shown by mail clients beside the subject. */
  preheader: string;
  heading: string;
  paragraphs: string[];
  /** The main button, e.g. { label: "Reset your password", url }. */
  action?: { label: string; url: string };
  /** Label/value rows, e.g. an order's totals. */
  rows?: Array<{ label: string; value: string }>;
  /** Small print under the button. */
  footnote?: string;
}

const font = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

function htmlRows(rows: EmailContent["rows"]): string {
  if (!rows?.length) return "";
  const body = rows
    .map(
      (r) =>
        `<tr><td style="padding:4px 0;color:#4b5563">${escapeHtml(r.label)}</td><td style="padding:4px 0;text-align:right;color:#111827">${escapeHtml(r.value)}</td></tr>`,
    )
    .join("");
  return `<table role="presentation" width="100%" style="border-collapse:collapse;margin:16px 0">${body}</table>`;
}

export function renderEmail(content: EmailContent): RenderedEmail {
  const paragraphs = content.paragraphs
    .map((p) => `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(p)}</p>`)
    .join("");
  const action = content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="display:inline-block;background:#1d4ed8;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(content.action.label)}</a></p>` +
      `<p style="margin:0 0 16px;font-size:13px;color:#4b5563">Or paste this link into your browser: ${escapeHtml(content.action.url)}</p>`
    : "";
  const footnote = content.footnote
    ? `<p style="margin:16px 0 0;font-size:13px;color:#4b5563">${escapeHtml(content.footnote)}</p>`
    : "";
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;background:#f9fafb;${font};color:#111827">
<span style="display:none;max-height:0;overflow:hidden">${escapeHtml(content.preheader)}</span>
<table role="presentation" width="100%" style="border-collapse:collapse"><tr><td align="center" style="padding:24px">
<table role="presentation" width="560" style="max-width:560px;border-collapse:collapse;background:#ffffff;border:1px solid #e5e7eb;border-radius:12px"><tr><td style="padding:32px">
<p style="margin:0 0 24px;font-weight:700;font-size:18px">Cartwright</p>
<h1 style="margin:0 0 16px;font-size:22px">${escapeHtml(content.heading)}</h1>
${paragraphs}${htmlRows(content.rows)}${action}${footnote}
</td></tr></table></td></tr></table></body></html>`;

  const text = [
    content.heading,
    "",
    ...content.paragraphs.flatMap((p) => [p, ""]),
    ...(content.rows?.length ? [...content.rows.map((r) => `${r.label}: ${r.value}`), ""] : []),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ""] : []),
    ...(content.footnote ? [content.footnote, ""] : []),
    "— Cartwright",
  ].join("\n");
  return { subject: content.subject, html, text };
}
