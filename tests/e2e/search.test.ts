/**
 * The search page in a real browser, against the built site: `?q=` runs on load and shows the same hits
 * in the same order as the search over the shipped index; typing updates the results, the live status and
 * the URL; the place, year and part filters narrow the results and go into the URL; each result names
 * its place and year; words in another order are found after the exact matches; 十四五 finds the 2021
 * reports; a shared URL reproduces the search; `/` and the arrow keys move between the box and the results, Enter opens one; the header's box
 * leads here; axe finds nothing with results shown. The English page (/en/search/) runs the same index:
 * English words (GDP, unemployment, retail sales) find the reports' Chinese wording and say so, `?q=` works
 * without typing, results name places, years and parts in English and link to the English reader, the
 * reports' text is marked as Chinese, and nothing else on it is Chinese.
 */
import { axeViolations } from "./support/axe.ts";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { SearchCorpus } from "../../src/lib/search/corpus.ts";
import type { Manifest, Shard } from "../../src/lib/search/format.ts";
import { parseQuery } from "../../src/lib/search/query.ts";
import { search, type SearchFilters } from "../../src/lib/search/search.ts";
import { compileSynonyms } from "../../src/lib/search/synonyms.ts";
import { localePath } from "../../src/i18n/config.ts";
import { RESULTS_PER_PAGE } from "../../src/scripts/search/render.ts";
import { chineseOutsideZh } from "./support/english.ts";
import { expectNoProblems, isInViewport, useSite } from "./helpers.ts";

const site = useSite();
const distDir = inject("distDir");

/** The search over the index files the site ships, run in Node: the first page of it is what the page must show. */
async function shippedSearch(): Promise<(q: string, filters?: SearchFilters) => string[]> {
  const manifest = JSON.parse(await readFile(join(distDir, "search/manifest.json"), "utf8")) as Manifest;
  const corpus = new SearchCorpus();
  for (const [i, entry] of manifest.shards.entries()) {
    const file = join(distDir, new URL(entry.url, "http://x").pathname);
    corpus.add(JSON.parse(await readFile(file, "utf8")) as Shard, i);
  }
  const rules = compileSynonyms(manifest.synonyms);
  return (q, filters) => search(corpus, parseQuery(q, rules), filters).hits.map((h) => h.item.url);
}

/** The results shown before "show more". */
function firstPage(urls: string[]): string[] {
  return urls.slice(0, RESULTS_PER_PAGE);
}

/** The result links on the page. */
const links = (page: Page) => page.locator("#search-results > li > a");

/** The hrefs of the results, in order. */
function hrefs(page: Page): Promise<string[]> {
  return links(page).evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
}

/** Waits until every shard of the index is loaded and searched. */
async function indexLoaded(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName("search:index-loaded").length > 0, undefined, {
    timeout: 30_000,
  });
}

/** Waits until the page's URL has the given query string parameters. */
async function urlHas(page: Page, params: Record<string, string>): Promise<void> {
  await page.waitForFunction(
    (want) => Object.entries(want).every(([k, v]) => new URLSearchParams(location.search).get(k) === v),
    params,
    { timeout: 20_000 },
  );
}

const PERMALINK = /^\/reports\/[a-z]+-\d{4}\/#[ps]-[\d-]+$|^\/glossary\/#[a-z0-9-]+$/;

describe("search page", async () => {
  const expected = await shippedSearch();

  it("runs ?q= on load: best first, each result a link to its permalink with report, section path and marked snippet", async () => {
    const opened = await site.openPage(`/search/?q=${encodeURIComponent("幼儿园")}`);
    const { page } = opened;
    try {
      await indexLoaded(page);
      const want = expected("幼儿园");
      expect(want.length).toBeGreaterThan(2);
      expect(await hrefs(page)).toEqual(firstPage(want));
      for (const href of await hrefs(page)) expect(href).toMatch(PERMALINK);
      await expect.poll(() => page.locator("#search-status").textContent()).toBe(`找到 ${want.length} 条结果。`);
      const first = page.locator("#search-results > li").first();
      const places = JSON.parse(await readFile(join(distDir, "search/manifest.json"), "utf8")) as Manifest;
      expect(places.places.map((p) => p.name)).toContain(await first.locator(".search-result__report").textContent());
      const firstReport = /\/reports\/[a-z]+-(\d{4})\//.exec(want[0] ?? "")?.[1];
      if (firstReport) expect(await first.locator(".search-result__year").textContent()).toBe(`${firstReport}年报告`);
      expect((await first.locator(".search-result__path").textContent())?.length).toBeGreaterThan(2);
      for (const mark of await page.locator("#search-results mark").allTextContents()) expect(mark).toBe("幼儿园");
      // A mark at least in every result shown (the first page of them).
      expect(await page.locator("#search-results mark").count()).toBeGreaterThanOrEqual(firstPage(want).length);
      expectNoProblems(opened);
    } finally {
      await opened.close();
    }
  });

  it("updates the results, the live status and the URL as you type", async () => {
    const opened = await site.openPage("/search/");
    const { page } = opened;
    try {
      await indexLoaded(page);
      // The list says it is busy until every shard is in, then that its results are final.
      expect(await page.locator("#search-results").getAttribute("aria-busy")).toBe("false");
      const box = page.getByLabel("搜索报告的段落、标题和术语");
      await box.pressSequentially("养老");
      await expect.poll(() => hrefs(page)).toEqual(firstPage(expected("养老")));
      await urlHas(page, { q: "养老" });
      await box.pressSequentially(" 保险");
      await expect.poll(() => hrefs(page)).toEqual(firstPage(expected("养老 保险")));
      expect(expected("养老 保险").length).toBeLessThan(expected("养老").length);
      await urlHas(page, { q: "养老 保险" });

      await box.fill("");
      await box.pressSequentially("幼儿圆");
      await expect
        .poll(() => page.locator("#search-status").textContent())
        .toMatch(/没有完全匹配“幼儿圆”的内容，以下 \d+ 条是相近的结果/);
      expect(await hrefs(page)).toEqual(firstPage(expected("幼儿圆")));

      await box.fill("冰淇淋");
      await expect.poll(() => page.locator("#search-status").textContent()).toBe("没有找到“冰淇淋”。");
      expect(await links(page).count()).toBe(0);
      expect(await page.locator("#search-results").isHidden()).toBe(true);

      await box.fill("GDP");
      await expect.poll(() => page.locator("#search-also").textContent()).toBe("同时搜索了：地区生产总值");
      expect(await hrefs(page)).toEqual(firstPage(expected("GDP")));
      expectNoProblems(opened);
    } finally {
      await opened.close();
    }
  });

  it("shows a page of results at a time, and more on request", async () => {
    const opened = await site.openPage(`/search/?q=${encodeURIComponent("发展")}`);
    const { page } = opened;
    try {
      await indexLoaded(page);
      const want = expected("发展");
      expect(want.length).toBeGreaterThan(2 * RESULTS_PER_PAGE);
      expect(await hrefs(page)).toEqual(want.slice(0, RESULTS_PER_PAGE));
      await expect.poll(() => page.locator("#search-status").textContent()).toBe(`找到 ${want.length} 条结果。`);
      const more = page.getByRole("button", { name: /显示更多结果/ });
      expect(await more.textContent()).toBe(`显示更多结果（还有 ${want.length - RESULTS_PER_PAGE} 条）`);
      await more.click();
      expect(await hrefs(page)).toEqual(want.slice(0, 2 * RESULTS_PER_PAGE));
      expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe(want[RESULTS_PER_PAGE]);
      expectNoProblems(opened);
    } finally {
      await opened.close();
    }
  });

  it("filters by place, year and part, and puts the filters in the URL", async () => {
    const opened = await site.openPage(`/search/?q=${encodeURIComponent("就业")}`);
    const { page } = opened;
    try {
      await indexLoaded(page);
      expect(await hrefs(page)).toEqual(firstPage(expected("就业")));
      await page.getByLabel("地区").selectOption({ label: "中卫市" });
      await urlHas(page, { q: "就业", place: "zhongwei" });
      const zhongwei = expected("就业", { place: "zhongwei", year: null, period: null });
      expect(await hrefs(page)).toEqual(firstPage(zhongwei));
      expect(zhongwei.every((h) => h.includes("zhongwei"))).toBe(true);
      await page.getByLabel("年份").selectOption({ label: "2021年报告" });
      await urlHas(page, { q: "就业", place: "zhongwei", year: "2021" });
      const year = expected("就业", { place: "zhongwei", year: 2021, period: null });
      expect(year.length).toBeLessThan(zhongwei.length);
      expect(year.every((h) => h.includes("zhongwei-2021"))).toBe(true);
      expect(await hrefs(page)).toEqual(firstPage(year));
      await page.getByLabel("部分").selectOption("plan");
      await urlHas(page, { q: "就业", place: "zhongwei", year: "2021", part: "plan" });
      const plan = expected("就业", { place: "zhongwei", year: 2021, period: "plan" });
      expect(plan.length).toBeLessThan(year.length);
      expect(await hrefs(page)).toEqual(firstPage(plan));
      await expect.poll(() => page.locator("#search-status").textContent()).toMatch(/筛选排除了 \d+ 条/);
      for (const t of await page.locator(".search-result__year").allTextContents()) expect(t).toBe("2021年报告");
      expectNoProblems(opened);
    } finally {
      await opened.close();
    }
  });

  it("finds the 2021 reports for 十四五, each result naming its place and year, and the year filter narrows it", async () => {
    const opened = await site.openPage(`/search/?q=${encodeURIComponent("十四五")}`, { width: 360 });
    const { page } = opened;
    try {
      await indexLoaded(page);
      const want = expected("十四五");
      expect(await hrefs(page)).toEqual(firstPage(want));
      const manifest = JSON.parse(await readFile(join(distDir, "search/manifest.json"), "utf8")) as Manifest;
      const reports2021 = manifest.shards.filter((s) => s.year === 2021).map((s) => s.id);
      for (const id of reports2021) expect(want.some((u) => u.startsWith(`/reports/${id}/`)), id).toBe(true);
      const items = page.locator("#search-results > li");
      for (let i = 0; i < (await items.count()); i++) {
        expect(await items.nth(i).locator(".search-result__report").textContent()).toBeTruthy();
        expect(await items.nth(i).locator(".search-result__year").textContent()).toMatch(/^\d{4}年报告$/);
      }
      await page.getByLabel("年份").selectOption("2021");
      await urlHas(page, { q: "十四五", year: "2021" });
      const narrowed = expected("十四五", { place: null, year: 2021, period: null });
      expect(narrowed.length).toBeLessThan(want.length);
      await expect.poll(() => hrefs(page)).toEqual(firstPage(narrowed));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      // Each filter shows its chosen option whole: the text's width and the arrow's room fit in the box.
      await page.getByLabel("地区").selectOption({ index: 1 });
      const cut = await page.locator(".search-filters select").evaluateAll((selects) =>
        (selects as HTMLSelectElement[]).flatMap((select) => {
          const probe = document.createElement("span");
          probe.style.font = getComputedStyle(select).font;
          probe.style.position = "absolute";
          probe.style.whiteSpace = "nowrap";
          probe.textContent = select.selectedOptions[0]!.textContent;
          document.body.append(probe);
          const text = probe.getBoundingClientRect().width;
          probe.remove();
          return text + 28 > select.clientWidth ? [`${select.name}: “${probe.textContent}” ${Math.round(text)} px in ${select.clientWidth} px`] : [];
        }),
      );
      expect(cut).toEqual([]);
      expectNoProblems(opened);
    } finally {
      await opened.close();
    }
  });

  it("finds words typed in another order after the exact matches: 老旧小区改造 also finds 改造老旧小区", async () => {
    const opened = await site.openPage(`/search/?q=${encodeURIComponent("老旧小区改造")}`);
    const { page } = opened;
    try {
      await indexLoaded(page);
      const want = expected("老旧小区改造");
      for (let more = page.getByRole("button", { name: /显示更多结果/ }); await more.isVisible(); ) await more.click();
      expect(await hrefs(page)).toEqual(want);
      const texts = await page.locator("#search-results > li").allTextContents();
      const firstLoose = texts.findIndex((t) => t.includes("词序不同"));
      expect(firstLoose).toBeGreaterThan(0);
      expect(texts.slice(0, firstLoose).every((t) => t.includes("老旧小区改造"))).toBe(true);
      expect(texts.slice(firstLoose).every((t) => t.includes("词序不同"))).toBe(true);
      expect(texts.slice(firstLoose).some((t) => t.includes("改造老旧小区"))).toBe(true);
      expectNoProblems(opened);
    } finally {
      await opened.close();
    }
  });

  it("can be shared: the URL it ends on reproduces the search", async () => {
    const first = await site.openPage("/search/");
    let shared = "";
    let shown: string[] = [];
    try {
      await indexLoaded(first.page);
      await first.page.getByLabel("地区").selectOption({ label: "石嘴山市" });
      await first.page.getByLabel("搜索报告的段落、标题和术语").pressSequentially("黄河 保护");
      await urlHas(first.page, { q: "黄河 保护", place: "shizuishan" });
      shown = await hrefs(first.page);
      expect(shown).toEqual(firstPage(expected("黄河 保护", { place: "shizuishan", year: null, period: null })));
      expect(shown.length).toBeGreaterThan(0);
      shared = first.page.url();
    } finally {
      await first.close();
    }
    const second = await site.openPage(new URL(shared).pathname + new URL(shared).search);
    try {
      await indexLoaded(second.page);
      expect(await hrefs(second.page)).toEqual(shown);
      expect(await second.page.getByLabel("搜索报告的段落、标题和术语").inputValue()).toBe("黄河 保护");
      expect(await second.page.getByLabel("地区").inputValue()).toBe("shizuishan");
      expectNoProblems(second);
    } finally {
      await second.close();
    }
  });

  it("works from the keyboard: / focuses the box, arrows move through the results, Enter opens one", async () => {
    const opened = await site.openPage(`/search/?q=${encodeURIComponent("养老")}`);
    const { page } = opened;
    const focused = () =>
      page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute("href") || "");
    try {
      await indexLoaded(page);
      const all = await hrefs(page);
      expect(all.length).toBeGreaterThan(2);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press("/");
      expect(await focused()).toBe("search-q");
      await page.keyboard.press("ArrowDown");
      expect(await focused()).toBe(all[0]);
      await page.keyboard.press("ArrowDown");
      expect(await focused()).toBe(all[1]);
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
      expect(outline).not.toBe("none");
      await page.keyboard.press("ArrowUp");
      expect(await focused()).toBe(all[0]);
      await page.keyboard.press("ArrowUp");
      expect(await focused()).toBe("search-q");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      await Promise.all([page.waitForURL((u) => u.pathname + u.hash === all[1]), page.keyboard.press("Enter")]);
      expectNoProblems(opened);
    } finally {
      await opened.close();
    }
  });

  it("leads from the header's search box on any page, which / focuses, to the results", async () => {
    const opened = await site.openPage("/");
    const { page } = opened;
    try {
      await page.keyboard.press("/");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("site-search-q");
      await page.keyboard.type("GDP");
      await Promise.all([
        page.waitForURL((u) => u.pathname === "/search/"),
        page.locator("#site-search-q").press("Enter"),
      ]);
      await indexLoaded(page);
      expect(await hrefs(page)).toEqual(firstPage(expected("GDP")));
      expectNoProblems(opened);
    } finally {
      await opened.close();
    }
  });

  it("lands on the paragraph a result links to, with the searched words highlighted", async () => {
    const opened = await site.openPage(`/search/?q=${encodeURIComponent("幼儿园")}`);
    const { page } = opened;
    try {
      await indexLoaded(page);
      const target = (await hrefs(page)).find((h) => h.startsWith("/reports/")) ?? "";
      expect(target).toMatch(/#p-\d+$/);
      await Promise.all([
        page.waitForURL((u) => u.pathname + u.hash === target),
        links(page)
          .and(page.locator(`[href="${target}"]`))
          .click(),
      ]);
      const paragraph = page.locator(`#${target.split("#")[1]}`);
      const marks = paragraph.locator("mark.search-term");
      await marks.first().waitFor({ timeout: 20_000 });
      expect(new Set(await marks.allTextContents())).toEqual(new Set(["幼儿园"]));
      expect(await isInViewport(paragraph)).toBe(true);
      expect(await page.locator("mark.search-term").count()).toBe(await marks.count());
      expectNoProblems(opened);
    } finally {
      await opened.close();
    }
  });

  it("highlights ?q= words on a permalink, in the visible text only (not in glossary tooltips)", async () => {
    const word = "三大攻坚战";
    const reader = "/reports/zhongwei-2020/";
    const candidates = expected(word)
      .filter((h) => h.startsWith(`${reader}#p-`))
      .map((h) => h.split("#")[1] ?? "");
    const first = await site.openPage(reader);
    const id = await first.page.evaluate(
      ({ ids, w }) =>
        ids.find((i) => document.getElementById(i)?.querySelector('[role="tooltip"]')?.textContent?.includes(w)),
      { ids: candidates, w: word },
    );
    await first.close();
    expect(id, `a paragraph with a glossary tooltip that holds ${word}`).toBeDefined();
    const opened = await site.openPage(`${reader}?q=${encodeURIComponent(word)}#${id}`);
    const { page } = opened;
    try {
      const marks = page.locator(`#${id} mark.search-term`);
      await marks.first().waitFor({ timeout: 20_000 });
      expect(new Set(await marks.allTextContents())).toEqual(new Set([word]));
      expect(await page.locator(`#${id} [role="tooltip"] mark`).count()).toBe(0);
      expect(await page.locator("mark.search-term").count()).toBe(await marks.count());
      expectNoProblems(opened);
    } finally {
      await opened.close();
    }
  });

  it("has zero axe violations with results, filters and the synonym line shown", async () => {
    const opened = await site.openPage(`/search/?q=${encodeURIComponent("GDP")}&part=plan`, { width: 360 });
    const { page } = opened;
    try {
      await indexLoaded(page);
      expect(await links(page).count()).toBeGreaterThan(0);
      expect(await page.locator("#search-status").getAttribute("role")).toBe("status");
      expect(await page.locator("#search-results").evaluate((el) => el.tagName)).toBe("OL");
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});


describe("English search page", async () => {
  const expected = await shippedSearch();
  const en = (urls: string[]) => urls.map((u) => localePath("en", u));
  const manifest = JSON.parse(await readFile(join(distDir, "search/manifest.json"), "utf8")) as Manifest;
  const EN_PERMALINK = /^\/en\/reports\/[a-z]+-\d{4}\/#[ps]-[\d-]+$|^\/en\/glossary\/#[a-z0-9-]+$/;
  const box = (page: Page) => page.getByLabel("Search the paragraphs, headings and glossary of the reports");
  const also = (page: Page) => page.locator("#search-also");

  it("runs ?q=unemployment from the URL without typing: English labels, the reports' text marked Chinese, English permalinks", async () => {
    const opened = await site.openPage("/en/search/?q=unemployment");
    const { page } = opened;
    try {
      await indexLoaded(page);
      const want = expected("unemployment");
      expect(want.length).toBeGreaterThan(2);
      expect(await box(page).inputValue()).toBe("unemployment");
      expect(await hrefs(page)).toEqual(en(firstPage(want)));
      for (const href of await hrefs(page)) expect(href).toMatch(EN_PERMALINK);
      await expect.poll(() => page.locator("#search-status").textContent()).toBe(`${want.length} results found.`);
      expect(await also(page).textContent()).toBe("Also searched: 失业");
      expect(await also(page).locator('span[lang="zh-CN"]').allTextContents()).toEqual(["失业"]);
      const names = manifest.places.map((p) => p.name_en);
      const items = page.locator("#search-results > li");
      for (let i = 0; i < (await items.count()); i++) {
        const item = items.nth(i);
        expect(names).toContain(await item.locator(".search-result__report").textContent());
        expect(await item.locator(".search-result__year").textContent()).toMatch(/^\d{4} report$/);
        const para = item.locator(".search-result__para");
        if (await para.count()) expect(await para.textContent()).toMatch(/^para\. \d+$/);
        const part = item.locator(".search-result__part");
        if (await part.count()) expect(["Review of past work", "Plan for the year", "Five-year outlook", "Glossary"]).toContain(await part.textContent());
        for (const text of await item.locator(".search-result__snippet, .search-result__title, .search-result__path").all())
          expect(await text.getAttribute("lang")).toBe("zh-CN");
      }
      for (const mark of await page.locator("#search-results mark").allTextContents()) expect(mark).toBe("失业");
      expect(await chineseOutsideZh(page)).toEqual([]);
      expectNoProblems(opened);
    } finally {
      await opened.close();
    }
  });

  it("finds paragraphs for GDP, unemployment and retail sales as you type, and names the Chinese words it searched", async () => {
    const opened = await site.openPage("/en/search/");
    const { page } = opened;
    try {
      await indexLoaded(page);
      await expect.poll(() => page.locator("#search-status").textContent()).toMatch(/^Type a word/);
      await box(page).pressSequentially("GDP");
      await expect.poll(() => hrefs(page)).toEqual(en(firstPage(expected("GDP"))));
      expect(expected("GDP").length).toBeGreaterThan(10);
      await expect.poll(() => also(page).textContent()).toBe("Also searched: 地区生产总值");
      expect(await also(page).locator('span[lang="zh-CN"]').allTextContents()).toEqual(["地区生产总值"]);
      await urlHas(page, { q: "GDP" });

      await box(page).fill("");
      await box(page).pressSequentially("unemployment");
      await expect.poll(() => also(page).textContent()).toBe("Also searched: 失业");
      expect(await hrefs(page)).toEqual(en(firstPage(expected("unemployment"))));
      expect(await links(page).count()).toBeGreaterThan(0);
      await urlHas(page, { q: "unemployment" });

      await box(page).fill("retail sales");
      await expect.poll(() => also(page).textContent()).toBe("Also searched: 社会消费品零售总额");
      expect(await hrefs(page)).toEqual(en(firstPage(expected("retail sales"))));
      expect(await links(page).count()).toBeGreaterThan(0);

      await box(page).fill("GDP protection");
      await expect
        .poll(() => page.locator("#search-status").textContent())
        .toBe("Nothing found for “GDP protection”. “protection” is not among the English words the search knows: try the indicator's name, or type it in Chinese.");
      expect(await page.locator("#search-results").isHidden()).toBe(true);

      await box(page).fill("冰淇淋");
      await expect.poll(() => page.locator("#search-status").textContent()).toBe("Nothing found for “冰淇淋”.");
      expect(await page.locator('#search-status span[lang="zh-CN"]').textContent()).toBe("冰淇淋");
      expect(await chineseOutsideZh(page)).toEqual([]);
      expectNoProblems(opened);
    } finally {
      await opened.close();
    }
  });

  it("filters by place, year and part, in English, and puts the filters in the URL", async () => {
    const opened = await site.openPage("/en/search/?q=GDP");
    const { page } = opened;
    try {
      await indexLoaded(page);
      await page.getByLabel(/^Place/).selectOption({ label: "Zhongwei" });
      await urlHas(page, { q: "GDP", place: "zhongwei" });
      await page.getByLabel(/^Year/).selectOption({ label: "2021 report" });
      await page.getByLabel(/^Part/).selectOption({ label: "Plan for the year" });
      await urlHas(page, { q: "GDP", place: "zhongwei", year: "2021", part: "plan" });
      const want = expected("GDP", { place: "zhongwei", year: 2021, period: "plan" });
      expect(want.length).toBeGreaterThan(0);
      await expect.poll(() => hrefs(page)).toEqual(en(firstPage(want)));
      await expect.poll(() => page.locator("#search-status").textContent()).toMatch(/^\d+ results? found \(the filters left out \d+\)\.$/);
      for (const t of await page.locator(".search-result__report").allTextContents()) expect(t).toBe("Zhongwei");
      for (const t of await page.locator(".search-result__part").allTextContents()) expect(t).toBe("Plan for the year");
      expectNoProblems(opened);
    } finally {
      await opened.close();
    }
  });

  it("opens the English reader at the paragraph a result links to, with the Chinese words found highlighted", async () => {
    const opened = await site.openPage("/en/search/?q=GDP");
    const { page } = opened;
    try {
      await indexLoaded(page);
      const target = (await hrefs(page)).find((h) => h.startsWith("/en/reports/")) ?? "";
      expect(target).toMatch(/^\/en\/reports\/[a-z]+-\d{4}\/#p-\d+$/);
      await Promise.all([page.waitForURL((u) => u.pathname + u.hash === target), links(page).and(page.locator(`[href="${target}"]`)).click()]);
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
      const marks = page.locator(`#${target.split("#")[1]} mark.search-term`);
      await marks.first().waitFor({ timeout: 20_000 });
      for (const m of await marks.allTextContents()) expect(["地区生产总值", "gdp"]).toContain(m.toLowerCase());
      expectNoProblems(opened);
    } finally {
      await opened.close();
    }
  });

  it("is where the header's search box leads on an English page", async () => {
    const opened = await site.openPage("/en/");
    const { page } = opened;
    try {
      await page.keyboard.press("/");
      await page.keyboard.type("unemployment");
      await Promise.all([page.waitForURL((u) => u.pathname === "/en/search/"), page.locator("#site-search-q").press("Enter")]);
      await indexLoaded(page);
      expect(await hrefs(page)).toEqual(en(firstPage(expected("unemployment"))));
      expectNoProblems(opened);
    } finally {
      await opened.close();
    }
  });

  it("has zero axe violations at 360 px with results, filters and the also-searched line, and no sideways scrolling", async () => {
    const opened = await site.openPage("/en/search/?q=GDP&part=plan", { width: 360 });
    const { page } = opened;
    try {
      await indexLoaded(page);
      expect(await links(page).count()).toBeGreaterThan(0);
      expect(await also(page).isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
