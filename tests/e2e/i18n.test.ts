/**
 * The two editions, read off dist/ and driven in the browser:
 *   - every Chinese page has an English counterpart at `/en/…` and the other way round;
 *   - each page names both editions with `<link rel="alternate" hreflang>` (absolute, both ways) and
 *     offers a visible switch to the other one, at the same place;
 *   - an English page shows no Chinese outside the elements marked `lang="zh-CN"` (quotes, report text,
 *     names given in both scripts): not in its text, its <title>, its description, nor in what assistive
 *     technology reads (aria-label, title, alt, placeholder);
 *   - the pages an English page links to are English pages.
 */
import { describe, expect, inject, it } from "vitest";
import { basePath, langOfPath, localePath } from "../../src/i18n/config.ts";
import { useSite } from "./helpers.ts";
import { parseHtml, readHtmlFiles } from "./support/dist.ts";
import { templateOf } from "./support/pages.ts";
import { CJK, englishText } from "./support/english.ts";

const site = useSite();
describe("English edition", async () => {
  const distDir = inject("distDir");
  const files = (await readHtmlFiles(distDir)).filter((f) => f.file !== "404.html");
  const paths = new Set(files.map((f) => f.path));
  const zhPages = [...paths].filter((p) => langOfPath(p) === "zh-CN").sort();
  const enFiles = files.filter((f) => langOfPath(f.path) === "en");

  it("every Chinese page has an English counterpart and every English page a Chinese one", () => {
    expect(zhPages.length).toBeGreaterThan(10);
    expect(zhPages.filter((p) => !paths.has(localePath("en", p)))).toEqual([]);
    expect(enFiles.filter((f) => !paths.has(basePath(f.path))).map((f) => f.path)).toEqual([]);
  });

  it("every page links both editions with hreflang, absolute, and has a visible switch to the other", async () => {
    const wrong: string[] = [];
    for (const f of files) {
      const root = await parseHtml(f.html);
      const lang = langOfPath(f.path);
      if (root.querySelector("html")?.getAttributeValue("lang") !== lang) wrong.push(`${f.path}: <html lang> is not ${lang}`);
      const alt = new Map(
        root.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttributeValue("hreflang"), String(l.getAttributeValue("href"))]),
      );
      for (const l of ["zh-CN", "en"] as const) {
        const href = alt.get(l);
        if (!href || new URL(href).pathname !== localePath(l, f.path) || !/^https?:\/\//.test(href)) wrong.push(`${f.path}: hreflang ${l} → ${href}`);
      }
      const other = lang === "en" ? "zh-CN" : "en";
      const sw = root.querySelector("a[data-lang-switch]");
      if (sw?.getAttributeValue("href") !== localePath(other, f.path) || sw.getAttributeValue("hreflang") !== other) {
        wrong.push(`${f.path}: switch → ${sw?.getAttributeValue("href")}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  const templates = [...new Set(enFiles.map((f) => templateOf(f.path)))].sort();

  it.each(templates)("no %s page shows Chinese outside the elements marked lang=\"zh-CN\"", async (template) => {
    const group = enFiles.filter((f) => templateOf(f.path) === template);
    const found: string[] = [];
    for (const f of group) {
      const root = await parseHtml(f.html);
      for (const { where, text } of englishText(root)) if (CJK.test(text)) found.push(`${f.path} ${where}: ${text.slice(0, 80)}`);
    }
    if (found.length) console.log(`${template}: ${found.length} Chinese text(s) outside lang="zh-CN" on ${group.length} page(s)`);
    expect(found.slice(0, 40)).toEqual([]);
  });

  it.each(templates)("the pages a %s page links to are English pages", async (template) => {
    const stray: string[] = [];
    for (const f of enFiles.filter((f) => templateOf(f.path) === template)) {
      const root = await parseHtml(f.html);
      for (const a of root.querySelectorAll("a[href], form[action]")) {
        if (a.hasAttribute("data-lang-switch")) continue;
        const raw = String(a.getAttributeValue("href") ?? a.getAttributeValue("action"));
        const url = new URL(raw, `http://site.invalid${f.path}`);
        if (url.host !== "site.invalid" || !url.pathname.endsWith("/")) continue; // other sites, files and data
        if (langOfPath(url.pathname) !== "en") stray.push(`${f.path} → ${raw}`);
      }
    }
    expect(stray.slice(0, 40)).toEqual([]);
  });

  it("the switch leads to the same page in the other language, keeping the query and the paragraph", async () => {
    const { page, problems, close } = await site.openPage("/en/search/?q=GDP#main");
    try {
      await page.locator("a[data-lang-switch]").click();
      await page.waitForURL((u) => u.pathname === "/search/");
      const url = new URL(page.url());
      expect(url.searchParams.get("q")).toBe("GDP");
      expect(url.hash).toBe("#main");
      expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
      await page.locator("a[data-lang-switch]").click();
      await page.waitForURL((u) => u.pathname === "/en/search/");
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
