import { describe, expect, it } from "vitest";
import { renderReport } from "../../../src/lib/render/render-report.ts";
import { paragraphRenderer } from "../../../src/lib/glossary/render-paragraph.ts";
import { glossaryUsage } from "../../../src/lib/glossary/occurrences.ts";
import { parseMarkdown } from "../../../src/lib/markdown/processor.ts";
import { readDocument } from "../../../src/lib/report/document.ts";
import type { StoredFigure } from "../../../src/lib/schema/figure.ts";
import { glossary, reportOf, reports } from "../topics/support.ts";

/** A collection-like entry of a real report. */
const entryOf = (city: string) => {
  const r = reportOf(city);
  return { body: r.markdown.replace(/^---\n[\s\S]*?\n---\n/, ""), data: r.document.meta };
};
const usage = glossaryUsage(
  glossary,
  reports.map((r) => r.document),
);
const countIn = (report: string) => usage.reduce((n, u) => n + (u.counts[report] ?? 0), 0);
const termLinks = (html: string) => [
  ...html.matchAll(/<a href="\/glossary\/#([a-z0-9-]+)" class="term[^"]*" aria-describedby="([^"]+)"/g),
];

/** A figure record of Zhongwei 2020's paragraph `paragraph`, to mark where a test says (`quote`, `span`). */
const zhongweiFigure = (paragraph: string): StoredFigure => ({
  id: "zhongwei-2020-r-1",
  report: "zhongwei-2020",
  city: "zhongwei",
  kind: "result",
  year: 2019,
  base_year: null,
  period: null,
  metric: null,
  label_zh: "测试",
  label_en: null,
  value: 3,
  min: null,
  max: null,
  unit: "",
  qualifier: null,
  estimate: false,
  direction: null,
  quote: "",
  paragraph,
  url: `/reports/zhongwei-2020/#${paragraph}`,
  span: [0, 0],
});

describe("the readers link glossary terms", () => {
  it.each(["zhongwei", "shizuishan"])(
    "%s: one link per use the glossary page counts, each described by an existing tooltip",
    (city) => {
      const html = renderReport(entryOf(city), { glossary });
      const links = termLinks(html);
      expect(links.length).toBe(countIn(reportOf(city).id));
      const ids = links.map((m) => m[2]);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(html).toContain(`id="${id}" role="tooltip"`);
    },
  );

  it("links Shizuishan's uses of Zhongwei's slogans", () => {
    const targets = termLinks(renderReport(entryOf("shizuishan"), { glossary })).map((m) => m[1]);
    const byTerm = (term: string) => glossary.find((e) => e.term === term)!.id;
    expect(targets).toEqual(
      expect.arrayContaining(["三大攻坚战", "三大战略", "三个着力", "守好三条生命线", "四个最严"].map(byTerm)),
    );
  });

  it("leaves the appendix alone and renders without a glossary as before", () => {
    const html = renderReport(entryOf("zhongwei"), { glossary });
    const appendix = html.slice(html.indexOf('<dl class="glossary-list">'));
    expect(appendix).not.toContain('class="term');
    expect(renderReport(entryOf("zhongwei"))).not.toContain('class="term');
  });

  it("never puts a term inside a figure mark", () => {
    const doc = reportOf("zhongwei").document;
    const p = doc.paragraphs.find((x) => x.text.includes("三大攻坚战成效显著"))!;
    const start = p.text.indexOf("三大攻坚战");
    const figure = { ...zhongweiFigure(p.id), quote: "三大攻坚战", span: [start, start + 5] } satisfies StoredFigure;
    const html = renderReport(entryOf("zhongwei"), { glossary, figures: [figure] });
    expect(html).toMatch(
      /<a href="[^"]*" title="[^"]*" class="fig fig-result" data-figure="zhongwei-2020-r-1" data-value="3">三大攻坚战<\/a>/,
    );
    expect(termLinks(html).length).toBe(countIn("zhongwei-2020") - 1);
  });

  it("counts no use over a figure's mark, which the reader cannot link: the counts given the marks are the reader's links", () => {
    const doc = reportOf("zhongwei").document;
    const p = doc.paragraphs.find((x) => x.text.includes("三大攻坚战成效显著"))!;
    const start = p.text.indexOf("三大攻坚战");
    // A figure inside a term (Chengdu 2020: `稳定生猪生产保障市场供应10条措施`, where `10条` is a figure), and one over its end.
    for (const span of [[start + 2, start + 3], [start + 4, start + 6]] as [number, number][]) {
      const figure = { ...zhongweiFigure(p.id), quote: p.text.slice(...span), span } satisfies StoredFigure;
      const html = renderReport(entryOf("zhongwei"), { glossary, figures: [figure] });
      const marked = new Map([["zhongwei-2020", [figure]]]);
      const counted = glossaryUsage(glossary, reports.map((r) => r.document), marked).reduce((n, u) => n + (u.counts["zhongwei-2020"] ?? 0), 0);
      expect(counted).toBe(countIn("zhongwei-2020") - 1);
      expect(termLinks(html).length).toBe(counted);
    }
  });
});

describe("paragraphRenderer", () => {
  const doc = reportOf("shizuishan").document;
  const render = paragraphRenderer(doc, {
    glossary,
    shared: ["三个着力", "放管服", "政府"],
    sharedTerms: new Set([glossary.find((e) => e.term === "三个着力")!.id]),
  });
  /** The visible text of rendered HTML: its text outside the tooltips, entities decoded. */
  const visible = (html: string) =>
    html
      .replace(/<span class="term-tip"[^>]*>.*?<\/span>/g, "")
      .replace(/<[^>]+>/g, "")
      .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&(amp|lt|gt|quot);/g, (_, n: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"' })[n]!);

  it("renders a paragraph's inline content: lead in <strong>, terms linked, shared phrases found, not marked up", () => {
    const p = doc.paragraphs.find((x) => x.text.startsWith("持续推进重点领域改革"))!;
    const { html, shared } = render(p.id);
    expect(html.startsWith("<strong>持续推进重点领域改革</strong>。")).toBe(true);
    expect(html).not.toContain("<mark");
    expect(html).not.toMatch(/^<p|\n/);
    const text = visible(html);
    expect(shared.map(([s, e]) => text.slice(s, e))).toContain("“放管服”");
  });

  it("gives the shared phrases' places in the visible text, past terms and their tooltips, in order", () => {
    let afterTip = 0;
    for (const p of doc.paragraphs) {
      const { html, shared } = render(p.id);
      const text = visible(html);
      expect(text).toBe(p.text);
      for (const [i, [s, e]] of shared.entries()) {
        expect(["政府", "放管服", "“放管服”", "三个着力", "“三个着力”"]).toContain(text.slice(s, e));
        if (i > 0) expect(s).toBeGreaterThanOrEqual(shared[i - 1]![1]);
      }
      const tip = html.indexOf('<span class="term-tip"');
      if (tip >= 0) afterTip += shared.filter(([s]) => s >= visible(html.slice(0, tip)).length).length;
    }
    // Phrases after a tooltip, whose text the offsets must pass over.
    expect(afterTip).toBeGreaterThan(0);
  });

  it("renders a paragraph for many pages, each with its own links, shared terms and phrases, none leaking into another", () => {
    const p = doc.paragraphs.find((x) => x.text.includes("“三个着力”"))!;
    const term = glossary.find((e) => e.term === "三个着力")!;
    const first = render(p.id).html;
    const english = paragraphRenderer(doc, { glossary, shared: ["政府"], hrefOf: (e) => `/en/glossary/#${e.id}` })(p.id);
    expect(english.html).toContain(`href="/en/glossary/#${term.id}" class="term" aria-describedby`);
    expect(english.html).not.toContain("term shared");
    expect(english.shared.length).toBe([...visible(english.html).matchAll(/政府/g)].length);
    // The pages before and after it get theirs, unchanged by it.
    expect(render(p.id).html).toBe(first);
    expect(first).toContain(`href="/glossary/#${term.id}" class="term shared"`);
    // Past its links and marks, the same HTML as a renderer of another build (nothing kept from the first) gives.
    const fresh = paragraphRenderer(reportOf("shizuishan").document, { glossary: [...glossary], hrefOf: (e) => `/en/glossary/#${e.id}` })(p.id);
    expect(fresh.html).toBe(english.html);
  });

  it("marks a shared term on its link, finds phrases in its link text too, and none inside its tooltip", () => {
    const p = doc.paragraphs.find((x) => x.text.includes("“三个着力”"))!;
    const { html, shared } = render(p.id);
    expect(html).toContain(`class="term shared" aria-describedby="shizuishan-2020-${p.id}-term-1"`);
    const text = visible(html);
    expect(html).toMatch(/<a [^>]*class="term shared"[^>]*>“三个着力”/);
    expect(shared.map(([s, e]) => text.slice(s, e))).toContain("“三个着力”");
    const tip = /<span class="term-tip"[^>]*>(.*?)<\/span>/.exec(html)![1]!;
    expect(tip).toContain("三个着力");
    expect(shared.length).toBe([...text.matchAll(/“三个着力”|“放管服”|政府/g)].length);
  });

  it("counts a CRLF in the text as the one line feed the browser reads", () => {
    const md = "深化“放管服”改革，\r\n再深化“放管服”改革。\n";
    const one = readDocument(parseMarkdown(md), { ...doc.meta, id: "crlf-2020" });
    const { html, shared } = paragraphRenderer(one, { glossary: [], shared: ["放管服"] })(one.paragraphs[0]!.id);
    const read = visible(html).replace(/\r\n/g, "\n");
    expect(shared.map(([s, e]) => read.slice(s, e))).toEqual(["“放管服”", "“放管服”"]);
  });

  it("says which paragraph ids exist when asked for one that does not", () => {
    expect(() => render("p-999")).toThrow(/no paragraph p-999: ids run from p-1 to p-\d+/);
  });
});
