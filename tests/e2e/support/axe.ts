/** axe-core on a page of the site, as every accessibility check of the e2e tests runs it. */
import { AxeBuilder } from "@axe-core/playwright";
import type { Result } from "axe-core";
import type { Page } from "playwright-core";

/** One line per failing element: rule, impact, selector and axe's summary. */
function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}) ${n.target.join(" ")} — ${n.failureSummary?.replace(/\s+/g, " ")}`),
  );
}

/**
 * Every rule axe-core runs by default (WCAG A/AA, colour contrast, landmarks, heading order, best practice) on the
 * page as it is now: the failing elements, one line each (none: `[]`).
 *
 * Only violations are reported: skipping the details of passing nodes makes axe several times faster. axe runs in
 * the page itself (`axe.run`, the builder's legacy mode), not in each frame with the results merged in a blank page
 * afterwards: the site has no frames, and the merge took most of the time on the large pages (the pair picker:
 * 6–7 s instead of 2 s).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const frames = page.frames().length;
  if (frames > 1) throw new Error(`${page.url()} has ${frames - 1} frame(s), which axe's legacy mode does not check when cross-origin; use its per-frame run`);
  const results = await new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ["violations"] }).analyze();
  return describeViolations(results.violations);
}
