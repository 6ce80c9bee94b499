// Shared Playwright fixtures. Specs import { test, expect } from here, not from @playwright/test.
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;
type Violation = AxeResults["violations"][number];

const BLOCKING_IMPACTS = new Set(["serious", "critical"]);

function describeViolation(violation: Violation): string {
  const targets = violation.nodes
    .slice(0, 5)
    .map(
      (node) =>
        `      - ${node.target.join(" ")}\n        ${node.failureSummary?.split("\n").join("\n        ") ?? ""}`,
    )
    .join("\n");
  const more = violation.nodes.length > 5 ? `\n      … and ${violation.nodes.length - 5} more` : "";
  return `  [${violation.impact}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${targets}${more}`;
}

export interface AccessibilityOptions {
  /** Limit the scan to part of the page, e.g. "main". */
  include?: string;
  /** Rules to skip, each with a reason in the calling spec. */
  disableRules?: string[];
}

export interface Fixtures {
  /** Runs axe (WCAG 2.0 A/AA and 2.1 AA) and fails on any serious or critical violation. */
  expectAccessible: (page: Page, options?: AccessibilityOptions) => Promise<void>;
}

export const test = base.extend<Fixtures>({
  // Playwright requires the destructuring pattern; `provide` is its `use` (renamed so the React
  // hooks lint rule does not mistake it for React's use()).
  expectAccessible: async ({}, provide, testInfo) => {
    await provide(async (page, options = {}) => {
      let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
      if (options.include) builder = builder.include(options.include);
      if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
      const results = await builder.analyze();
      const blocking = results.violations.filter((v) => v.impact && BLOCKING_IMPACTS.has(v.impact));
      // Keep the full report with the test's results: minor issues are worth reading too.
      await testInfo.attach("axe-results.json", {
        body: JSON.stringify(results.violations, null, 2),
        contentType: "application/json",
      });
      expect(
        blocking,
        `Accessibility violations on ${page.url()}:\n${blocking.map(describeViolation).join("\n")}`,
      ).toEqual([]);
    });
  },
});

export { expect };
