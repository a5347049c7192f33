import type { PhrasingContent } from "mdast";
import { describe, expect, it } from "vitest";
import { trackerAnnotations } from "../../../src/lib/tracker/annotations.ts";
import type { TrackerRecord } from "../../../src/lib/schema/tracker.ts";
import { renderReport } from "../../../src/lib/render/render-report.ts";
import { markRanges } from "../../../src/lib/render/mark-ranges.ts";
import type { StoredFigure } from "../../../src/lib/schema/figure.ts";
import { CORPUS_DEV, RAW, ingestFile } from "../support/ingest.ts";

/** A collection-like entry (body without front matter, data) from an ingested file. */
function entryOf(path: string) {
  const r = ingestFile(path);
  return { body: r.markdown.replace(/^---\n[\s\S]*?\n---\n/, ""), data: r.document.meta, result: r };
}

describe("renderReport on every real and development report", () => {
  it.each([...RAW, ...CORPUS_DEV])("%s: every paragraph is an element with its id, in order, and every permalink leads to one", (path) => {
    const { body, data, result } = entryOf(path);
    const html = renderReport({ body, data });
    const ids = [...html.matchAll(/<(?:p|div) id="(p-\d+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(result.document.paragraphs.map((p) => p.id));
    const links = new Set([...html.matchAll(/href="#(p-\d+)"/g)].map((m) => m[1]));
    expect([...links].filter((id) => !ids.includes(id))).toEqual([]);
  });
});

describe("renderReport", () => {
  const { body, data, result } = entryOf("tests/fixtures/reports/nested-2021.txt");
  const html = renderReport({ body, data });

  it("gives every paragraph its id, class and a visible permalink, in the document's order", () => {
    const ids = [...html.matchAll(/<(?:p|div) id="(p-\d+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(result.document.paragraphs.map((p) => p.id));
    expect(html).toContain('<p id="p-2" class="para para-paragraph">现在，我代表市人民政府，向大会报告工作。<a href="#p-2" class="pilcrow" aria-label="第2段">2</a></p>');
  });

  it("gives headings their ids and drops the title heading", () => {
    expect(html).not.toContain("<h1");
    expect(html).toContain('<h2 id="s-1">一、2020年工作回顾</h2>');
    expect(html).toContain('<h4 id="s-2-1-1">（一）抓项目</h4>');
  });

  it("marks lead sentences and renders enumerations as a list", () => {
    expect(html).toMatch(/<strong class="lead">推动工业提质增效<\/strong>。规上工业增加值/);
    expect(html).toMatch(/<ul>\s*<li>\s*<p id="p-\d+" class="para para-enumeration"><strong class="lead">一是稳就业<\/strong>/);
  });

  it("renders the appendix as a definition list", () => {
    expect(html).toMatch(/<dl class="glossary-list"><div id="p-\d+" class="glossary-item"><dt>“一带一路”<\/dt><dd>丝绸之路经济带和21世纪海上丝绸之路。<a href="#p-\d+" class="pilcrow" aria-label="第\d+段">\d+<\/a>/);
  });

  it("wraps a figure at its span in one link to its record row, its value in data-value", () => {
    const p = result.document.paragraphs.find((x) => x.text.includes("增长6%左右"))!;
    const start = p.text.indexOf("6%左右");
    const figure = { id: "nested-2021-t-1", report: "nested-2021", city: "nested", kind: "target", year: 2021, base_year: null, period: null, metric: "industrial_value_added_growth", label_zh: "规上工业增加值增长", label_en: null, value: 6, min: null, max: null, unit: "%", qualifier: "approx", estimate: false, direction: "up", quote: "规上工业增加值增长6%左右", paragraph: p.id, url: `/reports/nested-2021/#${p.id}`, span: [start, start + 4] } satisfies StoredFigure;
    const marked = renderReport({ body, data }, { figures: [figure] });
    expect(marked).toContain('增长<a href="/indicators/industrial_value_added_growth/#nested-2021-t-1" title="2021年目标 · 规上工业增加值增长" class="fig fig-target" data-figure="nested-2021-t-1" data-value="6">6%左右</a>。');
  });

  it("puts a tracker badge after an annotated figure: the symbol hidden, the status visible, the rule said to assistive technology", () => {
    const p = result.document.paragraphs.find((x) => x.text.includes("增长6%左右"))!;
    const start = p.text.indexOf("6%左右");
    const figure = { id: "nested-2021-t-1", report: "nested-2021", city: "nested", kind: "target", year: 2021, base_year: null, period: null, metric: "industrial_value_added_growth", label_zh: "规上工业增加值增长", label_en: null, value: 6, min: null, max: null, unit: "%", qualifier: "approx", estimate: false, direction: "up", quote: "规上工业增加值增长6%左右", paragraph: p.id, url: `/reports/nested-2021/#${p.id}`, span: [start, start + 4] } satisfies StoredFigure;
    const record = { id: figure.id, place: "nested", metric: figure.metric, year: 2021, target_report: "nested-2021", target_figure: figure.id, outcome_report: "nested-2022", outcome_figure: null, status: "not_reported", rule_id: "no_outcome", rule: "未报告：2022年报告没有给出2021年这一指标的单年数字" } satisfies TrackerRecord;
    const notes = trackerAnnotations([record], [figure]);
    const marked = renderReport({ body, data }, { figures: [figure], annotate: (f) => notes.get(f.id) });
    expect(marked).toContain(
      '<span class="fig-note"><a href="/indicators/industrial_value_added_growth/#nested-2021-t-1" title="2021年目标 · 规上工业增加值增长" class="fig fig-target" data-figure="nested-2021-t-1" data-value="6">6%左右</a><a href="/tracker/nested/#nested-2021-t-1" class="track track--not_reported"><span class="track__symbol" aria-hidden="true">? </span>未报告<span class="visually-hidden">（目标跟踪：未报告：2022年报告没有给出2021年这一指标的单年数字）</span></a></span>。',
    );
  });

  it("escapes markup in the report text: it stays visible text", () => {
    const m = entryOf("tests/fixtures/reports/markup-2025.txt");
    const out = renderReport({ body: m.body, data: m.data });
    expect(out).toContain("&#x3C;script>alert(1)&#x3C;/script>");
    expect(out).toContain("&#x3C;img src=x onerror=alert(1)>");
    expect(out).not.toMatch(/<script|<img/);
  });
});

describe("markRanges", () => {
  const wrap = (children: PhrasingContent[]): PhrasingContent => ({ type: "emphasis", children });

  it("splits text nodes at the offsets and counts text inside formatting", () => {
    const { children, skipped } = markRanges(
      [{ type: "strong", children: [{ type: "text", value: "标题" }] }, { type: "text", value: "。增长6%，下降2%。" }],
      [{ start: 5, end: 7, wrap }, { start: 10, end: 12, wrap }],
    );
    expect(skipped).toEqual([]);
    expect(children.map((c) => (c.type === "text" ? c.value : `[${(c as { children: { value: string }[] }).children[0]!.value}]`))).toEqual([
      "[标题]",
      "。增长",
      "[6%]",
      "，下降",
      "[2%]",
      "。",
    ]);
  });

  it("skips a range that crosses formatting or overlaps another, without changing the text", () => {
    const nodes = [{ type: "strong" as const, children: [{ type: "text" as const, value: "甲乙" }] }, { type: "text" as const, value: "丙丁" }];
    const { children, skipped } = markRanges(nodes, [{ start: 1, end: 3, wrap }, { start: 2, end: 4, wrap }, { start: 3, end: 4, wrap }]);
    expect(skipped.map((r) => [r.start, r.end])).toEqual([[1, 3], [3, 4]]);
    expect(JSON.stringify(children)).toContain("丙");
  });
});

describe("renderReport in English", () => {
  const { body, data, result } = entryOf("tests/fixtures/reports/nested-2021.txt");
  const p = result.document.paragraphs.find((x) => x.text.includes("增长6%左右"))!;
  const start = p.text.indexOf("6%左右");
  const figure = { id: "nested-2021-t-1", report: "nested-2021", city: "nested", kind: "target", year: 2021, base_year: null, period: null, metric: "industrial_value_added_growth", label_zh: "规上工业增加值增长", label_en: "Industrial value added growth", value: 6, min: null, max: null, unit: "%", qualifier: "approx", estimate: false, direction: "up", quote: "规上工业增加值增长6%左右", paragraph: p.id, url: `/reports/nested-2021/#${p.id}`, span: [start, start + 4] } satisfies StoredFigure;
  const localize = (path: string) => `/en${path}`;

  it("reads the permalinks in English, marked as such, the report's text untouched", () => {
    const html = renderReport({ body, data }, { lang: "en", localize });
    expect(html).toContain('<p id="p-2" class="para para-paragraph">现在，我代表市人民政府，向大会报告工作。<a href="#p-2" class="pilcrow" aria-label="paragraph 2" lang="en">2</a></p>');
    expect(html).toContain('<h2 id="s-1">一、2020年工作回顾</h2>');
  });

  it("gives a figure's mark an English tooltip and its English page, the figure as written marked Chinese", () => {
    const html = renderReport({ body, data }, { figures: [figure], lang: "en", localize });
    expect(html).toContain(
      '增长<a href="/en/indicators/industrial_value_added_growth/#nested-2021-t-1" title="2021 target · Industrial value added growth" class="fig fig-target" data-figure="nested-2021-t-1" data-value="6">6%左右</a>。',
    );
  });

  it("links a badge to its English page and marks it English", () => {
    const annotate = () => ({ href: "/tracker/nested/#nested-2021-t-1", symbol: "?", text: "not reported", more: " (target tracker: …)", className: "track track--not_reported" });
    const html = renderReport({ body, data }, { figures: [figure], annotate, lang: "en", localize });
    expect(html).toContain('<a href="/en/tracker/nested/#nested-2021-t-1" class="track track--not_reported" lang="en"><span class="track__symbol" aria-hidden="true">? </span>not reported<span class="visually-hidden"> (target tracker: …)</span></a>');
  });
});
