/**
 * Keyboard-only use. On every page: the first Tab reaches the skip link, which is then visible; Enter on
 * it moves focus to <main>; the next Tab stops follow the document order and each shows a visible focus
 * indicator. In the reader: a table-of-contents link followed with Enter brings its heading into view and
 * moves the focus starting point there (the next Tab lands after the heading).
 */
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { expectNoProblems, mapLimit, useSite } from "./helpers.ts";
import { sitePages } from "./support/dist.ts";
import { pagesToCheck, settle } from "./support/pages.ts";

const site = useSite();
/** How many Tab stops after the skip link are checked on each page. */
const tabStops = 25;

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

  it("every page: skip link first, Enter focuses <main>, then visible focus in document order", async () => {
    const failures = await mapLimit(paths, 3, async (path) => {
      const opened = await site.openPage(path);
      const { page } = opened;
      const out: string[] = [];
      try {
        await settle(page);
        await page.keyboard.press("Tab");
        const skip = await focusOf(page);
        if (skip?.href !== "#main") return [`${path}: the first Tab stop is ${JSON.stringify(skip)}, not a skip link to #main`];
        if (!skip.visible || !skip.indicator) out.push(`${path}: the focused skip link is not visible with a focus indicator`);
        await page.keyboard.press("Enter");
        const main = await page.evaluate(() => ({ hash: location.hash, active: document.activeElement?.id ?? null }));
        if (main.active !== "main") out.push(`${path}: Enter on the skip link focuses #${main.active}, not <main id="main">`);
        let last = -1;
        for (let i = 0; i < tabStops; i++) {
          await page.keyboard.press("Tab");
          const focus = await focusOf(page);
          if (!focus) break;
          const name = `${path}: Tab stop ${i + 1} <${focus.tag}> “${focus.label}”`;
          if (focus.order <= last) out.push(`${name} comes before the previous stop in the document`);
          if (!focus.visible) out.push(`${name} is not visible`);
          if (!focus.indicator) out.push(`${name} shows no focus outline`);
          last = focus.order;
        }
        expectNoProblems(opened);
      } finally {
        await opened.close();
      }
      return out;
    });
    expect(failures.flat()).toEqual([]);
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
