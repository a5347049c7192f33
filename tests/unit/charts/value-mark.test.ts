import { describe, expect, it } from "vitest";
import { markLabel, valueText } from "../../../src/lib/charts/labels.ts";
import { scaleMark, valueMark } from "../../../src/lib/charts/value-mark.ts";
import { fig, gdp, investment, jobs, pm25, structure, unemployment } from "./fixtures.ts";

describe("valueMark", () => {
  it("reads a plain growth figure as a point, keeping 预计 as an estimate", () => {
    expect(valueMark(gdp.zhongweiResult)).toMatchObject({ shape: "point", value: 6, lo: 6, hi: 6, estimate: true, approx: false });
  });

  it("marks 左右 as approximate", () => {
    expect(valueMark(gdp.zhongweiTarget)).toMatchObject({ shape: "point", value: 6.5, approx: true, estimate: false });
  });

  it("reads a range target 6.5%—7% as a band from min to max", () => {
    expect(valueMark(gdp.shizuishanTarget)).toMatchObject({ shape: "band", lo: 6.5, hi: 7, value: 6.75, bound: null });
  });

  it("reads 以上 as a bound open upwards and 以内 as a bound open downwards", () => {
    expect(valueMark(jobs.shizuishanTarget)).toMatchObject({ shape: "bound", value: 1, bound: "at_least" });
    expect(valueMark(unemployment.zhongweiTarget)).toMatchObject({ shape: "bound", value: 4.5, bound: "at_most" });
  });

  it("takes a bound from min or max when the record has no value", () => {
    const floor = fig({ city: "zhongwei", kind: "target", value: null, min: 80, qualifier: "at_least", quote: "80%以上" });
    expect(valueMark(floor)).toMatchObject({ shape: "bound", value: 80, bound: "at_least" });
  });

  it("reads 持平 as a flat point at zero", () => {
    expect(valueMark(investment.shizuishanTarget)).toMatchObject({ shape: "point", value: 0, flat: true });
    const noValue = fig({ city: "shizuishan", kind: "target", value: null, quote: "固定资产投资持平" });
    expect(valueMark(noValue)).toMatchObject({ value: 0, flat: true });
  });

  it("draws a stated fall (下降) below zero, and a fall of at least 12% as a bound open downwards", () => {
    expect(valueMark(pm25.shizuishanResult)).toMatchObject({ shape: "point", value: -2.6 });
    expect(valueMark(pm25.shizuishanTarget)).toMatchObject({ shape: "bound", value: -12, bound: "at_most" });
  });

  it("keeps a level reached (降至, 控制在) positive even when the direction is down", () => {
    const level = fig({ city: "zhongwei", kind: "result", value: 0.61, direction: "down", quote: "贫困发生率由2018年3.84%降至0.61%" });
    expect(valueMark(level)).toMatchObject({ value: 0.61 });
  });

  it("follows the vocabulary's measure over the wording: a change falls below zero, a level never", () => {
    const quote = "城镇登记失业率下降到3%";
    const base = { city: "zhongwei", kind: "result", value: 3, direction: "down", quote } as const;
    expect(valueMark({ ...fig(base), measure: "change" })?.value).toBe(-3);
    expect(valueMark({ ...fig(base), measure: "level" })?.value).toBe(3);
    expect(valueMark({ ...pm25.shizuishanResult, measure: "level" })?.value).toBe(2.6);
  });

  it("has no single-axis reading for a ratio", () => {
    expect(valueMark(structure)).toBeNull();
  });

  it("rescales a mark to another magnitude", () => {
    const mark = valueMark(jobs.zhongweiResult);
    expect(mark && scaleMark(mark, 1, 1e4)).toMatchObject({ value: 0.8271, lo: 0.8271, hi: 0.8271 });
  });
});

describe("valueText and markLabel", () => {
  it("phrase figures as the reports do", () => {
    expect(valueText(gdp.zhongweiTarget)).toBe("6.5%左右");
    expect(valueText(gdp.shizuishanTarget)).toBe("6.5%—7%");
    expect(valueText(jobs.shizuishanTarget)).toBe("1万人以上");
    expect(valueText(unemployment.zhongweiTarget)).toBe("4.5%以内");
    expect(valueText(investment.shizuishanTarget)).toBe("持平");
    expect(valueText(pm25.shizuishanTarget)).toBe("下降12%以上");
    expect(valueText(structure)).toBe("14:43:43");
    const held = fig({ city: "zhongwei", kind: "result", value: 3.67, max: 3.67, qualifier: "at_most", quote: "城镇登记失业率控制在3.67%" });
    expect(valueText(held)).toBe("控制在3.67%");
    const passed = fig({ city: "zhongwei", kind: "target", value: 1000, min: 1000, unit: "万人次", qualifier: "at_least", quote: "力争全年接待游客突破1000万人次" });
    expect(valueText(passed)).toBe("突破1000万人次");
    const about = fig({ city: "zhongwei", kind: "target", value: 5, unit: "万人", qualifier: "approx", quote: "培训约5万人" });
    expect(valueText(about)).toBe("约5万人");
  });

  it("prefix 预计 to estimates in chart labels", () => {
    expect(markLabel(gdp.shizuishanResult)).toBe("预计7%左右");
    expect(markLabel(gdp.zhongweiTarget)).toBe("6.5%左右");
  });
});

describe("placeLabel: a bold label is wider", () => {
  it("aligns a bold target label to the chart's edge where the regular width would still fit centred", async () => {
    const { placeLabel, textWidth } = await import("../../../src/lib/charts/text-width.ts");
    const text = "646 million US dollars";
    expect(textWidth(text, 12, true)).toBeGreaterThan(textWidth(text, 12) * 1.1);
    expect(textWidth("地区生产总值", 12, true)).toBe(textWidth("地区生产总值", 12));
    expect(placeLabel(text, 735, 12, 0, 800).anchor).toBe("middle");
    expect(placeLabel(text, 735, 12, 0, 800, true).anchor).toBe("end");
  });
});
