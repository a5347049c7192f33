import { describe, expect, it } from "vitest";
import { excludedSpans, exclusionAt } from "../../../src/lib/figures/exclusions.ts";
import { paragraphDrafts } from "../../../src/lib/figures/paragraph.ts";
import { real } from "./helpers.ts";

/** Digits with a unit or measure word after them, as a reader would spot them (independent of the extractor's grammar). */
const WITH_UNIT =
  /\d+(?:\.\d+)?(?:[:：]\d+(?:\.\d+)?)*(?:余|多)?(?:[万亿千百])?(?:%|％|个百分点|个工作日|公里|平方米|千瓦|场次|人次|[个家所座条列项件名辆套类台户人亩吨元倍天])/g;

describe.each(["zhongwei-2020", "shizuishan-2020"] as const)("every number of %s", (id) => {
  const e = real(id);
  const body = e.doc.paragraphs.filter((p) => p.kind !== "glossary");

  it("with a unit is either a record's figure or excluded by a named rule", () => {
    const unexplained: string[] = [];
    for (const p of body) {
      const exclusions = excludedSpans(p.text);
      const spans = e.figures.filter((f) => f.paragraph === p.id).map((f) => f.span);
      for (const m of p.text.matchAll(WITH_UNIT)) {
        const [s, t] = [m.index, m.index + m[0].length];
        const inFigure = spans.some(([a, b]) => a <= s && s < b);
        const rule = exclusionAt(exclusions, s, t);
        if (!inFigure && !rule) unexplained.push(`${p.id}: ${p.text.slice(Math.max(0, s - 8), t + 4)}`);
      }
    }
    expect(unexplained).toEqual([]);
  });

  it("of any kind is read: no number is left without a figure or a rule", () => {
    const left = body.flatMap((p) => paragraphDrafts(p.text).unparsed.map(([s, t]) => `${p.id}: ${p.text.slice(s - 6, t + 6)}`));
    expect(left).toEqual([]);
    for (const p of body) {
      const exclusions = excludedSpans(p.text);
      const spans = e.figures.filter((f) => f.paragraph === p.id).map((f) => f.span);
      for (const m of p.text.matchAll(/\d+/g)) {
        const covered = spans.some(([a, b]) => a <= m.index && m.index < b) || exclusionAt(exclusions, m.index, m.index + m[0].length);
        expect(covered, `${p.id}: ${p.text.slice(m.index - 6, m.index + 8)}`).toBeTruthy();
      }
    }
  });

  it("no record's figure overlaps an excluded number", () => {
    for (const f of e.figures) {
      const p = e.doc.paragraphs.find((x) => x.id === f.paragraph)!;
      expect(exclusionAt(excludedSpans(p.text), f.span[0], f.span[1]), f.quote).toBeNull();
    }
  });

  it("the appendix gives no records", () => {
    const appendix = new Set(e.doc.paragraphs.filter((p) => p.kind === "glossary").map((p) => p.id));
    expect(e.figures.filter((f) => appendix.has(f.paragraph))).toEqual([]);
  });
});
