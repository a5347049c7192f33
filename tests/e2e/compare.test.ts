/**
 * The comparison by topic in a real browser. `/compare/` is the original pair (zhongwei-2020,
 * shizuishan-2020) and `/compare/<a>/<b>/` exists for every two reports of one year and each place's
 * consecutive years, nothing else: each page names exactly its two reports (title, heading, columns) and
 * shows every body paragraph of both once, with its text and its permalink. Two columns side by side on a
 * wide screen, stacked with place labels on a phone; the topic navigation; the part filter named by the
 * real years; glossary terms with their definition on focus; the slogans both reports quote highlighted; key figures linking
 * to their source paragraphs; the pair picker's plain links lead to every pair page. The English edition
 * (`/en/compare/…`) says all of this in English, quotes the paragraphs in Chinese (marked as such) and
 * keeps its links in the English edition.
 */
import { readFile, readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../src/lib/markdown/processor.ts";
import { readDocument, type ReportDocument } from "../../src/lib/report/document.ts";
import type { StoredFigure } from "../../src/lib/schema/figure.ts";
import { expectNoProblems, isInViewport, useSite } from "./helpers.ts";
import { displayTitle } from "../../src/lib/render/report-meta.ts";
import { sitePages } from "./support/dist.ts";
import { chineseOutsideZh, linksOutsideEnglish } from "./support/english.ts";
import { inject } from "vitest";

const site = useSite();
const content = resolve(import.meta.dirname, "../../content");

async function documents(): Promise<ReportDocument[]> {
  const files = (await readdir(join(content, "reports"))).filter((f) => f.endsWith(".md"));
  return Promise.all(
    files.map(async (f) => readDocument(parseMarkdown(await readFile(join(content, "reports", f), "utf8")))),
  );
}

/** The original pair /compare/ shows, in id order. */
const original = ["shizuishan-2020", "zhongwei-2020"];

/** The pairs that must have a page, worked out here from the reports: two of one year, or one place's consecutive years. */
function expectedPairs(docs: ReportDocument[]): [string, string][] {
  const metas = docs.map((d) => d.meta).sort((x, y) => x.id.localeCompare(y.id));
  return metas.flatMap((x, i) =>
    metas
      .slice(i + 1)
      .filter((y) => (x.year === y.year && x.place !== y.place) || (x.place === y.place && Math.abs(x.year - y.year) === 1))
      .map((y) => [x.id, y.id] as [string, string]),
  );
}

/** The ids of the reports whose paragraphs a compare page shows. */
const shownReports = (paragraphs: { href: string }[]) => [...new Set(paragraphs.map((p) => p.href.split("/")[2]))].sort();

/** The body paragraphs of some reports as the page must show them: all but the appendices (附件, 附：…) and their glossary entries. */
function bodyOf(docs: ReportDocument[]) {
  return docs.flatMap((d) =>
    d.paragraphs
      .filter((p) => p.kind !== "glossary" && !p.headings.some((h) => h.appendix))
      .map((p) => ({ href: `/reports/${d.meta.id}/#${p.id}`, text: p.text })),
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

const byHref = (a: { href: string }, b: { href: string }) => a.href.localeCompare(b.href);

/**
 * The phrases a comparison page marks, as each paragraph's `data-shared` places them in its visible text, each with
 * its column's report and its topic; the painted ranges themselves (one per text node); and the paragraphs whose
 * painted text is not exactly what `data-shared` places.
 */
async function highlighted(page: Page) {
  return page.evaluate(() => {
    const ranges = [...(CSS.highlights.get("cmp-shared") ?? [])] as Range[];
    const phrases: { text: string; report: string | null; topic: string | undefined }[] = [];
    const unpainted: string[] = [];
    for (const p of document.querySelectorAll<HTMLElement>(".cmp-para")) {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.parentElement!.closest(".term-tip, .cmp-permalink") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      const starts = new Map<Node, number>();
      let text = "";
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        starts.set(n, text.length);
        text += (n as Text).data;
      }
      const covered = (intervals: number[][]) => {
        const at = new Set<number>();
        for (const [s, e] of intervals) for (let i = s!; i < e!; i++) at.add(i);
        return [...at].sort((a, b) => a - b).join(" ");
      };
      const claimed = (p.dataset.shared ?? "").split(" ").filter(Boolean).map((pair) => pair.split(",").map(Number));
      const painted = ranges
        .filter((r) => p.contains(r.startContainer))
        .map((r) => {
          if (!starts.has(r.startContainer) || r.startContainer !== r.endContainer) return [-1, 0];
          const at = starts.get(r.startContainer)!;
          return [at + r.startOffset, at + r.endOffset];
        });
      if (covered(painted) !== covered(claimed) || painted.some(([s]) => s! < 0)) unpainted.push(p.textContent!.slice(0, 40));
      for (const [s, e] of claimed)
        phrases.push({ text: text.slice(s, e), report: p.closest(".cmp-col")!.getAttribute("data-report"), topic: p.closest("section.cmp-topic")?.id });
    }
    return { phrases, parts: ranges.map((r) => r.toString()), unpainted };
  });
}

/**
 * The slogans a topic's line (“放管服”“回头看”: no 顿号 between quoted items) names that are not marked in one of
 * the topic's columns: highlighted, or on the link of a glossary term both reports use (“三个着力”重点).
 */
async function unmarkedTopicSlogans(page: Page, ids: readonly string[]): Promise<string[]> {
  const { phrases } = await highlighted(page);
  const unquote = (t: string) => t.replace(/[“”]/g, "");
  const lines = await page.locator(".cmp-topic__shared").evaluateAll((ps) =>
    ps.map((p) => ({ topic: p.closest("section")!.id, slogans: [...p.querySelector("mark")!.textContent!.matchAll(/“([^”]+)”/g)].map((m) => m[1]!) })),
  );
  const terms = await page.locator(".cmp-para a.term.shared").evaluateAll((as) =>
    as.map((a) => ({ text: a.textContent!, report: a.closest(".cmp-col")!.getAttribute("data-report"), topic: a.closest("section")!.id })),
  );
  return lines.flatMap((line) =>
    line.slogans.flatMap((slogan) =>
      ids
        .filter(
          (id) =>
            !phrases.some((f) => f.topic === line.topic && f.report === id && unquote(f.text) === slogan) &&
            !terms.some((f) => f.topic === line.topic && f.report === id && unquote(f.text).includes(slogan)),
        )
        .map((id) => `${line.topic}: “${slogan}” is not marked in ${id}`),
    ),
  );
}

describe("the compare pages", async () => {
  const docs = await documents();
  const pairs = expectedPairs(docs);
  const allPages = await sitePages(inject("distDir"));
  // `/compare/view/` is the view-time composer (tests/e2e/compare-view.test.ts), not a pair page.
  const comparePages = allPages.filter((p) => p.startsWith("/compare/") && p !== "/compare/view/");

  it("are /compare/ and one page per pair of one year or one place's consecutive years, nothing more", () => {
    expect(docs.length).toBeGreaterThanOrEqual(2);
    const years = new Set(docs.map((d) => d.meta.year));
    const perYear = [...years].reduce((n, y) => {
      const k = docs.filter((d) => d.meta.year === y).length;
      return n + (k * (k - 1)) / 2;
    }, 0);
    expect(pairs.length).toBe(perYear + pairs.filter(([a, b]) => a.split("-")[0] === b.split("-")[0]).length);
    expect([...comparePages].sort()).toEqual(["/compare/", ...pairs.map(([a, b]) => `/compare/${a}/${b}/`)].sort());
    expect(allPages).toContain("/compare/view/");
    console.log(`compare: ${comparePages.length} pages (${pairs.length} pairs and /compare/)`);
  });

  it("each names exactly its two reports in its title, heading and columns (the region before its cities, the earlier year first), shows every body paragraph of both once, and marks in both columns each slogan a topic line names", async () => {
    const placeOrder = (JSON.parse(await readFile(join(content, "places.json"), "utf8")) as { id: string }[]).map((p) => p.id);
    // The places of content/places.json in its order, then those it lacks (listed under their front matter) by id.
    const rank = (id: string) => (placeOrder.includes(id.split("-")[0]!) ? placeOrder.indexOf(id.split("-")[0]!) : placeOrder.length);
    const reading = (ids: string[]) => [...ids].sort((x, y) => rank(x) - rank(y) || x.localeCompare(y));
    const tab = await site.openTab({ width: 1280 });
    const wrong: string[] = [];
    for (const path of comparePages) {
      const ids = reading(path === "/compare/" ? original : path.split("/").slice(2, 4));
      const two = ids.map((id) => docs.find((d) => d.meta.id === id)!);
      await tab.visit(path);
      const { page } = tab;
      const title = await page.title();
      const h1 = await page.getByRole("heading", { level: 1 }).innerText();
      for (const d of two) {
        const { place_zh, year } = d.meta;
        for (const [where, text] of [["title", title], ["h1", h1]] as const) {
          if (!text.includes(place_zh) || !text.includes(`${year}年`)) wrong.push(`${path}: ${where} “${text}” does not name ${d.meta.id}`);
        }
      }
      const others = docs.filter((d) => !ids.includes(d.meta.id) && !two.some((t) => t.meta.place === d.meta.place));
      for (const d of others) if (h1.includes(d.meta.place_zh)) wrong.push(`${path}: h1 names ${d.meta.place_zh}`);
      const columns = await page.locator("section.cmp-topic").evaluateAll((sections) =>
        sections.map((s) => [...s.querySelectorAll(".cmp-col")].map((c) => c.getAttribute("data-report"))),
      );
      for (const c of columns) if (JSON.stringify(c) !== JSON.stringify(ids)) wrong.push(`${path}: a topic's columns are ${c.join(", ")}`);
      for (const u of await unmarkedTopicSlogans(page, ids)) wrong.push(`${path}: ${u}`);
      for (const u of (await highlighted(page)).unpainted) wrong.push(`${path}: the highlight is not what data-shared places in “${u}…”`);
      // "No five-year-plan part" is said of a report only when none of its paragraphs is in one, in any topic.
      const outlook = await page.locator(".cmp-col").evaluateAll((cols) =>
        cols.map((c) => ({
          report: c.getAttribute("data-report")!,
          paragraphs: c.querySelectorAll(".cmp-cell--outlook .cmp-para").length,
          saysNone: [...c.querySelectorAll(".cmp-cell--outlook .cmp-empty")].some((e) => e.textContent === "这份报告没有五年规划部分。"),
        })),
      );
      for (const id of ids) {
        const mine = outlook.filter((o) => o.report === id);
        const has = mine.some((o) => o.paragraphs > 0);
        if (has && mine.some((o) => o.saysNone)) wrong.push(`${path}: says ${id} has no five-year-plan part, but it has one`);
      }
      const heads = await page.locator(".cmp-col__title").evaluateAll((els) => [...new Set(els.map((e) => e.textContent ?? ""))]);
      if (JSON.stringify(heads) !== JSON.stringify(two.map((d) => displayTitle(d.meta)))) wrong.push(`${path}: column titles ${heads.join(", ")}`);
      const paragraphs = await shownParagraphs(page);
      if (JSON.stringify(shownReports(paragraphs)) !== JSON.stringify([...ids].sort())) wrong.push(`${path}: paragraphs of ${shownReports(paragraphs).join(", ")}`);
      const expected = bodyOf(two).sort(byHref);
      const got = [...paragraphs].sort(byHref);
      if (JSON.stringify(got) !== JSON.stringify(expected)) wrong.push(`${path}: ${got.length} paragraphs shown, ${expected.length} expected (or texts differ)`);
    }
    expect(wrong).toEqual([]);
    expectNoProblems(tab);
    await tab.close();
  }, 300_000);
});

describe("/compare/", () => {
  it("shows every body paragraph of the original pair exactly once, with its text and its permalink", async () => {
    const docs = (await documents()).filter((d) => original.includes(d.meta.id));
    expect(docs).toHaveLength(2);
    const opened = await site.openPage("/compare/");
    const paragraphs = await shownParagraphs(opened.page);
    expect([...paragraphs].sort(byHref)).toEqual(bodyOf(docs).sort(byHref));
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
    for (const l of labels) expect(l).toMatch(/^(中卫市|石嘴山市) · 20\d\d年工作(回顾|安排)$/);
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
    // The original pair plans for 2020: its review is of 2019 (labels come from the reports' year).
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
    await page.getByRole("radio", { name: "全部都看" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.getByRole("radio", { name: "只看2019年回顾" }).isChecked()).toBe(true);
    expect(await none(".cmp-cell--plan")).toBe(true);
    const outline = await page.locator('label[for="show-review"]').evaluate((l) => getComputedStyle(l).outlineStyle);
    expect(outline).not.toBe("none");
    await opened.close();
  });

  it.each(["/compare/yinchuan-2021/zhongwei-2021/", "/en/compare/zhongwei-2020/zhongwei-2021/"])(
    "%s: the topic list's counts follow the part filter, each the number of paragraphs shown in its topic",
    async (path) => {
      const opened = await site.openPage(path);
      const { page } = opened;
      // For every topic card, each count's number, and the paragraphs shown in that topic's column of the report.
      const read = () =>
        page.evaluate(() =>
          [...document.querySelectorAll<HTMLAnchorElement>(".cmp-nav a")].map((a) => {
            const section = document.getElementById(a.hash.slice(1))!;
            const columns = [...section.querySelectorAll<HTMLElement>(".cmp-col")];
            return [...a.querySelectorAll(".cmp-nav__counts > span")].map((span, i) => ({
              // The last number: a same-place pair names each report by its year.
              count: Number(/(\d+)\D*$/.exec(span.textContent ?? "")![1]),
              shown: [...columns[i]!.querySelectorAll<HTMLElement>(".cmp-para")].filter((p) => p.offsetParent !== null).length,
            }));
          }),
        );
      const labels = await page.locator(".cmp-filter label").allInnerTexts();
      expect(labels.length).toBe(4);
      const totals = (await read()).flat();
      for (const label of [...labels.slice(1), labels[0]!]) {
        await page.getByText(label, { exact: true }).click();
        const counts = (await read()).flat();
        for (const c of counts) expect(c.count, label).toBe(c.shown);
        if (label !== labels[0]) expect(counts.reduce((n, c) => n + c.count, 0), label).toBeLessThan(totals.reduce((n, c) => n + c.count, 0));
      }
      expect((await read()).flat()).toEqual(totals);
      expectNoProblems(opened);
      await opened.close();
    },
  );

  it("links glossary terms in both columns and shows the definition on keyboard focus", async () => {
    const opened = await site.openPage("/compare/#topic-other");
    const { page } = opened;
    for (const place of ["zhongwei", "shizuishan"]) {
      const term = page.locator(`.cmp-col.place-${place} a.term`).first();
      expect(await term.getAttribute("href")).toMatch(/^\/glossary\/#[a-z0-9-]+-g\d+$/);
      const tip = page.locator(`[id="${await term.getAttribute("aria-describedby")}"]`);
      await expect.poll(() => tip.isVisible()).toBe(false);
      await term.focus();
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toMatch(/：/);
      await page.keyboard.press("Shift+Tab");
      await expect.poll(() => tip.isVisible()).toBe(false);
    }
    await opened.close();
  });

  it("highlights the slogans both reports quote, in both columns, without adding an element", async () => {
    const docs = await documents();
    const pair = original.map((id) => docs.find((d) => d.meta.id === id)!);
    const quotedBy = (d: ReportDocument, slogan: string) => bodyOf([d]).some((p) => p.text.includes(`“${slogan}”`));
    const opened = await site.openPage("/compare/");
    const { page } = opened;
    const { phrases: found, parts, unpainted } = await highlighted(page);
    expect(found.length).toBeGreaterThan(10);
    expect(unpainted, "paragraphs whose painted text is not what data-shared places").toEqual([]);
    for (const f of found) {
      const slogan = f.text.replace(/[“”]/g, "");
      expect(f.text, "a highlight takes the slogan's quotation marks along where it has them").not.toMatch(/^“[^”]*$|^[^“]*”$/);
      for (const d of pair) expect(quotedBy(d, slogan), `${d.meta.id} quotes ${slogan}`).toBe(true);
    }
    expect(await page.locator(".cmp-topic__shared").count()).toBeGreaterThan(0);
    expect(await unmarkedTopicSlogans(page, original)).toEqual([]);
    // The English page marks the same phrases.
    const en = await site.openPage("/en/compare/");
    const english = await highlighted(en.page);
    expect(english.unpainted).toEqual([]);
    expect(english.phrases).toEqual(found);
    expect(await unmarkedTopicSlogans(en.page, original)).toEqual([]);
    expectNoProblems(en);
    await en.close();
    expect(await page.locator(".cmp-para mark").count()).toBe(0);
    // Painted: the highlight's background is the legend's yellow.
    const colours = await page.evaluate(() => {
      const probe = document.createElement("div");
      document.body.append(probe);
      const style = getComputedStyle(probe, "::highlight(cmp-shared)").backgroundColor;
      probe.remove();
      return [style, getComputedStyle(document.querySelector(".cmp-legend mark.shared")!).backgroundColor];
    });
    expect(colours[0]).toBe(colours[1]);
    expectNoProblems(opened);
    await opened.close();

    // A browser without the Custom Highlight API gets a <mark> around each, and the same text.
    const tab = await site.openTab();
    await tab.context.addInitScript(() => {
      delete (window as { Highlight?: unknown }).Highlight;
    });
    await tab.visit("/compare/");
    const marks = await tab.page.locator(".cmp-para mark.shared").allTextContents();
    expect(marks).toEqual(parts);
    expectNoProblems(tab);
    await tab.close();
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

describe("a place's consecutive years", async () => {
  const docs = await documents();
  const [older, newer] = expectedPairs(docs).find(([a, b]) => a.split("-")[0] === b.split("-")[0] && docs.find((d) => d.meta.id === b)!.meta.year > 2020) ?? [];
  const path = `/compare/${older}/${newer}/`;
  const meta = (id: string | undefined) => docs.find((d) => d.meta.id === id)!.meta;

  it("labels each column by its year and each part by the real years, with the five-year outlook as a row of its own", async () => {
    expect(older && newer).toBeTruthy();
    const opened = await site.openPage(`${path}#topic-economy`, { width: 1280 });
    const { page } = opened;
    const a = meta(older);
    const b = meta(newer);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(`报告对比：${a.place_zh} ${a.year}年与${b.year}年`);
    const heads = await page.locator("#topic-economy .cmp-cell h4").allInnerTexts();
    expect(heads).toEqual([
      `${a.place_zh}${a.year}年 · ${a.year - 1}年工作回顾`,
      expect.stringMatching(new RegExp(`^${a.place_zh}${a.year}年 · “十.五”时期`)),
      `${a.place_zh}${a.year}年 · ${a.year}年工作安排`,
      `${b.place_zh}${b.year}年 · ${b.year - 1}年工作回顾`,
      expect.stringMatching(new RegExp(`^${b.place_zh}${b.year}年 · “十.五”时期（${b.year}—${b.year + 4}年）$`)),
      `${b.place_zh}${b.year}年 · ${b.year}年工作安排`,
    ]);
    // The outlook rows of the two columns are level with each other, the older report's empty.
    const tops = await page.locator("#topic-economy .cmp-cell--outlook h4").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    expect(tops[0]).toBeCloseTo(tops[1]!, 0);
    expect(await page.locator(`#topic-economy .cmp-col[data-report="${older}"] .cmp-cell--outlook .cmp-para`).count()).toBe(0);
    const labels = await page.locator(".cmp-filter label").allInnerTexts();
    expect(labels).toEqual(["全部都看", `只看${a.year - 1}年、${b.year - 1}年回顾`, expect.stringMatching(/^只看“十.五”规划$/), `只看${a.year}年、${b.year}年计划`]);
    await page.getByText(labels[2]!).click();
    const visible = await page.locator(".cmp-cell").evaluateAll((els) => [...new Set(els.filter((e) => e.checkVisibility()).map((e) => e.className))]);
    expect(visible).toEqual(["cmp-cell cmp-cell--outlook"]);
    const outlook = await page.locator(`.cmp-col[data-report="${newer}"] .cmp-cell--outlook .cmp-para`).allInnerTexts();
    expect(outlook.join("")).toMatch(/十.五/);
    expectNoProblems(opened);
    await opened.close();
  });
});

describe("the pair picker", async () => {
  const docs = await documents();
  const pairs = expectedPairs(docs).map(([a, b]) => `/compare/${a}/${b}/`);

  it.for([360, 1280])("on /compare/ links every pair page, grouped by year and by place, each resolving (%i px)", async (width, { expect }) => {
    const opened = await site.openPage("/compare/", { width, height: 800 });
    const { page } = opened;
    await page.getByRole("link", { name: "换一组报告对比" }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe("#pick");
    const picker = page.getByRole("navigation", { name: "选两份报告对比" });
    await expect.poll(() => isInViewport(picker.getByRole("heading", { level: 2 }))).toBe(true);
    const byYear = picker.getByRole("region", { name: "按年份" });
    const byPlace = picker.getByRole("region", { name: "按地区" });
    const hrefs = async (where: typeof picker) => where.getByRole("link").evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""));
    const sameYear = pairs.filter((p) => p.split("/")[2]!.split("-")[1] === p.split("/")[3]!.split("-")[1]);
    expect([...(await hrefs(byYear))].sort()).toEqual([...sameYear].sort());
    expect(new Set(await hrefs(byPlace))).toEqual(new Set(pairs));
    const years = await byYear.getByRole("heading", { level: 4 }).allInnerTexts();
    // Every year with two reports or more (a year of one report has no pair of one year).
    const counts = Map.groupBy(docs, (d) => d.meta.year);
    expect(years).toEqual([...counts].filter(([, ds]) => ds.length > 1).map(([y]) => y).sort().map((y) => `${y}年`));
    // The lede says how many pairs there are and where any two reports compose, in the reader's terms.
    const lede = picker.locator(".cmp-pick__lede");
    expect(await lede.getByRole("link", { name: "在浏览器中即时组合对比" }).getAttribute("href")).toBe("/compare/view/");
    expect(await lede.innerText()).toBe(`同一年的任意两地，或同一地的相邻两年，共 ${pairs.length} 组。任意两份报告也可在浏览器中即时组合对比，例如两地不同年份的报告。`);
    for (const href of new Set(await hrefs(picker))) {
      const res = await fetch(site.url(href), { method: "HEAD" });
      expect(res.status, href).toBe(200);
    }
    const size = await page.evaluate(() => ({ scroll: document.scrollingElement?.scrollWidth ?? 0, inner: innerWidth }));
    expect(size.scroll).toBeLessThanOrEqual(size.inner);
    await opened.close();
  });

  it("a person picks a place's two years, reads that comparison, and comes back to pick another", async () => {
    const zw = docs.filter((d) => d.meta.place === "zhongwei").map((d) => d.meta).sort((a, b) => a.year - b.year);
    const opened = await site.openPage("/compare/", { width: 360, height: 740 });
    const { page } = opened;
    const group = page.getByRole("region", { name: "按地区" });
    await group.getByRole("link", { name: `中卫${zw[0]!.year}年与${zw[1]!.year}年` }).click();
    await page.waitForURL(`**/compare/${zw[0]!.id}/${zw[1]!.id}/`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(`报告对比：中卫市 ${zw[0]!.year}年与${zw[1]!.year}年`);
    await page.getByRole("link", { name: "换一组报告对比" }).click();
    await page.waitForURL("**/compare/#pick");
    await page.getByRole("region", { name: "按年份" }).getByRole("link", { name: `宁夏—银川（${zw[1]!.year}年）` }).click();
    await page.waitForURL(`**/compare/ningxia-${zw[1]!.year}/yinchuan-${zw[1]!.year}/`);
    expect(await page.title()).toContain(`宁夏回族自治区与银川市 ${zw[1]!.year}年`);
    await page.getByRole("link", { name: "换一组报告对比" }).click();
    await page.getByRole("region", { name: "按地区" }).getByRole("link", { name: `中卫与固原（${zw[0]!.year}年）` }).click();
    await page.waitForURL(`**/compare/guyuan-${zw[0]!.year}/zhongwei-${zw[0]!.year}/`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(`报告对比：固原市与中卫市 ${zw[0]!.year}年`);
    expectNoProblems(opened);
    await opened.close();
  });
});

describe("the English edition of the compare pages", async () => {
  const docs = await documents();
  const topicList = JSON.parse(await readFile(join(content, "topics.json"), "utf8")) as { topics: { id: string; en: string; zh: string }[] };
  const en = (path: string) => `/en${path}`;

  it("/en/compare/ shows the original pair in English, every paragraph once in Chinese marked lang=zh-CN, its links in English pages", async () => {
    const two = docs.filter((d) => original.includes(d.meta.id));
    const opened = await site.openPage("/en/compare/");
    const { page } = opened;
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Compare: Shizuishan and Zhongwei, 2020");
    expect(await page.title()).toMatch(/^Shizuishan vs Zhongwei, 2020 · /);
    expect(await page.locator(".cmp-col__title").evaluateAll((els) => [...new Set(els.map((e) => e.textContent))])).toEqual([
      "Shizuishan Government Work Report 2020",
      "Zhongwei Government Work Report 2020",
    ]);
    const paragraphs = await shownParagraphs(page);
    expect([...paragraphs].sort(byHref)).toEqual(bodyOf(two).map((p) => ({ ...p, href: en(p.href) })).sort(byHref));
    expect(await page.locator(".cmp-para:not([lang='zh-CN'])").count()).toBe(0);
    expect(await page.locator(".cmp-permalink").first().getAttribute("aria-label")).toMatch(/^(Shizuishan|Zhongwei) report, paragraph \d+$/);
    expect(await page.locator(".cmp-topic h2").evaluateAll((els) => els.map((e) => e.firstChild?.textContent?.trim()))).toEqual(
      expect.arrayContaining(topicList.topics.map((t) => t.en)),
    );
    for (const href of await page.locator(".cmp-fig a").evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""))) {
      expect(href).toMatch(/^\/en\/reports\/[a-z]+-\d{4}\/#p-\d+$/);
    }
    expect(await page.locator("a.term").first().getAttribute("href")).toMatch(/^\/en\/glossary\/#[a-z0-9-]+$/);
    expect(await chineseOutsideZh(page)).toEqual([]);
    expect(await linksOutsideEnglish(page)).toEqual([]);
    expectNoProblems(opened);
    await opened.close();
  });

  it("a reader filters the parts, follows the topic list and a key figure, in English", async () => {
    const opened = await site.openPage("/en/compare/", { width: 1280 });
    const { page } = opened;
    const none = async (selector: string) => !(await shown(page, selector)).some(Boolean);
    expect(await page.locator(".cmp-filter label").allInnerTexts()).toEqual(["Show all", "2019 review only", "2020 plan only"]);
    await page.getByText("2019 review only").click();
    expect(await none(".cmp-cell--plan")).toBe(true);
    await page.getByRole("radio", { name: "Show all" }).check();
    expect(await none(".cmp-cell--plan")).toBe(false);
    const heads = await page.locator("#topic-economy .cmp-cell h4").allInnerTexts();
    expect(heads).toEqual(["Shizuishan · 2019 review", "Shizuishan · 2020 plan", "Zhongwei · 2019 review", "Zhongwei · 2020 plan"]);
    const nav = page.getByRole("navigation", { name: "Topics" });
    await nav.getByRole("link", { name: /^Ecology and environment/ }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe("#topic-ecology");
    await expect.poll(() => isInViewport(page.locator("#topic-ecology h2"))).toBe(true);
    expect(await page.locator("#topic-ecology h2 [lang='zh-CN']").innerText()).toBe("生态环境保护");
    const figure = page.locator("#topic-economy .cmp-col.place-zhongwei .cmp-fig a").first();
    expect(await figure.innerText()).toMatch(/^[\d.,:%–\w ]+\n20\d\d (result|estimate|target)\n[A-Z].*$/);
    const target = await figure.getAttribute("href");
    await figure.click();
    await page.waitForURL((u) => `${u.pathname}${u.hash}` === target);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expectNoProblems(opened);
    await opened.close();
  });

  it("a person picks a place's two years and then a pair of one year in the English picker, and stays in English", async () => {
    const zw = docs.filter((d) => d.meta.place === "zhongwei").map((d) => d.meta).sort((a, b) => a.year - b.year);
    const [y0, y1] = [zw[0]!.year, zw[1]!.year];
    const opened = await site.openPage("/en/compare/", { width: 360, height: 740 });
    const { page } = opened;
    await page.getByRole("link", { name: "Compare another pair" }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe("#pick");
    const picker = page.getByRole("navigation", { name: "Pick two reports to compare" });
    expect(await picker.getByRole("region", { name: "By year" }).getByRole("heading", { level: 4 }).allInnerTexts()).toEqual(
      [...Map.groupBy(docs, (d) => d.meta.year)].filter(([, ds]) => ds.length > 1).map(([y]) => y).sort().map(String),
    );
    expect(await picker.getByRole("region", { name: "By place" }).getByRole("heading", { level: 4 }).first().innerText()).toBe("Ningxia Hui Autonomous Region");
    expect(await picker.locator('a[aria-current="page"]').first().getAttribute("aria-label")).toBe(`Shizuishan–Zhongwei (${y0})`);
    expect(await linksOutsideEnglish(page)).toEqual([]);
    await picker.getByRole("region", { name: "By place" }).getByRole("link", { name: `Zhongwei ${y0} and ${y1}` }).click();
    await page.waitForURL(`**/en/compare/${zw[0]!.id}/${zw[1]!.id}/`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(`Compare: Zhongwei, ${y0} and ${y1}`);
    expect(await page.locator(".cmp-filter label").allInnerTexts()).toEqual([
      "Show all",
      `${y0 - 1} and ${y1 - 1} reviews only`,
      expect.stringMatching(/^1\dth Five-Year Plan outlook only$/),
      `${y0} and ${y1} plans only`,
    ]);
    expect(await page.locator("#topic-economy .cmp-cell h4").allInnerTexts()).toEqual([
      `Zhongwei ${y0} · ${y0 - 1} review`,
      expect.stringMatching(new RegExp(`^Zhongwei ${y0} · 1\\dth Five-Year Plan, \\d{4}–\\d{4}$`)),
      `Zhongwei ${y0} · ${y0} plan`,
      `Zhongwei ${y1} · ${y1 - 1} review`,
      `Zhongwei ${y1} · 14th Five-Year Plan, ${y1}–${y1 + 4}`,
      `Zhongwei ${y1} · ${y1} plan`,
    ]);
    expect(await page.locator(`.cmp-col[data-report="${zw[0]!.id}"] .cmp-cell--outlook .cmp-empty`).first().innerText()).toBe(
      "This report has no five-year plan part.",
    );
    expect(await page.getByRole("navigation", { name: "Topics" }).locator(".cmp-nav__counts").first().innerText()).toMatch(
      new RegExp(`^${y0}: \\d+ paragraphs?\\s+${y1}: \\d+ paragraphs?$`),
    );
    const size = await page.evaluate(() => ({ scroll: document.scrollingElement?.scrollWidth ?? 0, inner: innerWidth }));
    expect(size.scroll).toBeLessThanOrEqual(size.inner);
    expect(await chineseOutsideZh(page)).toEqual([]);
    await page.getByRole("link", { name: "Compare another pair" }).click();
    await page.waitForURL("**/en/compare/#pick");
    await page.getByRole("region", { name: "By year" }).getByRole("link", { name: `Ningxia–Yinchuan (${y1})` }).click();
    await page.waitForURL(`**/en/compare/ningxia-${y1}/yinchuan-${y1}/`);
    expect(await page.title()).toMatch(new RegExp(`^Ningxia vs Yinchuan, ${y1} · `));
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(`Compare: Ningxia Hui Autonomous Region and Yinchuan, ${y1}`);
    expect(await linksOutsideEnglish(page)).toEqual([]);
    expectNoProblems(opened);
    await opened.close();
  });
});
