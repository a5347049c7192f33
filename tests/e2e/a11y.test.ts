/**
 * axe-core with zero violations of any rule it runs by default (WCAG A/AA, colour contrast, landmarks,
 * heading order and the best-practice rules): at 1280 px on every page of the built site (an even sample of the
 * templates with many pages) and on the search page with results shown, and at 360 px on one page of each template
 * of the Chinese edition. The desktop visit also checks the
 * skip link (the first Tab stop, visible when focused; Enter on it focuses <main>) and fails on console
 * errors and failed or outside requests (the crawl covers the phone width).
 */
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { expectNoProblems, isInViewport, useSite } from "./helpers.ts";
import { axeViolations } from "./support/axe.ts";
import { onePerTemplate, pagesToCheck, sampleOfTemplates, settle } from "./support/pages.ts";
import { langOfPath, LOCALES, type Lang } from "../../src/i18n/config.ts";

const site = useSite();
/** axe on the largest pages (thousands of elements) takes tens of seconds on a busy machine. */
const axeTimeout = 180_000;
/**
 * Pages of one template checked at 1280 px: every page of a template with at most this many, an even sample of the
 * larger ones (readers, compare pairs, indicator pages, tracker places), which share their markup and differ only
 * in data: the first, the last and evenly between; html-validate, the link check and the crawl still visit every
 * page. The English edition renders the same components, so a smaller sample of its templates suffices. axe takes
 * seconds a page, tens on the largest: this keeps the whole CI within about ten minutes.
 */
const perTemplate: Record<Lang, number> = { "zh-CN": 4, en: 2 };

/** Tabs once from the top and follows the first link: what was focused, and what is focused after Enter. */
async function skipLink(page: Page): Promise<{ href: string | null; shown: boolean; focusedAfter: string | null }> {
  await page.keyboard.press("Tab");
  const focused = page.locator(":focus");
  const href = await focused.getAttribute("href").catch(() => null);
  const shown = href !== null && (await isInViewport(focused));
  await page.keyboard.press("Enter");
  const focusedAfter = await page.evaluate(() => document.activeElement?.id ?? null);
  return { href, shown, focusedAfter };
}

describe("accessibility (axe-core)", async () => {
  const paths = await pagesToCheck(inject("distDir"));
  const desktop = LOCALES.flatMap((lang) =>
    sampleOfTemplates(
      paths.filter((p) => langOfPath(p) === lang),
      perTemplate[lang],
    ),
  ).map((path) => ({ path, width: 1280 }));
  // At phone width, one page of each template of the Chinese edition: the English pages have the same layout.
  const phone = onePerTemplate(paths.filter((p) => langOfPath(p) === "zh-CN")).map((path) => ({ path, width: 360 }));

  it("checks the home page and every template", () => {
    expect(paths).toContain("/");
    expect(phone.length).toBeGreaterThan(0);
  });

  // Concurrent: each test opens its own context in the file's browser and uses the test's `expect`.
  describe.concurrent("zero violations", () => {
    it.for([...desktop, ...phone])("$path at $width px", { timeout: axeTimeout }, async ({ path, width }, { expect }) => {
      const opened = await site.openPage(path, { width });
      try {
        await settle(opened.page);
        expect(await axeViolations(opened.page)).toEqual([]);
        if (width === 1280) {
          expect(await skipLink(opened.page), "skip link: first Tab stop, visible, focuses <main>").toEqual({
            href: "#main",
            shown: true,
            focusedAfter: "main",
          });
          expectNoProblems(opened);
        }
      } finally {
        await opened.close();
      }
    });
  });
});
