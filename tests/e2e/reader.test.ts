/**
 * The reader in a real browser, for each report: it loads cleanly, its paragraph and heading ids are the
 * ones the ingest assigned (readDocument), a table-of-contents link brings its heading into view, a
 * `#p-N` permalink lands on that paragraph, and on a 360 px phone nothing overflows sideways. Its title
 * block names the place's level (the region a 自治区, never 市), its 来源 line gives the origin (path and
 * commit) or the official page and the raw file's hash, and links the Markdown download; it links the
 * place's other years and, one level up or down, the region's or the cities' reports of the same year.
 * The home page's table of places × years leads to every reader. The English reader (`/en/reports/<id>/`)
 * says the site's own words in English, keeps the report's text in Chinese marked `lang="zh-CN"`, gives
 * the figures English tooltips and badges, and links only to English pages.
 */
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { parseMarkdown } from "../../src/lib/markdown/processor.ts";
import { readDocument, type ReportDocument } from "../../src/lib/report/document.ts";
import { CJK } from "./support/english.ts";
import { expectNoProblems, isInViewport, useSite } from "./helpers.ts";
import { sitePages } from "./support/dist.ts";
import { placesFileSchema, type Place } from "../../src/lib/schema/place.ts";
import { displayTitle } from "../../src/lib/render/report-meta.ts";
import { dataValue } from "../../src/lib/render/remark-figures.ts";
import { levelName } from "../../src/lib/render/places.ts";
import { pinyinName, reportTitleEn } from "../../src/i18n/format.ts";
import { readerTitleEn } from "../../src/i18n/reader.ts";
import type { StoredFigure } from "../../src/lib/schema/figure.ts";

const site = useSite();
const contentDir = resolve(import.meta.dirname, "../../content/reports");

async function documentOf(id: string): Promise<ReportDocument> {
  return readDocument(parseMarkdown(await readFile(join(contentDir, `${id}.md`), "utf8")));
}

async function placesOf(): Promise<Place[]> {
  return placesFileSchema.parse(JSON.parse(await readFile(resolve(contentDir, "../places.json"), "utf8")));
}

/**
 * The readers a report's "相关报告" should link: its place's other years, and the same year of the place one
 * level up (its front matter's parent) and of the places one level down (those whose reports name it as parent).
 */
async function expectedRelated(meta: ReportDocument["meta"], readers: readonly string[]) {
  const metas = await Promise.all(readers.map(async (p) => (await documentOf(p.split("/")[2]!)).meta));
  const sameYear = (place: string) => `/reports/${place}-${meta.year}/`;
  const others = readers.filter((p) => p !== `/reports/${meta.id}/` && p.startsWith(`/reports/${meta.place}-`));
  const up = meta.parent ? [sameYear(meta.parent)].filter((p) => readers.includes(p)) : [];
  const down = [...new Set(metas.filter((m) => m.parent === meta.place).map((m) => sameYear(m.place)))].filter((p) => readers.includes(p));
  return { others, up, down };
}

/** The hrefs of the links of a page's "相关报告" navigation. */
async function relatedHrefs(page: import("playwright-core").Page): Promise<string[]> {
  return page
    .getByRole("navigation", { name: "相关报告" })
    .getByRole("link")
    .evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""));
}

describe("reader", async () => {
  const readers = (await sitePages(inject("distDir"))).filter((p) => /^\/reports\/[^/]+\/$/.test(p));

  it("there is a reader page for each report of content/reports", async () => {
    const ids = (await import("node:fs/promises").then((fs) => fs.readdir(contentDir))).filter((f) => f.endsWith(".md")).map((f) => f.slice(0, -3));
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect([...readers].sort()).toEqual(ids.map((id) => `/reports/${id}/`).sort());
  });

  // Concurrent: the tests share the file's browser, each in its own context; they use the test's `expect`.
  describe.concurrent.each(readers)("%s", (path) => {
    const id = path.split("/")[2] ?? "";

    it("loads without problems, with the ingest's paragraph and heading ids in order", async ({ expect }) => {
      const doc = await documentOf(id);
      const opened = await site.openPage(path);
      const { page } = opened;
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(displayTitle(doc.meta));
      expect(await page.title()).toContain(displayTitle(doc.meta));
      const ids = await page.locator("main [id]").evaluateAll((els) => els.map((e) => e.id));
      expect(ids.filter((i) => /^p-\d+$/.test(i))).toEqual(doc.paragraphs.map((p) => p.id));
      expect(ids.filter((i) => /^s-[\d-]+$/.test(i))).toEqual(doc.headings.map((h) => h.id));
      expectNoProblems(opened);
      await opened.close();
    });

    it("a table-of-contents link brings its heading into view and sets the hash", async ({ expect }) => {
      const opened = await site.openPage(path);
      const { page } = opened;
      const links = page.getByRole("navigation", { name: "目录" }).getByRole("link");
      const last = links.last();
      const href = (await last.getAttribute("href")) ?? "";
      await last.click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(href);
      const heading = page.locator(href);
      await expect.poll(() => isInViewport(heading)).toBe(true);
      expect(await heading.textContent()).toBe(await last.textContent());
      expectNoProblems(opened);
      await opened.close();
    });

    it.for([
      [360, "a middle"],
      [1280, "the last"],
    ] as const)("a #p-N permalink lands on its paragraph (%i px, %s paragraph)", async ([width, which], { expect }) => {
      const { paragraphs } = await documentOf(id);
      const paragraph = which === "the last" ? paragraphs.at(-1) : paragraphs[Math.floor(paragraphs.length / 2)];
      if (!paragraph) throw new Error(`${id} has no paragraphs`);
      const opened = await site.openPage(`${path}#${paragraph.id}`, { width });
      const target = opened.page.locator(`#${paragraph.id}`);
      await expect.poll(() => isInViewport(target)).toBe(true);
      expect(await target.evaluate((el) => el.matches(":target"))).toBe(true);
      expect(await target.textContent()).toContain(paragraph.text.slice(-12, -1));
      expectNoProblems(opened);
      await opened.close();
    });

    it("names its place's level and its source: origin with path and commit, or the official page, the file hash and the download", async ({ expect }) => {
      const { meta } = await documentOf(id);
      const opened = await site.openPage(path);
      const { page } = opened;
      const head = page.locator(".report-head");
      const kicker = (await head.locator(".report-head__kicker").innerText()).trim();
      // The level as the place's name says it (宁夏回族自治区: 自治区, 河北省: 省); the place, after its parent's name
      // when it has one (a city of the region; a place not in content/places.json has none).
      const level = levelName(meta.level, meta.place_zh);
      if (meta.place_zh.endsWith("自治区")) expect(level).toBe("自治区");
      expect(await head.locator("dl").innerText()).toMatch(new RegExp(`层级\\s*${level}`));
      expect(kicker).toBe(meta.parent_zh ? `${meta.parent_zh} · ${meta.place_zh}` : meta.place_zh);
      if (meta.level === "province") expect(kicker.replace(meta.place_zh, "")).not.toContain("市");
      const source = page.locator("#source");
      const text = await source.innerText();
      expect(text).toMatch(/^来源：/);
      expect(text).toContain(meta.source_sha256.slice(0, 12));
      if (meta.origin_path) expect(text).toContain(meta.origin_path);
      if (meta.origin_commit) expect(text).toContain(meta.origin_commit.slice(0, 7));
      if (meta.source_url) expect(await source.locator(`a[href="${meta.source_url}"]`).count()).toBe(1);
      if (!meta.origin_path && !meta.source_url) expect(text).toContain(meta.origin ?? "未记录");
      const download = source.getByRole("link", { name: "结构化 Markdown" });
      expect(await download.getAttribute("href")).toBe(`/data/reports/${id}.md`);
      const res = await fetch(site.url(`/data/reports/${id}.md`));
      expect(res.status).toBe(200);
      expect(await res.text()).toContain(`id: "${id}"`);
      expectNoProblems(opened);
      await opened.close();
    });

    it("links the place's other years, and the same year one level up (the region) or down (its cities)", async ({ expect }) => {
      const { meta } = await documentOf(id);
      const places = await placesOf();
      const { others, up, down } = await expectedRelated(meta, readers);
      const opened = await site.openPage(path);
      const hrefs = (await relatedHrefs(opened.page)).filter((h) => h.startsWith("/reports/"));
      expect(new Set(hrefs)).toEqual(new Set([...others, ...up, ...down]));
      // Where content/places.json gives the place a parent or children with reports of the year (Ningxia and its
      // cities), the links are there.
      const parentReport = places.some((p) => p.id === meta.place && p.parent && readers.includes(`/reports/${p.parent}-${meta.year}/`));
      if (parentReport) expect(up.length, "a city links its region's report of the year").toBe(1);
      const childReports = places.some((p) => p.parent === meta.place && readers.includes(`/reports/${p.id}-${meta.year}/`));
      if (childReports) expect(down.length, "the region links its cities' reports").toBeGreaterThan(0);
      await opened.close();
    });

    it("fits a 360 px screen: no horizontal overflow", async ({ expect }) => {
      const opened = await site.openPage(path, { width: 360, height: 740 });
      const size = await opened.page.evaluate(() => ({ scroll: document.scrollingElement?.scrollWidth ?? 0, inner: innerWidth }));
      expect(size.scroll).toBeLessThanOrEqual(size.inner);
      await opened.close();
    });
  });
});

describe("home: places × years", async () => {
  const readers = (await sitePages(inject("distDir"))).filter((p) => /^\/reports\/[^/]+\/$/.test(p));

  it.for([360, 1280])("the table lists the region first, then its cities, each year a column, each cell a reader with date and speaker (%i px)", async (width, { expect }) => {
    const places = await placesOf();
    const opened = await site.openPage("/", { width, height: 900 });
    const { page } = opened;
    const table = page.getByRole("table", { name: /各地历年政府工作报告/ });
    const years = (await table.locator("thead th").allInnerTexts()).slice(1);
    const ids = readers.map((p) => p.split("/")[2] ?? "");
    const dataYears = [...new Set(ids.map((id) => Number(id.split("-")[1])))].sort();
    expect(years).toEqual(dataYears.map((y) => `${y}年`));
    const rows = await table.locator("tbody tr").evaluateAll((trs) =>
      trs.map((tr) => ({
        place: tr.querySelector("th .report-grid__place")?.textContent ?? "",
        cells: [...tr.querySelectorAll("td")].map((td) => ({
          href: td.querySelector("a")?.getAttribute("href") ?? null,
          date: td.querySelector("time")?.getAttribute("datetime") ?? null,
          text: (td as HTMLElement).innerText,
          span: (td as HTMLTableCellElement).colSpan,
        })),
      })),
    );
    // Each row spans every year: a run of years without a report is one cell spanning them.
    for (const row of rows) expect(row.cells.reduce((n, c) => n + c.span, 0), row.place).toBe(dataYears.length);
    const region = places.find((p) => p.parent === null)!;
    expect(rows[0]?.place).toBe(region.name_zh);
    expect(rows.map((r) => r.place)).toEqual(places.filter((p) => ids.some((id) => id.startsWith(`${p.id}-`))).map((p) => p.name_zh));
    const linked = rows.flatMap((r) => r.cells.map((c) => c.href)).filter(Boolean);
    expect([...linked].sort()).toEqual([...readers].sort());
    for (const [i, row] of rows.entries()) {
      const place = places.find((p) => p.name_zh === row.place)!;
      let j = 0;
      for (const cell of row.cells) {
        j += cell.span;
        if (!cell.href) continue;
        const { meta } = await documentOf(`${place.id}-${dataYears[j - 1]}`);
        expect(cell.href, `row ${i} column ${j}`).toBe(`/reports/${meta.id}/`);
        expect(cell.date).toBe(meta.date || null);
        if (meta.speaker) expect(cell.text).toContain(meta.speaker);
      }
    }
    const size = await page.evaluate(() => ({ scroll: document.scrollingElement?.scrollWidth ?? 0, inner: innerWidth }));
    expect(size.scroll).toBeLessThanOrEqual(size.inner);
    expectNoProblems(opened);
    await opened.close();
  });

  it.for([390, 1280])("with six years the table stays readable: years, links and names on one line each, no filler, nothing past the screen (%i px)", async (width, { expect }) => {
    const opened = await site.openPage("/", { width, height: 900 });
    const { page } = opened;
    // The real corpus has two years: four more columns, each a copy of a row's first report (or of its first
    // empty cell), make the table of a corpus of six.
    await page.evaluate(() => {
      const table = document.querySelector("table.report-grid")!;
      const head = table.querySelector("thead tr")!;
      for (let k = 0; k < 4; k++) {
        const th = head.children[1]!.cloneNode(true) as HTMLElement;
        th.textContent = `${2016 + k}年`;
        head.children[0]!.after(th);
        for (const tr of table.querySelectorAll("tbody tr")) tr.querySelector("th")!.after(tr.querySelector("td")!.cloneNode(true));
      }
    });
    const layout = await page.evaluate(() => {
      /** How many lines an element's text takes: the distinct tops of its text's boxes. */
      const lines = (el: Node) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
      };
      const table = document.querySelector("table.report-grid")!;
      const wrap = table.closest(".grid-wrap") as HTMLElement;
      const visible = (el: Element) => el.checkVisibility() && el.getBoundingClientRect().width > 1;
      return {
        page: (document.scrollingElement?.scrollWidth ?? 0) - innerWidth,
        wrapOverflow: wrap.scrollWidth - wrap.clientWidth,
        years: [...table.querySelectorAll("thead th")].filter(visible).map((th) => [th.textContent, lines(th)]),
        links: [...table.querySelectorAll("td a")].filter(visible).map((a) => [a.textContent, lines(a)]),
        // The speaker's name: the first text of a cell's last line of details (`杨玉经`, then the office).
        names: [...table.querySelectorAll("td .report-grid__meta:last-child")].filter(visible).map((m) => [m.firstChild?.textContent ?? "", lines(m.firstChild!)]),
        // An empty cell's text as shown (wider than a pixel and not clipped away) and as read out.
        empty: [...table.querySelectorAll("td:not(:has(a))")].map((td) => {
          const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
          let shown = "";
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const el = n.parentElement!;
            if (el.getBoundingClientRect().width > 1 && el.checkVisibility()) shown += n.textContent;
          }
          return [shown.trim(), td.textContent ?? ""];
        }),
      };
    });
    expect(layout.page, "the page scrolls sideways").toBeLessThanOrEqual(0);
    expect(layout.links.length).toBeGreaterThan(0);
    for (const [text, n] of [...layout.years, ...layout.links, ...layout.names]) expect(n, `“${text}” is broken over lines`).toBe(1);
    // An empty year is a blank cell (its dash drawn by CSS, silent).
    for (const [shown = "", text] of layout.empty) expect([shown, text]).toEqual(["", ""]);
    // The table sits in a labelled scroll box a keyboard can reach and scroll; a wide screen shows every year.
    const box = page.getByRole("group", { name: /各地历年政府工作报告/ });
    await box.focus();
    expect(await box.evaluate((el) => el === document.activeElement && el.querySelector("table") !== null)).toBe(true);
    if (width >= 1280) expect(layout.wrapOverflow).toBeLessThanOrEqual(0);
    expectNoProblems(opened);
    await opened.close();
  });

  it("a person goes from the home table to a city's reader, then to its region's report of that year, and on to the region's other year", async () => {
    const places = await placesOf();
    const city = places.find((p) => p.level === "city" && readers.some((r) => r.startsWith(`/reports/${p.id}-`)))!;
    const region = places.find((p) => p.id === city.parent)!;
    const opened = await site.openPage("/", { width: 360, height: 740 });
    const { page } = opened;
    const cityRow = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(city.name_zh) }) });
    await cityRow.getByRole("link").first().click();
    await page.waitForURL(/\/reports\//);
    const year = new URL(page.url()).pathname.split("/")[2]!.split("-")[1];
    expect(new URL(page.url()).pathname).toBe(`/reports/${city.id}-${year}/`);
    const related = page.getByRole("navigation", { name: "相关报告" });
    await related.getByRole("link", { name: region.name_zh, exact: true }).click();
    await page.waitForURL(`**/reports/${region.id}-${year}/`);
    const h1 = await page.getByRole("heading", { level: 1 }).innerText();
    expect(h1).toContain(region.name_zh);
    expect(await page.locator(".report-head__kicker").innerText()).toContain("自治区");
    const otherYears = page.getByRole("navigation", { name: "相关报告" }).getByRole("link", { name: /^\d{4}年$/ });
    if ((await otherYears.count()) > 0) {
      await otherYears.first().click();
      await page.waitForURL(new RegExp(`/reports/${region.id}-\\d{4}/$`));
      expect(new URL(page.url()).pathname).not.toBe(`/reports/${region.id}-${year}/`);
    }
    expectNoProblems(opened);
    await opened.close();
  });
});

/**
 * The English reader (`/en/reports/<id>/`): the site's own words in English (title, meta line, 来源 line,
 * contents, related reports, key figures, the figures' tooltips and the tracker's badges), the report's
 * text in Chinese inside `lang="zh-CN"`, and links that stay in the English edition.
 */
describe("the English reader", async () => {
  const enReaders = (await sitePages(inject("distDir"))).filter((p) => /^\/en\/reports\/[^/]+\/$/.test(p));

  /** Text and read-out attributes with Chinese in them, outside the elements marked `lang="zh-CN"`. */
  const chineseOutside = (page: import("playwright-core").Page) =>
    page.evaluate((source) => {
      const cjk = new RegExp(source, "u");
      const zh = (el: Element | null) => el?.closest("[lang]")?.getAttribute("lang") === "zh-CN";
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || el.closest("script, style") || zh(el)) continue;
        if (cjk.test(n.textContent ?? "")) found.push(`<${el.tagName.toLowerCase()}> ${n.textContent?.trim().slice(0, 60)}`);
      }
      for (const el of document.querySelectorAll("[title], [aria-label], [alt], [placeholder]")) {
        if (zh(el)) continue;
        for (const attr of ["title", "aria-label", "alt", "placeholder"]) {
          const v = el.getAttribute(attr);
          if (v && cjk.test(v)) found.push(`<${el.tagName.toLowerCase()} ${attr}> ${v.slice(0, 60)}`);
        }
      }
      if (cjk.test(document.title)) found.push(`<title> ${document.title}`);
      return found;
    }, CJK.source);

  it("there is an English reader for each Chinese one", async () => {
    const readers = (await sitePages(inject("distDir"))).filter((p) => /^\/reports\/[^/]+\/$/.test(p));
    expect(enReaders.length).toBeGreaterThanOrEqual(2);
    expect(enReaders).toEqual(readers.map((p) => `/en${p}`));
  });

  describe.concurrent.each(enReaders)("%s", (path) => {
    const id = path.split("/")[3] ?? "";

    it("is titled in English with the Chinese title beside it, the report's text in Chinese marked zh-CN, and no Chinese elsewhere", async ({ expect }) => {
      const { meta, paragraphs, headings } = await documentOf(id);
      const opened = await site.openPage(path);
      const { page } = opened;
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
      expect(await page.title()).toContain(readerTitleEn(meta));
      const h1 = page.getByRole("heading", { level: 1 });
      expect(await h1.innerText()).toContain(reportTitleEn(meta));
      expect(await h1.locator('[lang="zh-CN"]').innerText()).toBe(displayTitle(meta));
      // The report's text: every paragraph and heading, with the ingest's ids, inside lang="zh-CN".
      const text = page.locator('.report-body [lang="zh-CN"]').first();
      const ids = await text.locator("[id]").evaluateAll((els) => els.map((e) => e.id));
      expect(ids.filter((i) => /^p-\d+$/.test(i))).toEqual(paragraphs.map((p) => p.id));
      expect(ids.filter((i) => /^s-[\d-]+$/.test(i))).toEqual(headings.map((h) => h.id));
      expect(await text.locator(`#${paragraphs[0]!.id}`).textContent()).toContain(paragraphs[0]!.text.slice(0, 8));
      // The site's own words: the meta line in English, the speaker in pinyin with the name in characters beside.
      const metaLine = await page.locator(".report-head dl").innerText();
      expect(metaLine).toMatch(/Date\s/);
      expect(metaLine).toContain(`${paragraphs.length} paragraphs`);
      if (meta.speaker) {
        expect(metaLine).toContain(pinyinName(meta.speaker));
        expect(await page.locator(".report-head dl").getByText(meta.speaker, { exact: true }).getAttribute("lang")).toBe("zh-CN");
      }
      expect(await page.locator("#source").innerText()).toMatch(/^Source: /);
      expect(await page.getByRole("navigation", { name: "Contents" }).count()).toBe(1);
      expect(await chineseOutside(page)).toEqual([]);
      expectNoProblems(opened);
      await opened.close();
    });

    it("links only to English pages, the related reports among them", async ({ expect }) => {
      const { meta } = await documentOf(id);
      const opened = await site.openPage(path);
      const { page } = opened;
      const hrefs = await page.locator("a[href]:not([data-lang-switch])").evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""));
      const pages = hrefs.filter((h) => h.startsWith("/") && new URL(h, "http://x").pathname.endsWith("/"));
      expect(pages.length).toBeGreaterThan(10);
      expect(pages.filter((h) => !h.startsWith("/en/"))).toEqual([]);
      const related = await page
        .getByRole("navigation", { name: "Related reports" })
        .getByRole("link")
        .evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""));
      const { others, up, down } = await expectedRelated(meta, enReaders.map((p) => p.replace(/^\/en/, "")));
      expect(new Set(related.filter((h) => h.startsWith("/en/reports/")))).toEqual(new Set([...others, ...up, ...down].map((p) => `/en${p}`)));
      expect(await page.locator("a[data-lang-switch]").getAttribute("href")).toBe(`/reports/${meta.id}/`);
      await opened.close();
    });
  });

  it("marks a real report's figures with English tooltips, badges and key figures, and a reader follows its links in English", async () => {
    const withFigures = await Promise.all(
      enReaders.map(async (p) => {
        const id = p.split("/")[3]!;
        const { figures } = JSON.parse(await readFile(resolve(contentDir, `../indicators/${id}.json`), "utf8")) as { figures: StoredFigure[] };
        return { id, figures };
      }),
    );
    const { id, figures } = withFigures.find((r) => r.figures.some((f) => f.kind === "result" && !f.estimate && f.label_en))!;
    const result = figures.find((f) => f.kind === "result" && !f.estimate && f.label_en)!;
    const opened = await site.openPage(`/en/reports/${id}/`, { width: 1280, height: 900 });
    const { page } = opened;
    // The mark of a result: the number as written, in Chinese, with its value; its tooltip in English.
    const mark = page.locator(`a.fig[data-figure~="${result.id}"]`);
    const years = result.period ? `${result.period[0]}–${result.period[1]}` : String(result.year);
    expect(await mark.getAttribute("title")).toContain(`${years} result · ${result.label_en}`);
    expect(await mark.evaluate((a) => a.closest("[lang]")?.getAttribute("lang"))).toBe("zh-CN");
    expect(await mark.getAttribute("data-value")).toBe(dataValue(result));
    expect(await mark.getAttribute("href")).toMatch(/^\/en\/indicators\//);
    // Every tooltip and badge in the text speaks English.
    const titles = await page.locator(".report-body a.fig").evaluateAll((els) => els.map((e) => e.getAttribute("title") ?? ""));
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.filter((t) => !/^\d{4} (result|target|estimate) · /.test(t) || /[\u3400-\u9fff]/u.test(t))).toEqual([]);
    const badges = await page.locator(".report-body a.track").evaluateAll((els) => els.map((e) => (e.textContent ?? "").trim()));
    expect(badges.filter((b) => /[\u3400-\u9fff]/u.test(b))).toEqual([]);
    // The key figures box in English, its values linking to their paragraphs.
    const box = page.getByRole("region", { name: "Key figures" });
    if ((await box.count()) > 0) {
      expect(await box.locator("thead").innerText()).toMatch(/Indicator\s+\d{4} result\s+\d{4} target/);
      const first = box.locator("td a").first();
      const hash = (await first.getAttribute("href")) ?? "";
      await first.click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(hash);
    }
    // The ¶ permalink is read in English: “paragraph 12”.
    expect(await page.locator(".report-body a.pilcrow").first().getAttribute("aria-label")).toMatch(/^paragraph \d+$/);
    // Following the table of contents, then a figure to its indicator: the reader stays in English.
    const toc = page.getByRole("navigation", { name: "Contents" }).getByRole("link");
    const tocHref = (await toc.first().getAttribute("href")) ?? "";
    await toc.first().click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(tocHref);
    await mark.click();
    await page.waitForURL(/\/en\/indicators\//);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expectNoProblems(opened);
    await opened.close();
  });

  it("a person goes from the English home table to a city's reader, then to its region's report of that year", async () => {
    const places = await placesOf();
    const city = places.find((p) => p.level === "city" && enReaders.some((r) => r.startsWith(`/en/reports/${p.id}-`)))!;
    const region = places.find((p) => p.id === city.parent)!;
    const opened = await site.openPage("/en/", { width: 360, height: 740 });
    const { page } = opened;
    const cityRow = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(city.name_en) }) });
    await cityRow.getByRole("link").first().click();
    await page.waitForURL(/\/en\/reports\//);
    const year = new URL(page.url()).pathname.split("/")[3]!.split("-")[1];
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toContain(`${city.name_en} Government Work Report ${year}`);
    await page.getByRole("navigation", { name: "Related reports" }).getByRole("link", { name: region.name_en, exact: true }).click();
    await page.waitForURL(`**/en/reports/${region.id}-${year}/`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toContain(region.name_en);
    const size = await page.evaluate(() => ({ scroll: document.scrollingElement?.scrollWidth ?? 0, inner: innerWidth }));
    expect(size.scroll).toBeLessThanOrEqual(size.inner);
    expectNoProblems(opened);
    await opened.close();
  });

  it("says in English that a paragraph's link was copied", async () => {
    const opened = await site.openPage(enReaders[0]!);
    const { page, context } = opened;
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(site.baseURL).origin });
    await page.locator(".report-body a.pilcrow").first().click();
    await expect.poll(() => page.locator(".copy-status").textContent()).toMatch(/^Link to this paragraph copied: http/);
    await opened.close();
  });
});

describe("copying text", () => {
  it.each([
    ["/reports/zhongwei-2021/", "p.para:has(.track):has(.cite-link)", ".pilcrow, .cite-link, .track, .term-tip"],
    ["/en/reports/zhongwei-2021/", "p.para:has(.track):has(.cite-link)", ".pilcrow, .cite-link, .track, .term-tip"],
    ["/compare/yinchuan-2021/zhongwei-2021/", "p.cmp-para:has(.cmp-permalink):has(a.term)", ".cmp-permalink, .term-tip"],
    ["/compare/view/?a=guyuan-2020&b=yinchuan-2021", ".cv__col li:has(> a:first-child)", ":scope > a:first-child"],
  ])("%s: copying a paragraph copies the report's words alone, not its permalink, citation link or tracker badges", async (path, selector, marks) => {
    const opened = await site.openPage(path);
    const { page, context } = opened;
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(site.baseURL).origin });
    const expected = await page.locator(selector).first().evaluate((p, marks) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      const words = p.cloneNode(true) as HTMLElement;
      for (const mark of words.querySelectorAll(marks)) mark.remove();
      return words.textContent!;
    }, marks);
    await page.keyboard.press("Control+C");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.trim()).toBe(expected.trim());
    expect(copied).not.toMatch(/¶|引用|Cite|对照|第\d+段|paragraph \d/);
    await opened.close();
  });
});
