import { describe, expect, it } from "vitest";
import { storedFigureSchema } from "../../../src/lib/schema/figure.ts";
import { fixture, metrics, real, typed, written } from "./helpers.ts";

describe.each(["zhongwei-2020", "shizuishan-2020"] as const)("the records of %s", (id) => {
  const e = real(id);

  it("are valid stored figure records of this report", () => {
    expect(e.figures.length).toBeGreaterThan(50);
    for (const f of e.figures) {
      expect(storedFigureSchema.parse(f)).toEqual(f);
      expect(f).toMatchObject({ report: id, city: id.split("-")[0], url: `/reports/${id}/#${f.paragraph}` });
      expect(f.year).toBe(f.kind === "result" ? 2019 : 2020);
      expect(f.label_zh).not.toBe("");
    }
  });

  it("quote their paragraph exactly, and the quote holds the figure as written", () => {
    for (const f of e.figures) {
      const text = e.doc.paragraphs.find((p) => p.id === f.paragraph)!.text;
      const at = text.indexOf(f.quote);
      expect(at, f.quote).toBeGreaterThanOrEqual(0);
      expect(f.quote.includes(written(e, f)), f.quote).toBe(true);
      expect(f.span[1]).toBeGreaterThan(f.span[0]);
      expect(f.quote).not.toMatch(/^[，；。]|[，；。]$/);
    }
  });

  it("are numbered in document order per kind", () => {
    for (const kind of ["result", "target"] as const) {
      const list = e.figures.filter((f) => f.kind === kind);
      expect(list.map((f) => f.id)).toEqual(list.map((_, i) => `${id}-${kind === "result" ? "r" : "t"}-${i + 1}`));
      const order = list.map((f) => [Number(f.paragraph.slice(2)), f.span[0]] as const);
      for (let i = 1; i < order.length; i++) expect(order[i]![0] * 1e6 + order[i]![1]).toBeGreaterThanOrEqual(order[i - 1]![0] * 1e6 + order[i - 1]![1]);
    }
  });

  it("take their English label from the vocabulary entry they map to", () => {
    const byId = new Map(metrics.map((m) => [m.id, m]));
    for (const f of e.figures) {
      if (f.metric === null) expect(f.label_en).toBeNull();
      else expect(f.label_en).toBe(byId.get(f.metric)!.label_en);
    }
  });

  it("are results in the review part and targets in the plan part", () => {
    for (const f of e.figures) {
      const p = e.doc.paragraphs.find((x) => x.id === f.paragraph)!;
      expect(f.kind).toBe(p.period === "review" ? "result" : "target");
    }
  });
});

describe("kinds, qualifiers and directions on small reports", () => {
  const e = fixture(
    ["全年接待游客约500万人次。粮食产量不低于60万吨，城镇登记失业率低于4%。", "发文数量减少10%，市场主体增加到5000户。"],
    ["预计上年进出口总额增长12%。力争营造林10万亩，债务率不超过80%，新建学校3所。", "公交站台提高到200座以上，会议数量下降20%左右。"],
  );
  const by = (v: number) => typed(e.figures.find((f) => f.value === v)!);

  it("reads leading qualifiers: 约 → approx, 不低于 → at_least, 低于 / 不超过 → at_most", () => {
    expect(by(500)).toMatchObject({ qualifier: "approx", unit: "万人次", kind: "result" });
    expect(by(60)).toMatchObject({ qualifier: "at_least", min: 60 });
    expect(by(4)).toMatchObject({ qualifier: "at_most", max: 4 });
    expect(by(80)).toMatchObject({ qualifier: "at_most", max: 80, kind: "target" });
  });

  it("reads change verbs and level verbs: 减少10% is a change down, 增加到5000户 a level up", () => {
    expect(by(10)).toMatchObject({ direction: "down", label_zh: "发文数量减少", metric: "documents_change" });
    // A total reached (增加到5000户) is no count of additions: not 新增市场主体.
    expect(by(5000)).toMatchObject({ direction: "up", label_zh: "市场主体", metric: null });
    expect(by(200)).toMatchObject({ direction: "up", qualifier: "at_least" });
    expect(by(20)).toMatchObject({ direction: "down", qualifier: "approx", kind: "target" });
  });

  it("预计 makes a result even in the plan part; 力争 stays a target", () => {
    expect(by(12)).toMatchObject({ kind: "result", year: 2019, estimate: true, metric: "foreign_trade_growth" });
    expect(e.figures.filter((f) => f.kind === "target").map((f) => f.value)).toEqual([10, 80, 3, 200, 20]);
  });
});
