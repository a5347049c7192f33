import { describe, expect, it } from "vitest";
import { asciiDigits } from "../../../src/lib/text/hygiene.ts";
import { fixture, quoting, typed, written } from "./helpers.ts";
import { withUnitEn } from "../../../src/i18n/figures.ts";
import { unitParts } from "../../../src/lib/charts/units.ts";

/**
 * Sentences of reports of other places and years than the corpus's (Guangxi 2003 and 2026, Ili 2025, a city's
 * “十三五” review), each in a small report of plan year 2020: what they state, read as the text means it.
 */
describe("a change told from its old value to its new one", () => {
  it("扩大到 ends a baseline as 增加到 does: only the new value is a result", () => {
    const x = fixture(["高等教育招生规模由1997年的4.67万人扩大到2002年的13.88万人。"], ["地区生产总值增长6%。"]);
    const enrolment = quoting(x, "高等教育招生规模");
    expect(enrolment.map((f) => written(x, f))).toEqual(["13.88万人"]);
    expect(typed(enrolment[0]!)).toMatchObject({ kind: "result", label_zh: "高等教育招生规模", value: 13.88, unit: "万人" });
  });

  it("a five-year plan's end as the old value's time (由“十二五”末的…) marks a baseline too", () => {
    const x = fixture(["国家节水行动取得阶段成效，全市用水总量由“十二五”末的15.81亿立方米减少到14.2亿立方米。"], ["地区生产总值增长6%。"]);
    const water = quoting(x, "全市用水总量");
    expect(water.map((f) => written(x, f))).toEqual(["14.2亿立方米"]);
    expect(typed(water[0]!)).toMatchObject({ kind: "result", label_zh: "用水总量", value: 14.2, direction: "down" });
  });
});

describe("a ratio written with the ratio sign ∶ (U+2236)", () => {
  it("reads as a colon between digits, at the same offsets", () => {
    expect(asciiDigits("由1997年的31.9∶33.8∶34.3转变为")).toBe("由1997年的31.9:33.8:34.3转变为");
    expect(asciiDigits("比例∶前后")).toBe("比例∶前后");
  });

  it("is read as a ratio, its old value a baseline, as with a colon", () => {
    const x = fixture(
      ["产业结构日趋优化，三次产业结构由1997年的31.9∶33.8∶34.3转变为2002年的24.2∶34.9∶40.9。农业的基础地位得到加强，经济作物与粮食作物种植比例由0.65∶1提高到0.83∶1。"],
      ["地区生产总值增长6%。"],
    );
    const ratios = x.figures.filter((f) => f.unit === ":");
    expect(ratios.map((f) => written(x, f))).toEqual(["24.2∶34.9∶40.9", "0.83∶1"]);
    expect(typed(ratios[0]!)).toMatchObject({ kind: "result", year: 2019, label_zh: "三次产业结构", value: [24.2, 34.9, 40.9] });
    expect(ratios[1]!.value).toEqual([0.83, 1]);
  });
});

describe("a magnitude of two characters before the unit (千亿, 百亿)", () => {
  it("is one unit with its number: 9千亿元 is 9 of 千亿元, nine hundred billion yuan", () => {
    const x = fixture(["经济实力实现新跨越，一般公共预算收支累计分别突破9千亿元、3万亿元。全部工业增加值超8千亿元、比2015年增加五成以上。"], ["地区生产总值增长6%。"]);
    const sums = quoting(x, "一般公共预算收支累计");
    expect(sums.map((f) => [written(x, f), f.value, f.unit, f.qualifier])).toEqual([
      ["9千亿元", 9, "千亿元", "at_least"],
      ["3万亿元", 3, "万亿元", "at_least"],
    ]);
    const industry = quoting(x, "全部工业增加值超8千亿元");
    expect(industry.map((f) => [written(x, f), f.label_zh, f.value, f.unit])).toEqual([["8千亿元", "全部工业增加值", 8, "千亿元"]]);
    // In English and on a chart's axis, as 亿元 and 万亿元 are.
    expect(withUnitEn(9, "千亿元")).toBe("900 billion yuan");
    expect(withUnitEn(3, "万亿元")).toBe("3,000 billion yuan");
    expect(unitParts("千亿元")).toEqual({ base: "元", factor: 1e11 });
  });
});
