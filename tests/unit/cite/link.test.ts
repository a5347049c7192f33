/**
 * The cite links: where they lead, the reader's link beside every ¶ permalink (paragraphs, enumeration items,
 * glossary entries), the cells of a records table spanning the rows of one paragraph, and the cite page's
 * model of every paragraph.
 */
import { describe, expect, it } from "vitest";
import { citeHref, paragraphRuns, permalinkParts } from "../../../src/lib/cite/link.ts";
import { citePage, excerptOf } from "../../../src/lib/cite/page.ts";
import { renderReport } from "../../../src/lib/render/render-report.ts";
import { REPORTS, SITE } from "./reports.ts";

describe("citeHref and permalinkParts", () => {
  it("lead to a paragraph's entry on its report's cite page", () => {
    expect(citeHref("zhongwei-2021", "p-12")).toBe("/reports/zhongwei-2021/cite/#p-12");
    expect(citeHref("zhongwei-2021", 3)).toBe("/reports/zhongwei-2021/cite/#p-3");
    expect(citeHref("zhongwei-2021")).toBe("/reports/zhongwei-2021/cite/");
  });

  it("read a figure's permalink", () => {
    expect(permalinkParts("/reports/ningxia-2020/#p-7")).toEqual({ report: "ningxia-2020", paragraph: "p-7" });
    expect(() => permalinkParts("/reports/ningxia-2020/")).toThrow(/not a paragraph permalink/);
  });
});

describe("the reader's cite links", () => {
  const options = { href: (p: string) => `/en${citeHref("zhongwei-2020", p)}`, text: "Cite", label: (n: number) => `Cite paragraph ${n}` };
  const { doc, markdown } = REPORTS.find((r) => r.doc.meta.id === "zhongwei-2020")!;
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, "");

  it("one right after each ¶ permalink, with the paragraph in its name", () => {
    const html = renderReport({ body, data: doc.meta }, { cite: options });
    const pairs = [...html.matchAll(/<a href="#(p-\d+)" class="pilcrow"[^>]*>.*?<\/a><a href="([^"]+)" class="cite-link" aria-label="([^"]+)">Cite<\/a>/g)];
    expect(pairs.map((m) => m[1])).toEqual(doc.paragraphs.map((p) => p.id));
    for (const [, id, href, label] of pairs) {
      expect(href).toBe(`/en/reports/zhongwei-2020/cite/#${id}`);
      expect(label).toBe(`Cite paragraph ${id!.slice(2)}`);
    }
    expect(doc.paragraphs.some((p) => p.kind === "glossary"), "glossary entries have their link too").toBe(true);
  });

  it("none without the option (the renderer's output otherwise unchanged)", () => {
    const plain = renderReport({ body, data: doc.meta });
    expect(plain).not.toContain("cite-link");
    const cited = renderReport({ body, data: doc.meta }, { cite: options });
    expect(cited.replace(/<a href="[^"]+" class="cite-link"[^>]*>Cite<\/a>/g, "")).toBe(plain);
  });
});

describe("paragraphRuns", () => {
  it("gives the first row of each run its length, the others 0", () => {
    expect(paragraphRuns(["a", "a", "b", "a", "a", "a"])).toEqual([2, 0, 1, 3, 0, 0]);
    expect(paragraphRuns([])).toEqual([]);
  });
});

describe("the cite page of every report", () => {
  it.each(REPORTS.map((r) => [r.doc.meta.id, r.doc] as const))("%s: every paragraph, its excerpt and both references", (_id, doc) => {
    const page = citePage(doc.meta, doc.paragraphs, SITE);
    expect(page.report.paragraph).toBeNull();
    expect(page.entries.map((e) => e.id)).toEqual(doc.paragraphs.map((p) => p.id));
    for (const [i, e] of page.entries.entries()) {
      // The excerpt runs the text's white space together (a paragraph of a Markdown report may hold a line break).
      const text = doc.paragraphs[i]!.text.replace(/\s+/g, " ").trim();
      expect(text.startsWith(e.excerpt.replace(/…$/, "")), e.excerpt).toBe(true);
      expect(e.gbt).toContain(`: 第${e.n}段. ${SITE}/reports/${doc.meta.id}/#${e.id}.`);
      expect(e.en).toContain(`${SITE}/en/reports/${doc.meta.id}/#${e.id}.`);
    }
  });

  it("excerpts: the first characters, … when the text goes on", () => {
    expect(excerptOf("各位代表：", 30)).toBe("各位代表：");
    expect(excerptOf("一二三四五六", 3)).toBe("一二三…");
  });
});
