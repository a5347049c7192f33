/**
 * The glossary in a real browser: every entry of the glossary collection is on /glossary/ with its
 * definition, source and uses; the counts per city match the term links of the readers; each reader links
 * its terms to their entries and shows the definition on hover and on keyboard focus.
 */
import { readFile, readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { GlossaryEntry } from "../../src/lib/schema/glossary.ts";
import { expectNoProblems, isInViewport, useSite } from "./helpers.ts";

const site = useSite();
const content = resolve(import.meta.dirname, "../../content");
const readers = ["/reports/shizuishan-2020/", "/reports/zhongwei-2020/"];

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
  it("lists every entry with its definition, its source and its uses", async () => {
    const all = await entries();
    expect(all.length).toBeGreaterThanOrEqual(17);
    const opened = await site.openPage("/glossary/");
    const { page } = opened;
    for (const e of all) {
      const article = page.locator(`article[id="${e.id}"]`);
      expect(await article.locator("h3").textContent()).toBe(e.term_display);
      expect(await article.locator(".gl-entry__def").textContent()).toBe(e.definition);
      expect(await article.locator(".gl-entry__source a").getAttribute("href")).toBe(
        `/reports/${e.report}/#${e.paragraph}`,
      );
      expect(await article.locator(".gl-uses li").count()).toBeGreaterThan(0);
    }
    expect(await page.locator(".gl-table tbody tr").count()).toBe(all.length);
    expectNoProblems(opened);
    await opened.close();
  });

  it("counts per city exactly the term links of that city's reader, and lists the paragraphs they stand in", async () => {
    const opened = await site.openPage("/glossary/");
    const { page } = opened;
    const cities = await page.locator(".gl-table thead th.num").allTextContents();
    const rows = await page.locator(".gl-table tbody tr").evaluateAll((trs) =>
      trs.map((tr) => ({
        id: (tr.querySelector("a")?.getAttribute("href") ?? "").slice(1),
        counts: [...tr.querySelectorAll("td")].map((td) => Number.parseInt(td.textContent ?? "", 10) || 0),
      })),
    );
    for (const path of readers) {
      const reader = await site.openPage(path);
      const city = (await reader.page.locator(".report-head__kicker").textContent())?.split(" · ").at(-1) ?? "";
      const column = cities.indexOf(city);
      expect(column, city).toBeGreaterThanOrEqual(0);
      const links = await termLinks(reader.page);
      for (const row of rows)
        expect(links.filter((l) => l.entry === row.id).length, `${city} ${row.id}`).toBe(row.counts[column]);
      const listed = await page
        .locator(`.gl-uses.city-${path.split("/")[2]!.split("-")[0]} li a`)
        .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      const linkedParagraphs = new Set(links.map((l) => `${path}#${l.paragraph}`));
      expect(new Set(listed)).toEqual(linkedParagraphs);
      await reader.close();
    }
    await opened.close();
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
      expect(await tip.isVisible()).toBe(false);
      await term.hover();
      expect(await tip.isVisible()).toBe(true);
      const box = (await tip.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      expect(await tip.isVisible(), "the pointer can rest on the definition").toBe(true);
      await page.mouse.move(0, 0);
      expect(await tip.isVisible()).toBe(false);
      await term.focus();
      expect(await tip.isVisible()).toBe(true);
      await page.keyboard.press("Enter");
      await page.waitForURL(`**/glossary/#${entry.id}`);
      const article = page.locator(`article[id="${entry.id}"]`);
      await expect.poll(() => isInViewport(article)).toBe(true);
      expect(await article.evaluate((el) => el.matches(":target"))).toBe(true);
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

  it("leaves the appendix of definitions unlinked", async () => {
    const opened = await site.openPage("/reports/zhongwei-2020/");
    expect(await opened.page.locator(".glossary-list a.term").count()).toBe(0);
    await opened.close();
  });
});
