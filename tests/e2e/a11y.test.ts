/**
 * axe-core on every page of the built site (and the search page with results shown), on a desktop and a
 * phone viewport: zero violations of any rule axe runs by default (WCAG A/AA, colour contrast, landmarks,
 * heading order and the best-practice rules).
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { Result } from "axe-core";
import { describe, expect, inject, it } from "vitest";
import { mapLimit, useSite } from "./helpers.ts";
import { pagesToCheck, settle } from "./support/pages.ts";

const site = useSite();
const widths = [1280, 360];

/** One line per failing element: rule, impact, selector and axe's summary. */
function describeViolations(path: string, width: number, violations: Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${path} @${width}px: ${v.id} (${v.impact}) ${n.target.join(" ")} — ${n.failureSummary?.replace(/\s+/g, " ")}`),
  );
}

describe("accessibility (axe-core)", async () => {
  const paths = await pagesToCheck(inject("distDir"));

  it("checks at least the home page", () => {
    expect(paths).toContain("/");
  });

  it.each(widths)("every page has zero violations at %i px", async (width) => {
    const lines = await mapLimit(paths, 3, async (path) => {
      const opened = await site.openPage(path, { width });
      try {
        await settle(opened.page);
        const results = await new AxeBuilder({ page: opened.page }).analyze();
        return describeViolations(path, width, results.violations);
      } finally {
        await opened.close();
      }
    });
    expect(lines.flat()).toEqual([]);
  });
});
