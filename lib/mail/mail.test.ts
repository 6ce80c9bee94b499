// The mail module: files in the dev folder, escaping in templates, refusal of bad messages.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import {
  fileTransport,
  memoryTransport,
  passwordResetEmail,
  renderEmail,
  sendMail,
  setMailTransport,
} from "@/lib/mail";

const dirs: string[] = [];
afterEach(() => setMailTransport(null));
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe("file transport", () => {
  it("writes .eml, .json and .html for each mail", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "cw-mail-"));
    dirs.push(dir);
    setMailTransport(fileTransport(dir));
    const sent = await sendMail({
      to: "shopper@example.com",
      ...passwordResetEmail({
        name: "Ada",
        url: "https://shop.example.com/r?token=abc",
        expiresInMinutes: 60,
      }),
    });
    const files = (await readdir(dir)).sort();
    expect(files).toHaveLength(3);
    expect(files.map((f) => path.extname(f)).sort()).toEqual([".eml", ".html", ".json"]);
    expect(sent.path).toBe(
      path.join(
        dir,
        files.find((f) => f.endsWith(".eml"))!,
      ),
    );
    const json = JSON.parse(
      await readFile(
        path.join(
          dir,
          files.find((f) => f.endsWith(".json"))!,
        ),
        "utf8",
      ),
    );
    expect(json).toMatchObject({
      to: "shopper@example.com",
      subject: "Reset your Cartwright password",
    });
    expect(json.text).toContain("https://shop.example.com/r?token=abc");
    const eml = await readFile(sent.path!, "utf8");
    expect(eml).toMatch(/^To: shopper@example\.com$/m);
    expect(eml).toMatch(/^Subject: Reset your Cartwright password$/m);
    expect(eml).toContain("multipart/alternative");
  });
});

describe("sendMail", () => {
  it("refuses a bad recipient or a subject that could inject headers, and sends nothing", async () => {
    const memory = memoryTransport();
    setMailTransport(memory);
    const base = { html: "<p>x</p>", text: "x" };
    await expect(sendMail({ to: "not-an-address", subject: "Hi", ...base })).rejects.toThrow();
    await expect(
      sendMail({ to: "a@example.com", subject: "Hi\r\nBcc: victim@example.com", ...base }),
    ).rejects.toThrow();
    expect(memory.sent).toHaveLength(0);
    await sendMail({ to: "a@example.com", subject: "Hi", ...base });
    expect(memory.sent).toHaveLength(1);
  });
});

describe("renderEmail", () => {
  it("escapes every value in the HTML and keeps the text readable", () => {
    const mail = renderEmail({
      subject: "Order <1001>",
      preheader: "x",
      heading: "Thanks <b>you</b>",
      paragraphs: ['He said "hi" & left'],
      action: { label: "View", url: 'https://shop.example.com/o?a=1&b="2"' },
      rows: [{ label: "Total", value: "$10.00" }],
    });
    expect(mail.html).not.toContain("<b>you</b>");
    expect(mail.html).toContain("Thanks &lt;b&gt;you&lt;/b&gt;");
    expect(mail.html).toContain("He said &quot;hi&quot; &amp; left");
    expect(mail.html).toContain('href="https://shop.example.com/o?a=1&amp;b=&quot;2&quot;"');
    expect(mail.text).toContain("Thanks <b>you</b>");
    expect(mail.text).toContain("Total: $10.00");
    expect(mail.text).toContain('View: https://shop.example.com/o?a=1&b="2"');
  });
});
