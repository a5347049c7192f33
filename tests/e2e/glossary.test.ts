/**
 * The glossary in a real browser: one entry per term on /glossary/, with every appendix's definition, source
 * and uses; the counts per report match the term links of every reader; each reader links its terms to their
 * entries and shows the definition on hover and on keyboard focus. The English glossary (/en/glossary/) has
 * the same entries and counts, the terms and definitions marked as Chinese with the term in pinyin, English
 * everywhere else, and links to the English readers and search.
 */
import { readFile, readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { GlossaryEntry } from "../../src/lib/schema/glossary.ts";
import zhGlossary from "../../src/i18n/ui/zh/glossary.ts";
import enGlossary from "../../src/i18n/ui/en/glossary.ts";
import { chineseOutsideZh } from "./support/english.ts";
import { expectNoProblems, isInViewport, useSite } from "./helpers.ts";

const site = useSite();
const content = resolve(import.meta.dirname, "../../content");
/** Readers of both years, cities and the region: each links the terms of every appendix. */
const readers = ["/reports/shizuishan-2020/", "/reports/zhongwei-2020/", "/reports/ningxia-2021/", "/reports/yinchuan-2021/"];

async function entries(): Promise<GlossaryEntry[]> {
  const files = (await readdir(join(content, "glossary"))).filter((f) => f.endsWith(".json"));
  const lists = await Promise.all(
    files
      .sort()
      .map(async (f) => JSON.parse(await readFile(join(content, "glossary", f), "utf8")).entries as GlossaryEntry[]),
  );
  return lists.flat();
}

/** The term links of a page: their target entry and the paragraph they stand in. */
function termLinks(page: Page) {
  return page
    .locator("a.term")
    .evaluateAll((els) =>
      els.map((a) => ({
        entry: (a.getAttribute("href") ?? "").replace("/glossary/#", ""),
        paragraph: a.closest("[id^=p-]")?.id ?? "",
      })),
    );
}

describe("/glossary/", () => {
  it("has one entry per term, with every appendix's definition, its source and its uses", async () => {
    const all = await entries();
    expect(new Set(all.map((e) => e.report)).size).toBeGreaterThan(1);
    const opened = await site.openPage("/glossary/");
    const { page } = opened;
    const terms = [...new Set(all.map((e) => e.term))];
    expect(await page.locator("article.gl-entry").count()).toBe(terms.length);
    expect(await page.locator(".gl-index li").count()).toBe(terms.length);
    for (const e of all) {
      const article = page.locator(`article.gl-entry:has([id="${e.id}"]), article.gl-entry[id="${e.id}"]`);
      expect(await article.count(), e.id).toBe(1);
      const same = all.filter((x) => x.term === e.term);
      expect(same.map((x) => x.term_display)).toContain(await article.locator("h3").textContent());
      const defs = await article.locator(".gl-entry__def").allTextContents();
      expect(defs, e.id).toContain(e.definition);
      const sources = await article.locator(".gl-entry__source a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(sources, e.id).toContain(`/reports/${e.report}/#${e.paragraph}`);
      expect(same.map((x) => x.id)).toContain(await article.getAttribute("id"));
    }
    const shared = terms.filter((t) => all.filter((e) => e.term === t).length > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const t of shared) {
      const defs = new Set(all.filter((e) => e.term === t).map((e) => e.definition.replace(/\s+/g, "")));
      const article = page.locator(`article.gl-entry:has([id="${all.find((e) => e.term === t)!.id}"]), article.gl-entry[id="${all.find((e) => e.term === t)!.id}"]`);
      expect(await article.locator(".gl-entry__def").count(), t).toBe(defs.size);
    }
    expect(await page.evaluate(() => document.querySelectorAll("*").length)).toBeLessThanOrEqual(1500);
    expectNoProblems(opened);
    await opened.close();
  });

  it("counts per report exactly the term links of that report's reader, and lists the paragraphs they stand in", async () => {
    const all = await entries();
    const opened = await site.openPage("/glossary/");
    const { page } = opened;
    const articles = await page.locator("article.gl-entry").evaluateAll((els) =>
      els.map((a) => ({
        ids: [a.id, ...[...a.querySelectorAll("[id]")].map((x) => x.id)],
        uses: Object.fromEntries(
          [...a.querySelectorAll("li.gl-uses")].map((li) => [
            li.getAttribute("data-report"),
            { count: Number(li.getAttribute("data-count")), hrefs: [...li.querySelectorAll("a")].map((x) => x.getAttribute("href")) },
          ]),
        ),
      })),
    );
    const reports = (await readdir(join(content, "reports"))).filter((f) => f.endsWith(".md")).map((f) => f.replace(/\.md$/, ""));
    let linked = 0;
    for (const report of reports) {
      const path = `/reports/${report}/`;
      const reader = await site.openPage(path);
      const links = await termLinks(reader.page);
      linked += links.length;
      for (const a of articles) {
        const mine = links.filter((l) => a.ids.includes(l.entry));
        expect(mine.length, `${report} ${a.ids[0]}`).toBe(a.uses[report]?.count ?? 0);
        expect(new Set(a.uses[report]?.hrefs ?? []), `${report} ${a.ids[0]}`).toEqual(new Set(mine.map((l) => `${path}#${l.paragraph}`)));
      }
      for (const l of links) expect(all.some((e) => e.id === l.entry), `${report} ${l.entry}`).toBe(true);
      await reader.close();
    }
    expect(linked).toBeGreaterThan(0);
    await opened.close();
  });

  it("reads on a 360 px phone: no sideways scrolling, and a term of the index leads to its entry", async () => {
    const opened = await site.openPage("/glossary/", { width: 360, height: 740 });
    const { page } = opened;
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const link = page.locator(".gl-index a").nth(5);
    const href = (await link.getAttribute("href"))!;
    await link.click();
    await page.waitForURL(`**/glossary/${href}`);
    const article = page.locator(`article[id="${href.slice(1)}"]`);
    await expect.poll(() => isInViewport(article.locator("h3"))).toBe(true);
    expect((await article.locator("h3").textContent())?.replace(/[“”]/g, "")).toContain(await link.textContent());
    expectNoProblems(opened);
    await opened.close();
  });

  it("on a phone, a reader's term whose entry merges several appendices leads to the whole entry: the term and its definition in view", async () => {
    // The readers that link a term to an id standing on a merged entry's source line, not on the entry itself.
    const glossary = await site.openPage("/glossary/", { width: 360, height: 740 });
    const sourceIds = await glossary.page.locator(".gl-entry__source[id]").evaluateAll((ps) => ps.map((p) => p.id));
    await glossary.close();
    expect(sourceIds.length).toBeGreaterThan(0);
    const tab = await site.openTab({ width: 360, height: 740 });
    let followed = 0;
    for (const reader of readers) {
      await tab.visit(reader);
      const href = await tab.page.locator("a.term").evaluateAll((as, ids) => as.map((a) => a.getAttribute("href")!).find((h) => ids.includes(h.split("#")[1]!)), sourceIds);
      if (!href) continue;
      // Where the term's link leads (a tap opens the definition first: tested below).
      await tab.page.goto(site.url(href));
      const entry = tab.page.locator(`.gl-entry:has([id="${href.split("#")[1]}"])`);
      await expect.poll(() => isInViewport(entry.locator("h3"))).toBe(true);
      expect(await isInViewport(entry.locator(".gl-entry__def").first())).toBe(true);
      followed++;
    }
    expect(followed).toBeGreaterThan(0);
    expectNoProblems(tab);
    await tab.close();
  });

  it("links the slogans Shizuishan shares with Zhongwei's appendix in the Shizuishan reader", async () => {
    const all = await entries();
    const opened = await site.openPage("/reports/shizuishan-2020/");
    const linked = new Set((await termLinks(opened.page)).map((l) => l.entry));
    for (const term of ["三大攻坚战", "三大战略", "三个着力", "守好三条生命线", "四个最严"]) {
      expect(linked.has(all.find((e) => e.term === term)!.id), term).toBe(true);
    }
    await opened.close();
  });
});

describe("glossary terms in the readers", () => {
  it.each(readers)(
    "%s: a term shows its definition on hover and on focus, and its link lands on the entry",
    async (path) => {
      const all = await entries();
      const opened = await site.openPage(path);
      const { page } = opened;
      const term = page.locator("a.term").first();
      const href = await term.getAttribute("href");
    const entry = all.find((e) => `/glossary/#${e.id}` === href)!;
      const tip = page.locator(`[id="${await term.getAttribute("aria-describedby")}"]`);
      expect(await tip.textContent()).toBe(`${entry.term_display}：${entry.definition}`);
      expect(await tip.getAttribute("role")).toBe("tooltip");
      await expect.poll(() => tip.isVisible()).toBe(false);
      await term.hover();
      await expect.poll(() => tip.isVisible()).toBe(true);
      const box = (await tip.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(() => tip.isVisible(), { message: "the pointer can rest on the definition" }).toBe(true);
      await page.mouse.move(0, 0);
      await expect.poll(() => tip.isVisible()).toBe(false);
      await term.focus();
      await expect.poll(() => tip.isVisible()).toBe(true);
      await page.keyboard.press("Enter");
      await page.waitForURL(`**/glossary/#${entry.id}`);
      const target = page.locator(`[id="${entry.id}"]`);
      await expect.poll(() => isInViewport(target)).toBe(true);
      expect(await target.evaluate((el) => el.matches(":target") && el.closest("article.gl-entry") !== null)).toBe(true);
      expectNoProblems(opened);
      await opened.close();
    },
  );

  it("keeps the definition inside a 360 px screen", async () => {
    const opened = await site.openPage("/reports/shizuishan-2020/", { width: 360, height: 740 });
    const { page } = opened;
    const term = page.locator("a.term").first();
    await term.focus();
    const box = (await page.locator(`[id="${await term.getAttribute("aria-describedby")}"]`).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    const size = await page.evaluate(() => ({
      scroll: document.scrollingElement?.scrollWidth ?? 0,
      inner: innerWidth,
    }));
    expect(size.scroll).toBeLessThanOrEqual(size.inner);
    await opened.close();
  });

  it.each([
    { path: "/reports/shizuishan-2020/", hint: zhGlossary.tapAgain },
    { path: "/en/reports/ningxia-2021/", hint: enGlossary.tapAgain },
    { path: "/compare/yinchuan-2021/zhongwei-2021/", hint: zhGlossary.tapAgain },
    { path: "/en/compare/guyuan-2020/shizuishan-2020/", hint: enGlossary.tapAgain },
  ])("on a touch screen ($path), a first tap shows the definition with how to open the entry, a tap elsewhere or on it closes it, a second tap opens the entry", async ({ path, hint }) => {
    const opened = await site.openPage(path, { width: 360, height: 740, touch: true });
    const { page } = opened;
    expect(await page.evaluate(() => matchMedia("(hover: none)").matches)).toBe(true);
    const term = page.locator("a.term").nth(2);
    const href = (await term.getAttribute("href"))!;
    const tip = page.locator(`[id="${await term.getAttribute("aria-describedby")}"]`);
    const definition = await tip.textContent();
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    expect(new URL(page.url()).pathname).toBe(path);
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await term.getAttribute("aria-expanded")).toBe("true");
    expect(await tip.textContent()).toBe(`${definition}${hint}`);
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    // A tap on the page's heading closes it; the hint is added once only.
    await page.locator("h1").tap();
    await expect.poll(() => tip.isVisible()).toBe(false);
    expect(await term.getAttribute("aria-expanded")).toBe("false");
    expect(await tip.textContent(), "the hint leaves with the tap").toBe(definition);
    await term.tap();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.locator(".term-hint").count()).toBe(1);
    // A tap on the definition (it covers the lines below the term) closes it too.
    await tip.tap();
    await expect.poll(() => tip.isVisible()).toBe(false);
    await term.tap();
    // Another term's tap, in another paragraph, moves the definition there.
    const index = await page.locator("a.term").evaluateAll((as) => as.findIndex((a) => a.closest("p") !== as[2]!.closest("p")));
    const other = page.locator("a.term").nth(index);
    await other.scrollIntoViewIfNeeded();
    await other.tap();
    await expect.poll(() => tip.isVisible()).toBe(false);
    const otherTip = page.locator(`[id="${await other.getAttribute("aria-describedby")}"]`);
    await expect.poll(() => otherTip.isVisible()).toBe(true);
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    await term.tap();
    await page.waitForURL(`**${href}`);
    expectNoProblems(opened);
    await opened.close();
  });

  it("on a laptop's touch screen a tap shows the definition first, while its mouse and its keyboard follow the link at once; so does the keyboard of a tablet", async () => {
    // A screen with a mouse (it hovers), touched: a touch sent through Chrome's protocol, as a finger's.
    const laptop = await site.openPage("/reports/zhongwei-2021/");
    const { page } = laptop;
    expect(await page.evaluate(() => matchMedia("(hover: hover)").matches)).toBe(true);
    const cdp = await page.context().newCDPSession(page);
    const touch = async (locator: Locator) => {
      const box = (await locator.boundingBox())!;
      const point = { x: box.x + Math.min(8, box.width / 2), y: box.y + box.height / 2 };
      await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [point] });
      await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    };
    const term = page.locator("a.term").first();
    const href = (await term.getAttribute("href"))!;
    const tip = page.locator(`[id="${await term.getAttribute("aria-describedby")}"]`);
    await term.scrollIntoViewIfNeeded();
    await touch(term);
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe("/reports/zhongwei-2021/");
    expect(await tip.locator(".term-hint").count()).toBe(1);
    // A tap on the definition hides it, though the touched spot keeps :hover.
    await touch(tip);
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.mouse.move(0, 0);
    await term.click();
    await page.waitForURL(`**${href}`);
    await page.goBack();
    await page.locator("a.term").first().focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(`**${href}`);
    expectNoProblems(laptop);
    await laptop.close();
    const tablet = await site.openPage("/reports/zhongwei-2021/", { touch: true });
    await tablet.page.locator("a.term").first().focus();
    await tablet.page.keyboard.press("Enter");
    await tablet.page.waitForURL(`**${href}`);
    expectNoProblems(tablet);
    await tablet.close();
  });

  it("closes a definition with Escape, on hover and on focus, until the pointer or the focus comes back", async () => {
    const opened = await site.openPage("/reports/zhongwei-2021/");
    const { page } = opened;
    const term = page.locator("a.term").first();
    const tip = page.locator(`[id="${await term.getAttribute("aria-describedby")}"]`);
    await term.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.mouse.move(0, 0);
    await term.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    await page.mouse.move(0, 0);
    await term.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => tip.isVisible()).toBe(false);
    expect(await term.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Shift+Tab");
    expect(await term.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => tip.isVisible()).toBe(true);
    // On a screen with a mouse a click follows the link at once.
    const href = (await term.getAttribute("href"))!;
    await term.click();
    await page.waitForURL(`**${href}`);
    expectNoProblems(opened);
    await opened.close();
  });

  it("leaves the appendix of definitions unlinked", async () => {
    const opened = await site.openPage("/reports/zhongwei-2020/");
    expect(await opened.page.locator(".glossary-list a.term").count()).toBe(0);
    await opened.close();
  });
});


/** Each entry of a glossary page: its ids, definitions, source links and uses per report. */
function entriesOf(page: Page) {
  return page.locator("article.gl-entry").evaluateAll((els) =>
    els.map((a) => ({
      id: a.id,
      defs: [...a.querySelectorAll(".gl-entry__def")].map((p) => ({ text: p.textContent, lang: p.getAttribute("lang") })),
      sources: [...a.querySelectorAll(".gl-entry__source a")].map((x) => x.getAttribute("href")),
      uses: [...a.querySelectorAll("li.gl-uses")].map((li) => ({
        report: li.getAttribute("data-report"),
        count: li.getAttribute("data-count"),
        text: li.firstChild?.textContent ?? "",
        hrefs: [...li.querySelectorAll("a")].map((x) => x.getAttribute("href")),
      })),
    })),
  );
}

describe("/en/glossary/", () => {
  it("has the Chinese page's entries and counts, in English, the terms and definitions marked Chinese with the term in pinyin", async () => {
    const all = await entries();
    const zhPage = await site.openPage("/glossary/");
    const zh = await entriesOf(zhPage.page);
    await zhPage.close();
    const opened = await site.openPage("/en/glossary/");
    const { page } = opened;
    try {
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
      expect(await page.locator("h1").textContent()).toBe("Glossary");
      expect(await page.title()).toMatch(/^Glossary · /);
      const enEntries = await entriesOf(page);
      expect(enEntries.map((e) => e.id)).toEqual(zh.map((e) => e.id));
      const places = JSON.parse(await readFile(join(content, "places.json"), "utf8")) as { id: string; name_en: string }[];
      for (const [i, e] of enEntries.entries()) {
        const z = zh[i]!;
        expect(e.defs.map((d) => d.text)).toEqual(z.defs.map((d) => d.text));
        expect(e.defs.every((d) => d.lang === "zh-CN"), e.id).toBe(true);
        expect(e.sources).toEqual(z.sources.map((h) => `/en${h}`));
        expect(e.uses.map(({ report, count }) => ({ report, count }))).toEqual(z.uses.map(({ report, count }) => ({ report, count })));
        expect(e.uses.map((u) => u.hrefs)).toEqual(z.uses.map((u) => u.hrefs.map((h) => `/en${h}`)));
        for (const u of e.uses) {
          const place = places.find((p) => u.report?.startsWith(`${p.id}-`))!;
          expect(u.text).toBe(`${place.name_en} ${u.report!.slice(-4)} report (${u.count} ${u.count === "1" ? "use" : "uses"}): `);
        }
      }
      for (const e of all) {
        const heading = page.locator(`article.gl-entry:has([id="${e.id}"]) h3, article.gl-entry[id="${e.id}"] h3`);
        expect(all.filter((x) => x.term === e.term).map((x) => x.term_display)).toContain(await heading.locator('span[lang="zh-CN"]').textContent());
        if (/[\u4e00-\u9fff]/.test(e.term_display)) expect(await heading.locator(".gl-entry__pinyin").textContent()).toMatch(/^[A-Z0-9][\w+ üÜ-]*$/);
      }
      expect(await page.locator('.gl-index a[lang="zh-CN"]').count()).toBe(await page.locator(".gl-index li").count());
      expect(await page.locator(".gl-index__n").first().textContent()).toMatch(/^\d+ reports? · \d+ uses?$/);
      expect(await chineseOutsideZh(page)).toEqual([]);
      expect(await page.evaluate(() => document.querySelectorAll("*").length)).toBeLessThanOrEqual(1500);
      expectNoProblems(opened);
    } finally {
      await opened.close();
    }
  });

  it("reads on a 360 px phone: no sideways scrolling, and a term of the index leads to its entry", async () => {
    const opened = await site.openPage("/en/glossary/", { width: 360, height: 740 });
    const { page } = opened;
    try {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      const link = page.locator(".gl-index a").nth(12);
      const href = (await link.getAttribute("href"))!;
      await link.click();
      await page.waitForURL(`**/en/glossary/${href}`);
      const article = page.locator(`article[id="${href.slice(1)}"]`);
      await expect.poll(() => isInViewport(article.locator("h3"))).toBe(true);
      expect((await article.locator('h3 [lang="zh-CN"]').textContent())?.replace(/[“”]/g, "")).toContain(await link.textContent());
      expectNoProblems(opened);
    } finally {
      await opened.close();
    }
  });

  it("leads from a source to the English reader, and from a shared phrase to the English search", async () => {
    const opened = await site.openPage("/en/glossary/");
    const { page } = opened;
    try {
      const phrase = page.locator(".gl-shared a").first();
      const text = (await phrase.textContent())!;
      await Promise.all([page.waitForURL((u) => u.pathname === "/en/search/"), phrase.click()]);
      expect(new URL(page.url()).searchParams.get("q")).toBe(text);
      await page.locator("#search-results a").first().waitFor({ timeout: 30_000 });
      expect(await page.locator("#search-results a").first().getAttribute("href")).toMatch(/^\/en\//);
      await page.goBack();
      const source = page.locator(".gl-entry__source a").first();
      const href = (await source.getAttribute("href"))!;
      expect(href).toMatch(/^\/en\/reports\/[a-z]+-\d{4}\/#p-\d+$/);
      await Promise.all([page.waitForURL((u) => u.pathname + u.hash === href), source.click()]);
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
      expect(await page.locator(`#${href.split("#")[1]}`).count()).toBe(1);
      expectNoProblems(opened);
    } finally {
      await opened.close();
    }
  });
});
