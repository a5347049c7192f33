/**
 * The view-time composer `/compare/view/?a=…&b=…` in a real browser: it fetches the two reports' topic data
 * and shows them side by side by topic, each column naming its report and each paragraph linking to its
 * permalink in that report; with bad ids it keeps the links to the topic pages. The topic page
 * `/reports/<id>/topics/`, its no-JavaScript fallback, lists every body paragraph of the report once.
 * On the English pages (`/en/compare/view/`, `/en/reports/<id>/topics/`) the composer and the topic page
 * write English, quote the paragraphs in Chinese marked lang="zh-CN", and link English pages.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { axeViolations } from "./support/axe.ts";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../src/lib/markdown/processor.ts";
import { readDocument } from "../../src/lib/report/document.ts";
import { isBodyParagraph } from "../../src/lib/topics/body.ts";
import { expectNoProblems, useSite } from "./helpers.ts";
import { chineseOutsideZh, linksOutsideEnglish } from "./support/english.ts";

const site = useSite();
const content = resolve(import.meta.dirname, "../../content");

/** The body paragraph ids of a report, from its generated Markdown. */
async function bodyParagraphs(id: string): Promise<string[]> {
  const doc = readDocument(parseMarkdown(await readFile(resolve(content, "reports", `${id}.md`), "utf8")));
  return doc.paragraphs.filter(isBodyParagraph).map((p) => p.id);
}

describe("/compare/view/", () => {
  const pair = { a: "shizuishan-2020", b: "zhongwei-2020" } as const;
  const names = { [pair.a]: "石嘴山市2020年", [pair.b]: "中卫市2020年" } as Record<string, string>;

  it.each([360, 1280])("shows both reports side by side by topic, linked to their permalinks (%i px)", async (width) => {
    const opened = await site.openPage(`/compare/view/?a=${pair.a}&b=${pair.b}`, { width });
    const { page } = opened;
    await page.locator(".cv__col").first().waitFor();
    await expect(page.locator("#cv-fallback").isHidden()).resolves.toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "no sideways scrolling").toBeLessThanOrEqual(0);
    await expect(page.locator("h1").textContent()).resolves.toBe(`报告对比：${names[pair.a]}与${names[pair.b]}`);
    const columns = await page.locator(".cv__col").evaluateAll((cols) =>
      cols.map((c) => ({
        report: c.getAttribute("data-report")!,
        name: c.querySelector("h3")?.textContent ?? "",
        links: [...c.querySelectorAll("li > a")].map((a) => a.getAttribute("href")!),
      })),
    );
    expect(columns.length).toBeGreaterThan(2);
    for (const [i, col] of columns.entries()) {
      const report = i % 2 === 0 ? pair.a : pair.b;
      expect(col.report).toBe(report);
      expect(col.name).toBe(names[report]);
      for (const href of col.links) expect(href).toMatch(new RegExp(`^/reports/${report}/#p-\\d+$`));
    }
    for (const id of [pair.a, pair.b]) {
      const linked = columns.filter((c) => c.report === id).flatMap((c) => c.links.map((h) => h.split("#")[1]));
      expect(linked.sort()).toEqual((await bodyParagraphs(id)).sort());
    }
    expectNoProblems(opened);
    await opened.close();
  });

  it("has no axe violations once composed", { timeout: 120_000 }, async () => {
    const opened = await site.openPage(`/compare/view/?a=${pair.a}&b=${pair.b}`);
    await opened.page.locator(".cv__col").first().waitFor();
    expect(await axeViolations(opened.page)).toEqual([]);
    await opened.close();
  });

  it("picks a pair with its form, which shows the pair of the address", async () => {
    const opened = await site.openPage("/compare/view/", { width: 360 });
    const { page } = opened;
    await page.locator("#cv-status").filter({ hasText: "请在上面选两份不同的报告" }).waitFor();
    // The introduction says what the page is for in a reader's words, with a way to the pair pages.
    expect(await page.locator(".cv__lede").innerText()).toBe("按主题并排对照两份报告，每段链接到原文。任意两份报告均可，例如两地不同年份的报告（另见对比页的报告组合）。");
    expect(await page.locator(".cv__lede").getByRole("link", { name: "对比页的报告组合" }).getAttribute("href")).toBe("/compare/#pick");
    await page.getByLabel("第一份").selectOption({ label: names[pair.a]! });
    await page.getByLabel("第二份").selectOption({ label: names[pair.b]! });
    await page.getByRole("button", { name: "对比" }).click();
    await page.locator(".cv__col").first().waitFor();
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual(pair);
    await expect(page.locator("h1").textContent()).resolves.toBe(`报告对比：${names[pair.a]}与${names[pair.b]}`);
    // Opened from its address, the form names the same two reports.
    await page.goto(site.url(`/compare/view/?a=${pair.b}&b=${pair.a}`));
    await page.locator(".cv__col").first().waitFor();
    expect(await page.getByLabel("第一份").inputValue()).toBe(pair.b);
    expect(await page.getByLabel("第二份").inputValue()).toBe(pair.a);
    expectNoProblems(opened);
    await opened.close();
  });

  it("highlights the slogans both reports quote, in the same paragraphs and words as their pair page", async () => {
    /** Each paragraph's marked phrases, by its permalink: `data-shared` read over the text outside `skip`. */
    const marked = (elements: Element[], skip: string) =>
      elements.map((e) => {
        let text = "";
        const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT, {
          acceptNode: (n) => (n.parentElement!.closest(skip) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
        });
        for (let n = walker.nextNode(); n; n = walker.nextNode()) text += (n as Text).data;
        const link = e.querySelector("a[href*='#p-']:is(.cmp-permalink, li > a)")!.getAttribute("href")!;
        const pairs = (e.getAttribute("data-shared") ?? "").split(" ").filter(Boolean).map((pair) => pair.split(",").map(Number));
        return [link, pairs.map(([s, end]) => text.slice(s, end))] as const;
      });
    const view = await site.openPage(`/compare/view/?a=${pair.a}&b=${pair.b}`);
    await view.page.locator(".cv__col").first().waitFor();
    const composed = Object.fromEntries(await view.page.locator(".cv__col li[data-shared]").evaluateAll(marked, "a"));
    // Painted: one highlight range per phrase (the text has no links), and the legend says what yellow means.
    const painted = await view.page.evaluate(() => [...(CSS.highlights.get("cmp-shared") ?? [])].map((r) => (r as Range).toString()));
    expect(painted.length).toBeGreaterThan(10);
    expect(painted.sort()).toEqual(Object.values(composed).flat().sort());
    await expect(view.page.locator("#cv-legend").isVisible()).resolves.toBe(true);
    expectNoProblems(view);
    await view.close();
    const paired = await site.openPage(`/compare/`);
    const rendered = Object.fromEntries(await paired.page.locator(".cmp-para[data-shared]").evaluateAll(marked, ".term-tip, .cmp-permalink"));
    await paired.close();
    expect(composed).toEqual(rendered);
  });

  it("keeps the links to the topic pages when an id is not a report", async () => {
    const opened = await site.openPage("/compare/view/?a=nowhere-2020&b=zhongwei-2020");
    const { page } = opened;
    await page.locator("#cv-status").filter({ hasText: "nowhere-2020" }).waitFor();
    await expect(page.locator("#cv-fallback").isVisible()).resolves.toBe(true);
    await expect(page.locator(`#cv-fallback a[href="/reports/${pair.b}/topics/"]`).count()).resolves.toBe(1);
    await expect(page.locator(".cv__col").count()).resolves.toBe(0);
    expectNoProblems(opened);
    await opened.close();
  });
});

describe("/reports/<id>/topics/", () => {
  it("lists every body paragraph of the report once, linked to its permalink", async () => {
    const id = "zhongwei-2020";
    const opened = await site.openPage(`/reports/${id}/topics/`);
    const links = await opened.page.locator(".rt__list li > a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    for (const href of links) expect(href).toMatch(new RegExp(`^/reports/${id}/#p-\\d+$`));
    expect(links.map((h) => h.split("#")[1]).sort()).toEqual((await bodyParagraphs(id)).sort());
    expectNoProblems(opened);
    await opened.close();
  });
});

describe("/en/compare/view/", () => {
  const pair = { a: "shizuishan-2020", b: "zhongwei-2020" } as const;
  const names = { [pair.a]: "Shizuishan 2020", [pair.b]: "Zhongwei 2020" } as Record<string, string>;

  it.each([360, 1280])("composes the pair in English, the paragraphs in Chinese, every link an English page (%i px)", async (width) => {
    const topics = JSON.parse(await readFile(resolve(content, "topics.json"), "utf8")) as { topics: { en: string }[]; other: { en: string } };
    const opened = await site.openPage(`/en/compare/view/?a=${pair.a}&b=${pair.b}`, { width });
    const { page } = opened;
    await page.locator(".cv__col").first().waitFor();
    expect(await page.locator("#cv-fallback").isHidden()).toBe(true);
    expect(await page.locator("h1").textContent()).toBe("Compare: Shizuishan 2020 and Zhongwei 2020");
    expect(await page.title()).toBe("Shizuishan vs Zhongwei, 2020 · Government Work Reports Side by Side");
    const headings = await page.locator("#cv-topics h2").allInnerTexts();
    expect(headings.length).toBeGreaterThan(2);
    for (const h of headings) expect([...topics.topics, topics.other].map((t) => t.en)).toContain(h);
    const columns = await page.locator(".cv__col").evaluateAll((cols) =>
      cols.map((c) => ({
        report: c.getAttribute("data-report")!,
        name: c.querySelector("h3")?.textContent ?? "",
        label: c.getAttribute("aria-label") ?? "",
        lists: [...c.querySelectorAll("ol")].map((ol) => ol.getAttribute("lang")),
        links: [...c.querySelectorAll("li > a")].map((a) => ({ href: a.getAttribute("href")!, text: a.textContent, lang: a.getAttribute("lang") })),
      })),
    );
    for (const [i, col] of columns.entries()) {
      const report = i % 2 === 0 ? pair.a : pair.b;
      expect(col.report).toBe(report);
      expect(col.name).toBe(names[report]);
      expect(col.label).toMatch(new RegExp(`^${names[report]}: [A-Z]`));
      for (const lang of col.lists) expect(lang).toBe("zh-CN");
      for (const link of col.links) {
        expect(link.href).toMatch(new RegExp(`^/en/reports/${report}/#p-(\\d+)$`));
        expect(link.text).toBe(`Paragraph ${link.href.split("-").at(-1)}`);
        expect(link.lang).toBe("en");
      }
    }
    for (const id of [pair.a, pair.b]) {
      const linked = columns.filter((c) => c.report === id).flatMap((c) => c.links.map((l) => l.href.split("#")[1]));
      expect(linked.sort()).toEqual((await bodyParagraphs(id)).sort());
    }
    expect(await chineseOutsideZh(page)).toEqual([]);
    expect(await linksOutsideEnglish(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "no sideways scrolling").toBeLessThanOrEqual(0);
    expectNoProblems(opened);
    await opened.close();
  });

  it("a reader follows a paragraph to the English reader and a report's topic page", async () => {
    const opened = await site.openPage(`/en/compare/view/?a=${pair.a}&b=${pair.b}`);
    const { page } = opened;
    const link = page.locator(`.cv__col[data-report="${pair.b}"] li > a`).first();
    const href = (await link.getAttribute("href"))!;
    await link.click();
    await page.waitForURL((u) => `${u.pathname}${u.hash}` === href);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.goBack();
    // Back on the composer, which composes the pair again: its links to the topic pages come after the columns.
    await page.locator(".cv__col").first().waitFor();
    await page.getByRole("link", { name: names[pair.a]!, exact: true }).last().click();
    await page.waitForURL(`**/en/reports/${pair.a}/topics/`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Shizuishan Government Work Report 2020: by topic");
    expectNoProblems(opened);
    await opened.close();
  });

  it("says in English what is wrong with the address, and keeps the English topic pages' links", async () => {
    const opened = await site.openPage("/en/compare/view/?a=nowhere-2020&b=zhongwei-2020");
    const { page } = opened;
    await page.locator("#cv-status").filter({ hasText: "No such report: nowhere-2020." }).waitFor();
    expect(await page.locator("#cv-fallback").isVisible()).toBe(true);
    expect(await page.locator(`#cv-fallback a[href="/en/reports/${pair.b}/topics/"]`).innerText()).toBe("Zhongwei 2020");
    expect(await page.locator(".cv__col").count()).toBe(0);
    expect(await chineseOutsideZh(page)).toEqual([]);
    await page.goto(site.url("/en/compare/view/"));
    await page.locator("#cv-status").filter({ hasText: /^Pick two different reports above, or name them in the address, such as \?a=[a-z]+-\d{4}&b=[a-z]+-\d{4}\.$/ }).waitFor();
    expectNoProblems(opened);
    await opened.close();
  });

  it("has no axe violations once composed", { timeout: 120_000 }, async () => {
    const opened = await site.openPage(`/en/compare/view/?a=${pair.a}&b=${pair.b}`);
    await opened.page.locator(".cv__col").first().waitFor();
    expect(await axeViolations(opened.page)).toEqual([]);
    await opened.close();
  });
});

describe("/en/reports/<id>/topics/", () => {
  it("lists every body paragraph once under English topic names, quoted in Chinese, linked to the English reader", async () => {
    const id = "zhongwei-2021";
    const opened = await site.openPage(`/en/reports/${id}/topics/`, { width: 360 });
    const { page } = opened;
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Zhongwei Government Work Report 2021: by topic");
    const links = await page.locator(".rt__list li > a").evaluateAll((as) => as.map((a) => ({ href: a.getAttribute("href")!, label: a.getAttribute("aria-label")! })));
    for (const { href, label } of links) {
      expect(href).toMatch(new RegExp(`^/en/reports/${id}/#p-\\d+$`));
      expect(label).toMatch(/^Paragraph \d+ \((Opening words|2020 review|14th Five-Year Plan, 2021–2025|2021 plan)\)$/);
    }
    expect(links.map((l) => l.href.split("#")[1]).sort()).toEqual((await bodyParagraphs(id)).sort());
    expect(await page.locator(".rt__list:not([lang='zh-CN'])").count()).toBe(0);
    expect(await chineseOutsideZh(page)).toEqual([]);
    expect(await linksOutsideEnglish(page)).toEqual([]);
    await page.getByRole("link", { name: "Compare", exact: true }).last().click();
    await page.waitForURL("**/en/compare/");
    expectNoProblems(opened);
    await opened.close();
  });
});
