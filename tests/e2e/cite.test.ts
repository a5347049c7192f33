/**
 * Citations, read off dist/ and driven in the browser:
 *   - round trip: every reference on every report's cite page (both editions) parses, and its URL's path and
 *     fragment lead, in dist/, to the paragraph with that id, whose text starts with the entry's excerpt; the
 *     whole report's references are those of `/data/reports/<id>.md`; every record of /data/indicators.json
 *     cites its report and a permalink leading to the paragraph that holds its quote;
 *   - with JavaScript, 引用 / Cite on a reader paragraph, a figure row and a tracker row opens a dialog with both
 *     references, Copy puts one on the clipboard and says so, Esc closes it and focus returns to the link;
 *   - without JavaScript, the link leads to the paragraph's entry on the cite page.
 */
import { CJK, englishText } from "./support/english.ts";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { axeViolations } from "./support/axe.ts";
import { decodeHTML } from "entities";
import type { HtmlElement } from "html-validate";
import type { BrowserContext, Page } from "playwright-core";
import { parse } from "yaml";
import { describe, expect, inject, it } from "vitest";
import { parseEn, parseGbt } from "../../src/lib/cite/reference.ts";
import { issuerZh } from "../../src/lib/cite/issuer.ts";
import type { PublishedFigure } from "../../src/lib/schema/figure.ts";
import { reportMetaSchema, type ReportMeta } from "../../src/lib/schema/report.ts";
import { mapLimit, useSite } from "./helpers.ts";
import { parseHtml, sitePages } from "./support/dist.ts";

/**
 * The paragraphs and glossary entries of a reader, in document order (a selector list would give all of the first
 * selector's matches, then the second's: wrong where an appendix stands before the last paragraphs, as tables do).
 */
const readerEntries = (root: HtmlElement) => root.querySelectorAll("[id]").filter((e) => String(e.getAttributeValue("class") ?? "").split(/\s+/).some((c) => c === "para" || c === "glossary-item"));

const site = useSite();
const dist = inject("distDir");
const read = (path: string) => readFile(join(dist, path), "utf8");
const SITE = "https://example.org";

/** The text of an element as a reader sees it (entities decoded). */
const text = (el: HtmlElement) => decodeHTML(el.textContent);

/** Text of a paragraph without the reader's additions: ¶ permalinks, cite links, tracker notes, glossary tips. */
function readText(el: HtmlElement): string {
  let out = "";
  for (const node of el.childNodes) {
    if ("tagName" in node && node.tagName) {
      const cls = String((node as HtmlElement).getAttributeValue("class") ?? "").split(/\s+/);
      if (!cls.some((c) => ["pilcrow", "cite-link", "track", "term-tip"].includes(c))) out += readText(node as HtmlElement);
    } else out += decodeHTML(node.textContent);
  }
  return out;
}

/** Text compared without white space and colons (a glossary entry's term and definition are apart in the reader). */
const squash = (s: string) => s.replace(/[\s：:]/g, "");

const parsed = new Map<string, Promise<HtmlElement>>();
/** A built page, parsed once. */
function page(path: string): Promise<HtmlElement> {
  let p = parsed.get(path);
  if (!p) parsed.set(path, (p = read(join(path, "index.html")).then(parseHtml)));
  return p;
}

/** A report's front matter as `/data/reports/<id>.md` publishes it, with its citation. */
async function dataFile(id: string): Promise<{ meta: ReportMeta; citation: Record<string, string> }> {
  const fm = parse(/^---\n([\s\S]*?)\n---\n/.exec(await read(`data/reports/${id}.md`))![1]!) as Record<string, unknown>;
  return { meta: reportMetaSchema.parse(fm), citation: fm.citation as Record<string, string> };
}

/** The paragraph a URL leads to in dist/ (path and fragment), or null. */
async function target(url: string): Promise<HtmlElement | null> {
  const u = new URL(url);
  expect(u.origin).toBe(SITE);
  return (await page(u.pathname)).querySelector(`[id="${u.hash.slice(1)}"]`);
}

describe("citations round trip", async () => {
  const pages = await sitePages(dist);
  const reports = pages.filter((p) => /^\/reports\/[^/]+\/$/.test(p)).map((p) => p.split("/")[2]!);

  it("every report has a cite page in both editions", () => {
    expect(reports.length).toBeGreaterThanOrEqual(12);
    for (const id of reports) {
      expect(pages).toContain(`/reports/${id}/cite/`);
      expect(pages).toContain(`/en/reports/${id}/cite/`);
    }
  });

  it.each([["zh-CN"], ["en"]])("%s cite pages: every reference parses and its URL resolves to its paragraph, which starts with the excerpt", async (lang) => {
    const prefix = lang === "en" ? "/en" : "";
    const wrong: string[] = [];
    await mapLimit(reports, 4, async (id) => {
      const { meta, citation } = await dataFile(id);
      const root = await page(`${prefix}/reports/${id}/cite/`);
      const whole = root.querySelector("#report")!;
      expect(text(whole.querySelector('[data-cite="gbt"]')!), id).toBe(citation.gbt);
      expect(text(whole.querySelector('[data-cite="en"]')!), id).toBe(citation.en);
      const entries = root.querySelectorAll("li.cite-entry");
      const reader = await page(`/reports/${id}/`);
      expect(entries.map((e) => e.id), id).toEqual(readerEntries(reader).map((p) => p.id));
      for (const entry of entries) {
        const gbt = parseGbt(text(entry.querySelector('[data-cite="gbt"]')!));
        const en = parseEn(text(entry.querySelector('[data-cite="en"]')!));
        const excerpt = text(entry.querySelector(".cite-entry__excerpt")!).replace(/…$/, "");
        if (!gbt || !en) {
          wrong.push(`${id} ${entry.id}: does not parse`);
          continue;
        }
        const n = Number(String(entry.id).slice(2));
        // The people's government of the place (中卫市人民政府); the nation's State Council, a prefecture's office
        // by the rules of src/lib/cite/issuer.ts.
        const issuer = meta.level === "nation" || /(盟|地区)$/.test(meta.place_zh) ? issuerZh(meta) : `${meta.place_zh}人民政府`;
        const fields = [
          [gbt.issuer, issuer],
          [gbt.publisher, issuer],
          [gbt.date, meta.date || String(meta.year)],
          [gbt.paragraph, n],
          [en.issuer, citation.issuer_en],
          [en.titleEn, citation.title_en],
          [en.titlePinyin, citation.title_pinyin],
          [en.date, meta.date],
          [en.paragraph, n],
        ] as const;
        for (const [got, want] of fields) if (got !== want) wrong.push(`${id} ${entry.id}: ${got} ≠ ${want}`);
        if (!text(entry.querySelector('[data-cite="gbt"]')!).includes(`${citation.title}[R]`)) wrong.push(`${id} ${entry.id}: title`);
        for (const url of [gbt.url, en.url]) {
          const p = await target(url);
          if (!p) wrong.push(`${id} ${entry.id}: ${url} leads nowhere`);
          else if (p.id !== entry.id || !squash(readText(p)).startsWith(squash(excerpt))) wrong.push(`${id} ${entry.id}: ${url} leads to other text`);
        }
        if (new URL(en.url).pathname !== `/en/reports/${id}/`) wrong.push(`${id} ${entry.id}: English reference to ${en.url}`);
      }
    });
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it("a report's page of records has a cite cell for every row: one per paragraph, spanning that paragraph's rows", async () => {
    const recordPages = pages.filter((p) => /^(\/en)?\/indicators\/\d{4}\/[a-z]+\/$/.test(p));
    expect(recordPages.length).toBeGreaterThanOrEqual(24);
    const wrong: string[] = [];
    for (const path of recordPages) {
      for (const table of (await page(path)).querySelectorAll("table.records-table")) {
        let cite = "";
        let left = 0;
        for (const row of table.querySelectorAll("tbody tr")) {
          const cell = row.querySelector("td.records-table__cite");
          if (cell) {
            cite = String(cell.querySelector("a.cite-link")?.getAttributeValue("href"));
            left = Number(cell.getAttributeValue("rowspan") ?? 1);
          }
          const source = String(row.querySelector("td a")?.getAttributeValue("href"));
          if (left-- <= 0 || new URL(cite, "http://x").hash !== new URL(source, "http://x").hash) wrong.push(`${path} ${row.id}: ${cite} for ${source}`);
          if (!new URL(cite, "http://x").pathname.startsWith(`${path.startsWith("/en/") ? "/en" : ""}/reports/`)) wrong.push(`${path} ${row.id}: ${cite}`);
        }
        if (left !== 0) wrong.push(`${path}: a cite cell spans past the table's rows`);
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it("every record of /data/indicators.json cites its report and the paragraph holding its quote", async () => {
    const records = JSON.parse(await read("data/indicators.json")) as PublishedFigure[];
    const metas = new Map(await Promise.all(reports.map(async (id) => [id, await dataFile(id)] as const)));
    const wrong: string[] = [];
    for (const f of records) {
      const { meta, citation } = metas.get(f.report)!;
      if (f.issuer !== citation.issuer || f.title !== citation.title || f.date !== meta.date) wrong.push(`${f.id}: ${f.issuer} ${f.title} ${f.date}`);
      if (f.permalink !== `${SITE}${f.url}`) wrong.push(`${f.id}: ${f.permalink}`);
      const p = await target(f.permalink);
      if (!p || !squash(readText(p)).includes(squash(f.quote))) wrong.push(`${f.id}: ${f.permalink} does not hold the quote`);
    }
    expect(records.length).toBeGreaterThan(1000);
    expect(wrong.slice(0, 20)).toEqual([]);
  });
});


describe("the English edition of citations", async () => {
  const pages = await sitePages(dist);
  const citePages = pages.filter((p) => /^\/en\/reports\/[^/]+\/cite\/$/.test(p));

  it("English cite pages show Chinese only inside lang=\"zh-CN\" and link only to English pages", async () => {
    expect(citePages.length).toBeGreaterThanOrEqual(12);
    const wrong: string[] = [];
    for (const path of citePages) {
      const root = await page(path);
      for (const { text: t } of englishText(root)) if (CJK.test(t)) wrong.push(`${path}: ${t.slice(0, 60)}`);
      for (const a of root.querySelectorAll("a[href]")) {
        if (a.hasAttribute("data-lang-switch")) continue;
        const href = new URL(String(a.getAttributeValue("href")), `http://site.invalid${path}`);
        if (href.host === "site.invalid" && href.pathname.endsWith("/") && !href.pathname.startsWith("/en/")) wrong.push(`${path} → ${href.pathname}`);
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it("cite links on English pages say Cite, name the paragraph in English and lead to English cite pages", async () => {
    const wrong: string[] = [];
    const withLinks = pages.filter((p) => /^\/en\/(reports\/[^/]+|indicators\/[^/]+|indicators\/\d{4}\/[^/]+|tracker\/[^/]+)\/$/.test(p));
    let seen = 0;
    for (const path of withLinks) {
      for (const a of (await page(path)).querySelectorAll("a.cite-link")) {
        seen++;
        const href = String(a.getAttributeValue("href"));
        const n = /#p-(\d+)$/.exec(href)?.[1];
        if (text(a) !== "Cite" || a.getAttributeValue("aria-label") !== `Cite paragraph ${n}` || !/^\/en\/reports\/[a-z]+-\d{4}\/cite\/#p-\d+$/.test(href)) {
          wrong.push(`${path}: ${text(a)} ${a.getAttributeValue("aria-label")} ${href}`);
        }
      }
    }
    expect(seen).toBeGreaterThan(1000);
    expect(wrong.slice(0, 20)).toEqual([]);
  });
});

/** A context of the test browser, with the clipboard allowed or JavaScript off. */
async function context(options: { js?: boolean } = {}): Promise<{ ctx: BrowserContext; page: Page; problems: string[] }> {
  const ctx = await site.browser().newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: options.js ?? true });
  await ctx.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(site.baseURL).origin });
  const page = await ctx.newPage();
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  return { ctx, page, problems };
}

/** Clicks a cite link and checks the dialog: both references of the link's entry, copy, Esc, focus back. */
async function citeThrough(page: Page, link: ReturnType<Page["locator"]>, lang: "zh-CN" | "en"): Promise<void> {
  const href = (await link.getAttribute("href"))!;
  const url = new URL(href, site.baseURL);
  expect(url.pathname).toMatch(lang === "en" ? /^\/en\/reports\/[a-z]+-\d{4}\/cite\/$/ : /^\/reports\/[a-z]+-\d{4}\/cite\/$/);
  const n = Number(url.hash.replace("#p-", ""));
  const cite = await parseHtml(await read(join(url.pathname, "index.html")));
  const li = cite.querySelector(`[id="p-${n}"]`)!;
  const want = { gbt: text(li.querySelector('[data-cite="gbt"]')!), en: text(li.querySelector('[data-cite="en"]')!) };

  await link.click();
  const dialog = page.getByRole("dialog", { name: lang === "en" ? `Cite paragraph ${n}` : `引用第${n}段` });
  await dialog.waitFor({ state: "visible" });
  expect(new URL(page.url()).pathname).not.toContain("/cite/");
  expect(await dialog.locator("p[lang='zh-CN']").filter({ hasText: "[R]" }).innerText()).toBe(want.gbt);
  expect(await dialog.locator("p[lang='en']").innerText()).toBe(want.en);
  // Focus is inside the dialog, on the first copy button.
  expect(await page.evaluate(() => document.activeElement?.closest("dialog") !== null)).toBe(true);

  const copyGbt = dialog.getByRole("button", { name: lang === "en" ? "Copy the GB/T 7714-2015 reference" : "复制GB/T 7714—2015格式的引用" });
  await copyGbt.click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(want.gbt);
  await expect.poll(() => dialog.getByRole("status").innerText()).toBe(lang === "en" ? "The GB/T 7714-2015 reference is copied." : "已复制GB/T 7714—2015格式的引用。");
  await dialog.getByRole("button", { name: lang === "en" ? "Copy the English reference" : "复制英文格式的引用" }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(want.en);

  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });
  expect(await link.evaluate((a) => a === document.activeElement)).toBe(true);
}

describe("the cite dialog", () => {
  it("opens from a paragraph of the English reader: both references, copy, Esc, focus back", async () => {
    const { ctx, page, problems } = await context();
    try {
      await page.goto(site.url("/en/reports/zhongwei-2021/#p-12"));
      const link = page.locator("#p-12 > a.cite-link");
      expect(await link.getAttribute("aria-label")).toBe("Cite paragraph 12");
      expect(await link.innerText()).toBe("Cite");
      await citeThrough(page, link, "en");
      // Open again (the page is fetched once), then close with the button.
      await link.click();
      await page.getByRole("dialog").getByRole("button", { name: "Close" }).click();
      await page.getByRole("dialog").waitFor({ state: "hidden" });
      expect(problems).toEqual([]);
    } finally {
      await ctx.close();
    }
  });

  it("opens from a glossary entry of the Chinese reader", async () => {
    const { ctx, page, problems } = await context();
    try {
      await page.goto(site.url("/reports/zhongwei-2020/"));
      await citeThrough(page, page.locator(".glossary-item a.cite-link").first(), "zh-CN");
      expect(problems).toEqual([]);
    } finally {
      await ctx.close();
    }
  });

  it("opens from a figure row of an indicator page and of a report's records", async () => {
    const { ctx, page, problems } = await context();
    try {
      await page.goto(site.url("/en/indicators/gdp_growth/"));
      const row = page.locator("table.figure-table tbody tr").first();
      const link = row.locator("a.cite-link");
      const source = (await row.locator(".figure-table__value a").getAttribute("href"))!;
      expect(new URL((await link.getAttribute("href"))!, site.baseURL).hash).toBe(new URL(source, site.baseURL).hash);
      await citeThrough(page, link, "en");

      await page.goto(site.url("/indicators/2020/wuzhong/"));
      await citeThrough(page, page.locator("table.records-table a.cite-link").nth(2), "zh-CN");
      expect(problems).toEqual([]);
    } finally {
      await ctx.close();
    }
  });

  it("opens from a tracker row, for the target's and the outcome's paragraph", async () => {
    const { ctx, page, problems } = await context();
    try {
      await page.goto(site.url("/en/tracker/zhongwei/"));
      const row = page.locator("li.tr-row").first();
      const links = row.locator("a.cite-link");
      expect(await links.count()).toBeGreaterThanOrEqual(1);
      await citeThrough(page, links.first(), "en");
      if ((await links.count()) > 1) await citeThrough(page, links.nth(1), "en");
      expect(problems).toEqual([]);
    } finally {
      await ctx.close();
    }
  });

  it("copies without the Clipboard API too (a selected text field)", async () => {
    const { ctx, page, problems } = await context();
    try {
      await page.addInitScript(() => {
        Object.defineProperty(navigator.clipboard, "writeText", { value: () => Promise.reject(new Error("denied")) });
      });
      await page.goto(site.url("/reports/ningxia-2021/"));
      await page.locator("#p-5 > a.cite-link").click();
      const dialog = page.getByRole("dialog", { name: "引用第5段" });
      await dialog.getByRole("button", { name: "复制英文格式的引用" }).click();
      const want = await dialog.locator("p[lang='en']").innerText();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(want);
      expect(await dialog.getByRole("status").innerText()).toBe("已复制英文格式的引用。");
      expect(problems).toEqual([]);
    } finally {
      await ctx.close();
    }
  });
});

describe("accessibility of the citations (axe-core)", () => {
  it.each([
    ["/reports/shizuishan-2021/cite/", 1280],
    ["/en/reports/wuzhong-2020/cite/", 360],
    ["/indicators/2020/wuzhong/", 360],
  ] as const)("%s at %i px: no violations", { timeout: 180_000 }, async (path, width) => {
    const { ctx, page, problems } = await context();
    try {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(site.url(path));
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await ctx.close();
    }
  });

  it("no cite page scrolls sideways on a phone", async () => {
    const { ctx, page } = await context();
    try {
      await page.setViewportSize({ width: 360, height: 740 });
      const wide: string[] = [];
      for (const path of ["/reports/ningxia-2021/cite/", "/en/reports/ningxia-2021/cite/", "/en/reports/shizuishan-2020/cite/", "/en/tracker/zhongwei/"]) {
        await page.goto(site.url(path));
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 360) wide.push(`${path}: ${width}px`);
      }
      expect(wide).toEqual([]);
    } finally {
      await ctx.close();
    }
  });

  it.each([1280, 360])("the open dialog at %i px: no violations", { timeout: 180_000 }, async (width) => {
    const { ctx, page, problems } = await context();
    try {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(site.url("/en/reports/ningxia-2021/#p-3"));
      await page.locator("#p-3 > a.cite-link").click();
      await page.getByRole("dialog").waitFor({ state: "visible" });
      await page.getByRole("dialog").getByRole("button", { name: "Copy the English reference" }).click();
      const box = await page.getByRole("dialog").boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(width);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await ctx.close();
    }
  });
});

describe("without JavaScript", () => {
  it.each([
    ["/reports/zhongwei-2021/", "#p-12 > a.cite-link", "/reports/zhongwei-2021/cite/"],
    ["/en/reports/zhongwei-2021/", "#p-12 > a.cite-link", "/en/reports/zhongwei-2021/cite/"],
    ["/en/indicators/gdp_growth/", "table.figure-table a.cite-link", null],
    ["/tracker/zhongwei/", "li.tr-row a.cite-link", null],
  ])("%s: the cite link leads to the paragraph's entry on the cite page", async (path, selector, cite) => {
    const { ctx, page } = await context({ js: false });
    try {
      await page.goto(site.url(path));
      const link = page.locator(selector).first();
      const href = (await link.getAttribute("href"))!;
      await link.click();
      await page.waitForURL((u) => u.pathname.endsWith("/cite/"));
      const url = new URL(page.url());
      if (cite) expect(url.pathname).toBe(cite);
      expect(url.pathname.startsWith("/en/")).toBe(path.startsWith("/en/"));
      expect(url.hash).toBe(new URL(href, site.baseURL).hash);
      const entry = page.locator(`li${url.hash}`);
      expect(await entry.evaluate((li) => li.matches(":target"))).toBe(true);
      expect(await entry.locator('[data-cite="gbt"]').innerText()).toMatch(/\[R\]\. .+: 第\d+段\. https:\/\/example\.org\/reports\//);
      expect(await entry.locator('[data-cite="en"]').innerText()).toMatch(/paragraph \d+\. https:\/\/example\.org\/en\/reports\//i);
    } finally {
      await ctx.close();
    }
  });
});
