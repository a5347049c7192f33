/**
 * The reader in a real browser, for each report: it loads cleanly, its paragraph and heading ids are the
 * ones the ingest assigned (readDocument), a table-of-contents link brings its heading into view, a
 * `#p-N` permalink lands on that paragraph, and on a 360 px phone nothing overflows sideways.
 */
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { parseMarkdown } from "../../src/lib/markdown/processor.ts";
import { readDocument, type ReportDocument } from "../../src/lib/report/document.ts";
import { expectNoProblems, isInViewport, useSite } from "./helpers.ts";
import { sitePages } from "./support/dist.ts";

const site = useSite();
const contentDir = resolve(import.meta.dirname, "../../content/reports");

async function documentOf(id: string): Promise<ReportDocument> {
  return readDocument(parseMarkdown(await readFile(join(contentDir, `${id}.md`), "utf8")));
}

describe("reader", async () => {
  const readers = (await sitePages(inject("distDir"))).filter((p) => /^\/reports\/[^/]+\/$/.test(p));

  it("there is a reader page for each of the two 2020 reports", () => {
    expect(readers).toEqual(expect.arrayContaining(["/reports/shizuishan-2020/", "/reports/zhongwei-2020/"]));
  });

  // Concurrent: the tests share the file's browser, each in its own context; they use the test's `expect`.
  describe.concurrent.each(readers)("%s", (path) => {
    const id = path.split("/")[2] ?? "";

    it("loads without problems, with the ingest's paragraph and heading ids in order", async ({ expect }) => {
      const doc = await documentOf(id);
      const opened = await site.openPage(path);
      const { page } = opened;
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(doc.meta.title);
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
      await expect.poll(() => page.evaluate(() => location.hash), { timeout: 5000 }).toBe(href);
      const heading = page.locator(href);
      await expect.poll(() => isInViewport(heading), { timeout: 5000 }).toBe(true);
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
      await expect.poll(() => isInViewport(target), { timeout: 5000 }).toBe(true);
      expect(await target.evaluate((el) => el.matches(":target"))).toBe(true);
      expect(await target.textContent()).toContain(paragraph.text.slice(-12, -1));
      expectNoProblems(opened);
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
