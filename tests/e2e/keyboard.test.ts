/**
 * Keyboard-only use (the skip link of every page is checked with axe, in a11y.test.ts). On one page of
 * each template: the first Tab stops, from the top, start with the skip link, follow the document order
 * and each shows a visible focus indicator. In the reader: a table-of-contents link followed with Enter brings its heading into view and
 * moves the focus starting point there (the next Tab lands after the heading).
 */
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { expectNoProblems, useSite } from "./helpers.ts";
import { sitePages } from "./support/dist.ts";
import { onePerTemplate, pagesToCheck, settle } from "./support/pages.ts";

const site = useSite();
/** How many Tab stops after the skip link are checked on each page. */
const tabStops = 30;

/** What the keyboard focus is on. */
interface Focus {
  tag: string;
  label: string;
  href: string | null;
  /** Index in document order. */
  order: number;
  visible: boolean;
  indicator: boolean;
}

function focusOf(page: Page): Promise<Focus | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    return {
      tag: el.tagName.toLowerCase(),
      label: (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40),
      href: el.getAttribute("href"),
      order: [...document.querySelectorAll("*")].indexOf(el),
      visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
      indicator: outline || style.boxShadow !== "none",
    };
  });
}

describe("keyboard", async () => {
  const distDir = inject("distDir");
  const paths = await pagesToCheck(distDir);
  const readers = (await sitePages(distDir)).filter((p) => /^\/reports\/[^/]+\/$/.test(p));

  // Concurrent: each test opens its own context in the file's browser and uses the test's `expect`.
  describe.concurrent("one page per template", () => {
    it.for(onePerTemplate(paths))("%s: Tab stops follow the document order, each visibly focused", async (path, { expect }) => {
      const opened = await site.openPage(path);
      const { page } = opened;
      try {
        await settle(page);
        const out: string[] = [];
        let last = -1;
        let first: string | null | undefined;
        for (let i = 0; i < tabStops; i++) {
          await page.keyboard.press("Tab");
          const focus = await focusOf(page);
          if (!focus) break;
          first ??= focus.href;
          const name = `Tab stop ${i + 1} <${focus.tag}> “${focus.label}”`;
          if (focus.order <= last) out.push(`${name} comes before the previous stop in the document`);
          if (!focus.visible) out.push(`${name} is not visible`);
          if (!focus.indicator) out.push(`${name} shows no focus outline`);
          last = focus.order;
        }
        expect(last, "Tab reaches something").toBeGreaterThan(0);
        expect(first, "the first Tab stop").toBe("#main");
        expect(out).toEqual([]);
      } finally {
        await opened.close();
      }
    });
  });

  it("has reader pages to walk through", () => {
    expect(readers.length).toBeGreaterThan(0);
  });

  it.each(readers)("%s: a table-of-contents link followed with Enter moves to its heading", async (path) => {
    const opened = await site.openPage(path);
    const { page } = opened;
    const toc = page.getByRole("navigation", { name: "目录" });
    const links = toc.getByRole("link");
    expect(await links.count()).toBeGreaterThan(1);
    const target = links.nth(1);
    const href = (await target.getAttribute("href")) ?? "";
    expect(href).toMatch(/^#s-/);
    for (let i = 0; i < 60 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
    }
    expect(await target.evaluate((el) => el === document.activeElement), "the link is reachable with Tab").toBe(true);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(href);
    const heading = page.locator(href);
    expect(await heading.evaluate((el) => /^H[1-6]$/.test(el.tagName))).toBe(true);
    await expect.poll(() => heading.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    expect(await heading.evaluate((el) => el.getBoundingClientRect().top < innerHeight / 2)).toBe(true);
    await page.keyboard.press("Tab");
    const after = await page.evaluate((id) => {
      const h = document.getElementById(id);
      const a = document.activeElement;
      return !!h && !!a && (h.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    }, href.slice(1));
    expect(after, "the next Tab lands after the heading").toBe(true);
    expectNoProblems(opened);
    await opened.close();
  });
});
