import { describe, expect, it } from "vitest";
import { fixture, one, quoting, written } from "./helpers.ts";
import { withUnitEn } from "../../../src/i18n/figures.ts";

/**
 * Sentences of the reports of small prefecture cities of 2014–2016 (Hegang 2016, Zhangye 2014, Bozhou 2016), each in
 * a small report of plan year 2020: what they state, read as the text means it.
 */
describe("what is counted after a magnitude (Hegang 2016, Zhangye 2014)", () => {
  it("trees are counted by 株 and mushroom logs by 袋: the unit keeps them (义务植树84万株, 食用菌3000万袋以上)", () => {
    const x = fixture(["完成工程造林1.6万亩，义务植树84万株。"], ["发展玉米制种70万亩、高原夏菜50万亩、食用菌3000万袋以上。"]);
    expect(one(x, "义务植树84万株", "84万株")).toMatchObject({ label_zh: "义务植树", value: 84, unit: "万株" });
    expect(one(x, "食用菌3000万袋以上", "3000万袋")).toMatchObject({ label_zh: "食用菌", value: 3000, unit: "万袋", qualifier: "at_least" });
    expect(withUnitEn(84, "万株")).toBe("840,000 plants");
    expect(withUnitEn(3000, "万袋")).toBe("30 million bags");
  });

  it("a monthly amount keeps its 元/月, and the new amount its indicator (基本养老金由2014年的1540元/月提高到1756元/月)", () => {
    const x = fixture(["新增参保人员2.9万人，企业离退休人员基本养老金由2014年的1540元/月提高到1756元/月。"], ["地区生产总值增长6%。"]);
    const pension = quoting(x, "基本养老金");
    expect(pension.map((f) => [written(x, f), f.label_zh, f.unit, f.direction])).toEqual([["1756元/月", "企业离退休人员基本养老金", "元/月", "up"]]);
    expect(pension[0]!.metric).toBeNull();
    expect(withUnitEn(1756, "元/月")).toBe("1,756 yuan a month");
  });
});

describe("a count grown or cut from its old value to its new one (Bozhou 2016, Hegang 2016)", () => {
  it("发展到, 拓展到 and 精简到 end a baseline as 增加到 does: only the new value is a result, named without the verb", () => {
    const x = fixture(
      [
        "农民合作社由1080家发展到6455家，是“十一五”末的6倍。全市开发区建成区面积由15.2平方公里拓展到84平方公里。",
        "按要求完成了政府机构改革，政府工作部门由35个精简到32个。开展了“三单一图”改革，权力事项由3129项精简到2528项。",
      ],
      ["地区生产总值增长6%。"],
    );
    expect(quoting(x, "农民合作社由").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["6455家", "农民合作社"],
      ["6倍", "农民合作社是“十一五”末"],
    ]);
    expect(quoting(x, "开发区建成区面积").map((f) => [written(x, f), f.label_zh, f.direction])).toEqual([["84平方公里", "开发区建成区面积", "up"]]);
    expect(quoting(x, "政府工作部门").map((f) => [written(x, f), f.label_zh, f.direction])).toEqual([["32个", "政府工作部门", "down"]]);
    expect(quoting(x, "权力事项").map((f) => [written(x, f), f.label_zh, f.direction])).toEqual([["2528项", "权力事项", "down"]]);
  });
});
