import { describe, expect, it } from "vitest";
import type { StoredFigure } from "../../../src/lib/schema/figure.ts";
import { compareByTopic } from "../../../src/lib/topics/comparison.ts";
import { isBodyParagraph } from "../../../src/lib/topics/body.ts";
import { figureKindText, figureValueText, keyFigures, topicOfFigure } from "../../../src/lib/topics/figures.ts";
import { phrasesInTopics } from "../../../src/lib/topics/topic-phrases.ts";
import { comparePairs, defaultPair } from "../../../src/lib/topics/pairs.ts";
import { partsOf } from "../../../src/lib/topics/parts.ts";
import { reportOf, reports, topics } from "./support.ts";

/** A figure record of a real report, quoted from the paragraph whose text starts with `start`. */
function figureAt(city: string, start: string, quote: string, extra: Partial<StoredFigure> = {}): StoredFigure {
  const doc = reportOf(city).document;
  const p = doc.paragraphs.find((x) => x.text.startsWith(start))!;
  const at = p.text.indexOf(quote);
  if (at === -1) throw new Error(`${quote} is not in ${p.id}`);
  return {
    id: `${doc.meta.id}-t-${at}`,
    report: doc.meta.id,
    city,
    kind: "target",
    year: 2020,
    base_year: null,
    period: null,
    metric: null,
    label_zh: quote,
    label_en: null,
    value: 1,
    min: null,
    max: null,
    unit: "%",
    qualifier: null,
    estimate: false,
    direction: null,
    quote,
    paragraph: p.id,
    url: `/reports/${doc.meta.id}/#${p.id}`,
    span: [at, at + quote.length],
    ...extra,
  };
}

/** The site's original pair (two 2020 reports), which /compare/ opens on. */
const original = ["shizuishan-2020", "zhongwei-2020"];
const pair = reports.filter((r) => original.includes(r.id));
const compared = pair.map((r) => ({ doc: r.document, figures: [] as StoredFigure[] }));
const comparison = compareByTopic(compared, topics);

describe("compareByTopic on the real reports", () => {
  it("compares the original pair, the one /compare/ opens on (content/topics.json)", () => {
    expect(pair.map((r) => r.id)).toEqual(original);
    const metas = reports.map((r) => r.document.meta);
    const shown = defaultPair(metas, [...new Set(metas.map((m) => m.place))], topics.default_pair);
    expect([shown?.a.id, shown?.b.id]).toEqual(original);
  });

  it("shows every topic of the list in order, the other bucket last, with a column per report", () => {
    expect(comparison.map((c) => c.topic.id)).toEqual([...topics.topics.map((t) => t.id), "other"]);
    for (const c of comparison) expect(c.columns.map((col) => col.meta.id)).toEqual(pair.map((r) => r.id));
    expect(comparison.filter((c) => c.isOther).map((c) => c.topic.id)).toEqual(["other"]);
  });

  it.each(comparePairs(reports.map((r) => r.document.meta)).map((p) => [p.a.id, p.b.id] as const))(
    "%s and %s: every body paragraph of each report is listed exactly once as a primary paragraph",
    (a, b) => {
      const two = [reportOf(a.replace(/-\d+$/, ""), a), reportOf(b.replace(/-\d+$/, ""), b)];
      const result = compareByTopic(two.map((r) => ({ doc: r.document, figures: [] })), topics);
      for (const [i, r] of two.entries()) {
        const shown = result.flatMap((c) => c.columns[i]!.cells.flatMap((cell) => cell.primary.map((p) => p.id)));
        expect([...shown].sort()).toEqual(r.document.paragraphs.filter(isBodyParagraph).map((p) => p.id).sort());
      }
    },
  );

  it("lists every body paragraph of every report exactly once as a primary paragraph", () => {
    for (const [i, r] of pair.entries()) {
      const shown = comparison.flatMap((c) => c.columns[i]!.cells.flatMap((cell) => cell.primary.map((p) => p.id)));
      expect([...shown].sort()).toEqual(
        r.document.paragraphs
          .filter(isBodyParagraph)
          .map((p) => p.id)
          .sort(),
      );
      expect(new Set(shown).size).toBe(shown.length);
    }
  });

  it("splits each column into the review and the plan; only the other bucket has the opening words", () => {
    for (const c of comparison) {
      const parts = c.columns[0]!.cells.map((cell) => cell.part);
      expect(parts).toEqual(c.isOther ? [null, "review", "plan"] : ["review", "plan"]);
      const partOf = new Map(pair.map((r) => [r.id, partsOf(r.document)]));
      for (const col of c.columns) {
        for (const cell of col.cells)
          for (const p of [...cell.primary, ...cell.secondary]) expect(partOf.get(col.meta.id)!.get(p.id)).toBe(cell.part);
      }
    }
  });

  it("adds a five-year outlook row, in every column, when a report of the comparison has one", () => {
    const two = [reportOf("zhongwei", "zhongwei-2020"), reportOf("zhongwei", "zhongwei-2021")];
    const result = compareByTopic(two.map((r) => ({ doc: r.document, figures: [] })), topics);
    for (const c of result) {
      for (const col of c.columns) expect(col.cells.map((cell) => cell.part)).toEqual(c.isOther ? [null, "review", "outlook", "plan"] : ["review", "outlook", "plan"]);
      const [old, recent] = c.columns;
      expect(old!.cells.find((cell) => cell.part === "outlook")!.primary).toEqual([]);
      if (!c.isOther) expect(recent!.cells.some((cell) => cell.part === "outlook")).toBe(true);
    }
    const outlook = result.flatMap((c) => c.columns[1]!.cells.filter((cell) => cell.part === "outlook").flatMap((cell) => cell.primary));
    expect(outlook.length).toBeGreaterThan(5);
    expect(outlook.some((p) => p.text.includes("十四五"))).toBe(true);
  });

  it("holds both cities in at least 8 topics", () => {
    const both = comparison.filter(
      (c) => !c.isOther && c.columns.every((col) => col.cells.some((cell) => cell.primary.length > 0)),
    );
    expect(both.length).toBeGreaterThanOrEqual(8);
  });

  it("never lists a paragraph as secondary under its own primary topic", () => {
    for (const c of comparison) {
      for (const col of c.columns) {
        const primary = new Set(col.cells.flatMap((cell) => cell.primary.map((p) => p.id)));
        for (const cell of col.cells) for (const p of cell.secondary) expect(primary.has(p.id)).toBe(false);
      }
    }
  });
});

describe("key figures of a topic", () => {
  const jobs = figureAt("shizuishan", "着力抓好就业和社会保障", "城镇新增就业1万人以上", { metric: "urban_jobs" });
  const gdp = figureAt("shizuishan", "主要预期目标是", "地区生产总值增长6.5%—7%", {
    metric: "gdp_growth",
    value: null,
    min: 6.5,
    max: 7,
  });
  const plain = figureAt("shizuishan", "推进绿色低碳发展", "推进绿色低碳发展", { label_zh: "某项", quote: "某项" });

  it("go to the topic their own words name, else to their paragraph's topic", () => {
    const paragraphTopic = (p: string) => (p === jobs.paragraph ? "livelihood" : "culture");
    expect(topicOfFigure(jobs, topics, paragraphTopic)).toBe("livelihood"); // 城镇 (urban) and 就业 tie: the paragraph decides
    expect(topicOfFigure(gdp, topics, paragraphTopic)).toBe("economy");
    expect(topicOfFigure(plain, topics, paragraphTopic)).toBe("culture");
    expect(topicOfFigure(plain, topics, () => undefined)).toBe("other");
  });

  it("go first to the topic that lists their indicator's metric category", () => {
    const revenue = figureAt("shizuishan", "主要预期目标是", "地方一般公共预算收入增长2%", {
      metric: "budget_revenue_growth",
    });
    const categoryOf = (metric: string) => ({ urban_jobs: "employment", budget_revenue_growth: "fiscal" })[metric];
    expect(topicOfFigure(jobs, topics, () => "culture", categoryOf)).toBe("livelihood");
    expect(topicOfFigure({ ...gdp, metric: "urban_jobs" }, topics, () => "culture", categoryOf)).toBe("livelihood");
    // No topic lists "fiscal": the words decide, and 一般公共预算收入 is the economy's.
    expect(topicOfFigure(revenue, topics, () => "other", categoryOf)).toBe("economy");
  });

  it("appear under their topic in the comparison, indicators of the vocabulary first", () => {
    const withFigures = compareByTopic(
      pair.map((r) => ({ doc: r.document, figures: r.id.startsWith("shizuishan") ? [plain, jobs, gdp] : [] })),
      topics,
    );
    const col = (topic: string) =>
      withFigures.find((c) => c.topic.id === topic)!.columns.find((c) => c.meta.place === "shizuishan")!;
    expect(col("livelihood").figures.map((f) => f.id)).toEqual([jobs.id]);
    expect(col("economy").figures.map((f) => f.id)).toEqual([gdp.id]);
    expect(col("ecology").figures.map((f) => f.id)).toEqual([plain.id]);
    expect(keyFigures([plain, jobs, gdp], 2).map((f) => f.id)).toEqual([jobs.id, gdp.id]);
  });

  it("show the indicators every report has first", () => {
    const income = figureAt("shizuishan", "面对财政收入增速放缓", "十件民生实事", { metric: "livelihood_projects" });
    const zwJobs = figureAt("zhongwei", "着力稳就业促创业", "稳就业", { city: "zhongwei", metric: "urban_jobs" });
    const result = compareByTopic(
      pair.map((r) => ({ doc: r.document, figures: r.id.startsWith("shizuishan") ? [income, jobs] : [zwJobs] })),
      topics,
      { figureLimit: 1 },
    );
    const livelihood = result.find((c) => c.topic.id === "livelihood")!;
    expect(livelihood.columns.map((c) => c.figures.map((f) => f.metric))).toEqual([["urban_jobs"], ["urban_jobs"]]);
    expect(livelihood.columns.map((c) => [c.meta.place, c.figureCount])).toEqual([
      ["shizuishan", 2],
      ["zhongwei", 1],
    ]);
  });

  it("are written as the reports write them", () => {
    expect(figureValueText({ value: 6.5, min: null, max: null, unit: "%", qualifier: "approx" })).toBe("6.5%左右");
    expect(figureValueText({ value: null, min: 6.5, max: 7, unit: "%", qualifier: null })).toBe("6.5—7%");
    expect(figureValueText({ value: [14, 43, 43], min: null, max: null, unit: ":", qualifier: null })).toBe("14:43:43");
    expect(figureValueText({ value: 1, min: 1, max: null, unit: "万人", qualifier: "at_least" })).toBe("1万人以上");
    expect(figureValueText({ value: null, min: null, max: 4.5, unit: "%", qualifier: "at_most" })).toBe("4.5%以内");
    expect(figureKindText({ kind: "result", year: 2019, estimate: true })).toBe("2019年预计");
    expect(figureKindText({ kind: "target", year: 2020, estimate: false })).toBe("2020年目标");
  });
});

describe("phrasesInTopics", () => {
  it("keeps, for each topic, the phrases found in the topic's paragraphs of every report", () => {
    const phrases = ["放管服", "一带两廊", "十大行动"];
    const found = phrasesInTopics(comparison, phrases);
    expect(found).toHaveLength(comparison.length);
    expect(found[comparison.findIndex((c) => c.topic.id === "reform")]).toEqual(["放管服"]);
    // Each topic's phrases are those its own paragraphs of both reports hold, found one topic at a time.
    for (const [i, c] of comparison.entries()) {
      const inAll = phrases.filter((p) => c.columns.every((col) => col.cells.some((cell) => cell.primary.some((para) => para.text.includes(p)))));
      expect(found[i], c.topic.id).toEqual(inAll);
    }
  });
});
