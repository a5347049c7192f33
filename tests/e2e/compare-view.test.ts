/**
 * The view-time composer `/compare/view/?a=…&b=…` in a real browser: it fetches the two reports' topic data
 * and shows them side by side by topic, each column naming its report and each paragraph linking to its
 * permalink in that report; with bad ids it keeps the links to the topic pages. The topic page
 * `/reports/<id>/topics/`, its no-JavaScript fallback, lists every body paragraph of the report once.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../src/lib/markdown/processor.ts";
import { readDocument } from "../../src/lib/report/document.ts";
import { isBodyParagraph } from "../../src/lib/topics/body.ts";
import { expectNoProblems, useSite } from "./helpers.ts";

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
    const results = await new AxeBuilder({ page: opened.page }).options({ resultTypes: ["violations"] }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await opened.close();
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
