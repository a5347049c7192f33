/**
 * The comparison by topic in a real browser: every body paragraph of every report is on the page once, with
 * its text and its permalink; two columns side by side on a wide screen, stacked with city labels on a
 * phone; the topic navigation; the 2019/2020 filter; glossary terms with their definition on focus; shared
 * slogans marked; key figures linking to their source paragraphs.
 */
import { readFile, readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../src/lib/markdown/processor.ts";
import { readDocument, type ReportDocument } from "../../src/lib/report/document.ts";
import type { StoredFigure } from "../../src/lib/schema/figure.ts";
import { expectNoProblems, isInViewport, useSite } from "./helpers.ts";

const site = useSite();
const content = resolve(import.meta.dirname, "../../content");

async function documents(): Promise<ReportDocument[]> {
  const files = (await readdir(join(content, "reports"))).filter((f) => f.endsWith(".md"));
  return Promise.all(
    files.map(async (f) => readDocument(parseMarkdown(await readFile(join(content, "reports", f), "utf8")))),
  );
}

async function figureUrls(): Promise<Set<string>> {
  const files = (await readdir(join(content, "indicators"))).filter((f) => f.endsWith(".json"));
  const lists = await Promise.all(
    files.map(
      async (f) => JSON.parse(await readFile(join(content, "indicators", f), "utf8")).figures as StoredFigure[],
    ),
  );
  return new Set(lists.flat().map((f) => f.url));
}

/** Every paragraph shown in full: its permalink and its text without the permalink and the hidden tooltips. */
function shownParagraphs(page: Page) {
  return page.locator(".cmp-para").evaluateAll((els) =>
    els.map((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      const link = copy.querySelector(".cmp-permalink");
      const href = link?.getAttribute("href") ?? "";
      link?.remove();
      for (const tip of copy.querySelectorAll(".term-tip")) tip.remove();
      return { href, text: (copy.textContent ?? "").trim() };
    }),
  );
}

/** Whether each element matching `selector` is rendered (not hidden by the filter). */
const shown = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((e) => e.checkVisibility()));

describe("/compare/", () => {
  it("shows every body paragraph of every report exactly once, with its text and its permalink", async () => {
    const docs = await documents();
    expect(docs.length).toBeGreaterThanOrEqual(2);
    const opened = await site.openPage("/compare/");
    const paragraphs = await shownParagraphs(opened.page);
    const expected = docs.flatMap((d) =>
      d.paragraphs
        .filter((p) => p.kind !== "glossary")
        .map((p) => ({ href: `/reports/${d.meta.id}/#${p.id}`, text: p.text })),
    );
    const byHref = (a: { href: string }, b: { href: string }) => a.href.localeCompare(b.href);
    expect([...paragraphs].sort(byHref)).toEqual([...expected].sort(byHref));
    expectNoProblems(opened);
    await opened.close();
  });

  it("holds both cities in at least 8 topics, and each topic shows a column for each city", async () => {
    const opened = await site.openPage("/compare/");
    const topics = await opened.page.locator("section.cmp-topic").evaluateAll((sections) =>
      sections.map((s) => ({
        id: s.id,
        columns: [...s.querySelectorAll(".cmp-col")].map((c) => c.querySelectorAll(".cmp-para").length),
      })),
    );
    expect(topics.length).toBeGreaterThanOrEqual(11);
    for (const t of topics) expect(t.columns).toHaveLength(2);
    const both = topics.filter((t) => t.id !== "topic-other" && t.columns.every((n) => n > 0));
    expect(both.length).toBeGreaterThanOrEqual(8);
    await opened.close();
  });

  it("puts the two cities side by side at 1280 px, their 2019 reviews level with each other", async () => {
    const opened = await site.openPage("/compare/#topic-economy", { width: 1280 });
    const section = opened.page.locator("#topic-economy");
    const [a, b] = await section
      .locator(".cmp-col")
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
    expect(a!.top).toBeCloseTo(b!.top, 0);
    expect(a!.right).toBeLessThanOrEqual(b!.left);
    const reviews = await section
      .locator(".cmp-cell--review h4")
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    expect(reviews[0]).toBeCloseTo(reviews[1]!, 0);
    await opened.close();
  });

  it("stacks the cities at 360 px with a city label on every part, without horizontal overflow", async () => {
    const opened = await site.openPage("/compare/#topic-economy", { width: 360, height: 740 });
    const { page } = opened;
    const [a, b] = await page
      .locator("#topic-economy .cmp-col")
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
    expect(b!.top).toBeGreaterThanOrEqual(a!.bottom);
    const labels = await page.locator("#topic-economy .cmp-cell h4").allInnerTexts();
    expect(labels.length).toBe(4);
    for (const l of labels) expect(l).toMatch(/^(中卫市|石嘴山市) · 20\d\d年/);
    const size = await page.evaluate(() => ({
      scroll: document.scrollingElement?.scrollWidth ?? 0,
      inner: innerWidth,
    }));
    expect(size.scroll).toBeLessThanOrEqual(size.inner);
    await opened.close();
  });

  it("has a topic navigation whose links reach each topic, by pointer and by keyboard", async () => {
    const opened = await site.openPage("/compare/");
    const { page } = opened;
    const nav = page.getByRole("navigation", { name: "主题" });
    const hrefs = await nav.getByRole("link").evaluateAll((els) => els.map((e) => e.getAttribute("href")));
    const ids = await page.locator("section.cmp-topic").evaluateAll((els) => els.map((e) => `#${e.id}`));
    expect(hrefs).toEqual(ids);
    await nav.getByRole("link", { name: /生态环境保护/ }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe("#topic-ecology");
    await expect.poll(() => isInViewport(page.locator("#topic-ecology h2"))).toBe(true);
    const culture = nav.getByRole("link", { name: /文化与体育/ });
    await culture.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => location.hash)).toBe("#topic-culture");
    await expect.poll(() => isInViewport(page.locator("#topic-culture h2"))).toBe(true);
    await opened.close();
  });

  it("shows only the 2019 review or only the 2020 plan when asked, by pointer and by keyboard", async () => {
    const opened = await site.openPage("/compare/");
    const { page } = opened;
    const all = async (selector: string) => (await shown(page, selector)).every(Boolean);
    const none = async (selector: string) => !(await shown(page, selector)).some(Boolean);
    expect(await all(".cmp-cell--review")).toBe(true);
    expect(await all(".cmp-cell--plan")).toBe(true);
    await page.getByText("只看2019年回顾").click();
    expect(await all(".cmp-cell--review")).toBe(true);
    expect(await none(".cmp-cell--plan")).toBe(true);
    expect(await none(".cmp-cell--opening")).toBe(true);
    await page.getByText("只看2020年计划").click();
    expect(await none(".cmp-cell--review")).toBe(true);
    expect(await all(".cmp-cell--plan")).toBe(true);
    await page.getByRole("radio", { name: "两年都看" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.getByRole("radio", { name: "只看2019年回顾" }).isChecked()).toBe(true);
    expect(await none(".cmp-cell--plan")).toBe(true);
    const outline = await page.locator('label[for="show-review"]').evaluate((l) => getComputedStyle(l).outlineStyle);
    expect(outline).not.toBe("none");
    await opened.close();
  });

  it("links glossary terms in both columns and shows the definition on keyboard focus", async () => {
    const opened = await site.openPage("/compare/#topic-other");
    const { page } = opened;
    for (const city of ["zhongwei", "shizuishan"]) {
      const term = page.locator(`.cmp-col.city-${city} a.term`).first();
      expect(await term.getAttribute("href")).toMatch(/^\/glossary\/#[a-z0-9-]+-g\d+$/);
      const tip = page.locator(`[id="${await term.getAttribute("aria-describedby")}"]`);
      expect(await tip.isVisible()).toBe(false);
      await term.focus();
      expect(await tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toMatch(/：/);
      await page.keyboard.press("Shift+Tab");
      expect(await tip.isVisible()).toBe(false);
    }
    await opened.close();
  });

  it("marks the slogans both cities use, in both columns", async () => {
    const opened = await site.openPage("/compare/");
    const marked = await opened.page
      .locator("section.cmp-topic")
      .evaluateAll((sections) =>
        sections.map((s) =>
          [...s.querySelectorAll(".cmp-col")].map(
            (c) => c.querySelectorAll(".cmp-para mark.shared, .cmp-para .term.shared").length,
          ),
        ),
      );
    expect(marked.filter((cols) => cols.every((n) => n > 0)).length).toBeGreaterThan(0);
    await opened.close();
  });

  it("links every key figure to the paragraph it is quoted from", async () => {
    const urls = await figureUrls();
    const opened = await site.openPage("/compare/");
    const hrefs = await opened.page
      .locator(".cmp-fig a")
      .evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""));
    if (urls.size === 0) expect(hrefs).toEqual([]);
    else expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(urls.has(href), href).toBe(true);
    await opened.close();
  });
});
