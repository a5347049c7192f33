import { describe, expect, it } from "vitest";
import {
  fiveYearPlan,
  fiveYearPlanEn,
  pairName,
  pairTitle,
  partHeading,
  partShortName,
  reportName,
  shortPlaceName,
} from "../../../src/lib/topics/labels.ts";
import { figureKindText } from "../../../src/lib/topics/figures.ts";

const zw20 = { place_zh: "中卫市", place_en: "Zhongwei", year: 2020 };
const zw21 = { ...zw20, year: 2021 };
const szs20 = { place_zh: "石嘴山市", place_en: "Shizuishan", year: 2020 };
const yc21 = { place_zh: "银川市", place_en: "Yinchuan", year: 2021 };

describe("five-year plans", () => {
  it("names the plan a year falls in, from the 11th to the 19th", () => {
    expect(fiveYearPlan(2021)).toEqual({ name: "十四五", from: 2021, to: 2025 });
    expect(fiveYearPlanEn(2021)).toBe("14th Five-Year Plan");
    expect(fiveYearPlanEn(2020)).toBe("13th Five-Year Plan");
    expect(fiveYearPlanEn(2006)).toBe("11th Five-Year Plan");
    expect(fiveYearPlanEn(2005)).toBeNull();
  });
});

describe("partHeading", () => {
  it("names each part by the report's year, in Chinese by default", () => {
    expect(partHeading("review", 2020)).toBe("2019年工作回顾");
    expect(partHeading("plan", 2020)).toBe("2020年工作安排");
    expect(partHeading("outlook", 2021)).toBe("“十四五”时期（2021—2025年）");
    expect(partHeading(null, 2020)).toBe("开场");
  });

  it("and in English", () => {
    expect(partHeading("review", 2020, "en")).toBe("2019 review");
    expect(partHeading("plan", 2021, "en")).toBe("2021 plan");
    expect(partHeading("outlook", 2021, "en")).toBe("14th Five-Year Plan, 2021–2025");
    expect(partHeading("outlook", 2000, "en")).toBe("The next five years");
    expect(partHeading(null, 2020, "en")).toBe("Opening words");
  });
});

describe("partShortName", () => {
  it("names a part over the years of a comparison, for the filter", () => {
    expect(partShortName("review", [2020, 2020])).toBe("2019年回顾");
    expect(partShortName("review", [2020, 2021])).toBe("2019年、2020年回顾");
    expect(partShortName("outlook", [2021])).toBe("“十四五”规划");
    expect(partShortName("plan", [2021, 2020])).toBe("2020年、2021年计划");
  });

  it("and in English, plural where there are several years", () => {
    expect(partShortName("review", [2020, 2020], "en")).toBe("2019 review");
    expect(partShortName("review", [2020, 2021], "en")).toBe("2019 and 2020 reviews");
    expect(partShortName("plan", [2021, 2020], "en")).toBe("2020 and 2021 plans");
    expect(partShortName("outlook", [2021], "en")).toBe("14th Five-Year Plan outlook");
    expect(partShortName("outlook", [2020, 2021], "en")).toBe("13th and 14th Five-Year Plan outlook");
    expect(partShortName("outlook", [1990], "en")).toBe("Five-year outlook");
  });
});

describe("pair and report names", () => {
  it("names two places of a year, one place's two years, or two of each", () => {
    expect(pairName(szs20, zw20)).toBe("石嘴山市与中卫市 2020年");
    expect(pairName(zw21, zw20)).toBe("中卫市 2020年与2021年");
    expect(pairName(zw20, yc21)).toBe("中卫市2020年与银川市2021年");
    expect(pairName(szs20, zw20, "en")).toBe("Shizuishan and Zhongwei, 2020");
    expect(pairName(zw21, zw20, "en")).toBe("Zhongwei, 2020 and 2021");
    expect(pairName(zw20, yc21, "en")).toBe("Zhongwei 2020 and Yinchuan 2021");
  });

  it("names a pair shortly for the <title> in English (the site's name follows), as the heading does in Chinese", () => {
    const nx20 = { place_zh: "宁夏回族自治区", place_en: "Ningxia Hui Autonomous Region", year: 2020 };
    expect(pairTitle(nx20, szs20)).toBe(pairName(nx20, szs20));
    expect(pairTitle(nx20, szs20, "en")).toBe("Ningxia vs Shizuishan, 2020");
    expect(pairTitle(zw21, zw20, "en")).toBe("Zhongwei, 2020 vs 2021");
    expect(pairTitle(zw20, yc21, "en")).toBe("Zhongwei 2020 vs Yinchuan 2021");
  });

  it("names a report by place and year", () => {
    expect(reportName(zw21)).toBe("中卫市2021年");
    expect(reportName(zw21, "en")).toBe("Zhongwei 2021");
    const nx21 = { place_zh: "宁夏回族自治区", place_en: "Ningxia Hui Autonomous Region", year: 2021 };
    expect(reportName(nx21, "en")).toBe("Ningxia Hui Autonomous Region 2021");
    expect(reportName(nx21, "en", true)).toBe("Ningxia 2021");
    expect(reportName(nx21, "zh-CN", true)).toBe("宁夏回族自治区2021年");
  });

  it("shortens place names for the picker's links", () => {
    expect(shortPlaceName("宁夏回族自治区")).toBe("宁夏");
    expect(shortPlaceName("中卫市")).toBe("中卫");
    expect(shortPlaceName("Ningxia Hui Autonomous Region", "en")).toBe("Ningxia");
    expect(shortPlaceName("Tibet Autonomous Region", "en")).toBe("Tibet");
    expect(shortPlaceName("Zhongwei", "en")).toBe("Zhongwei");
    expect(shortPlaceName("Gansu Province", "en")).toBe("Gansu");
  });
});

describe("figureKindText", () => {
  it("says what kind of figure it is, in either language", () => {
    expect(figureKindText({ kind: "result", year: 2019, estimate: false })).toBe("2019年实绩");
    expect(figureKindText({ kind: "result", year: 2019, estimate: true })).toBe("2019年预计");
    expect(figureKindText({ kind: "target", year: 2020, estimate: false })).toBe("2020年目标");
    expect(figureKindText({ kind: "result", year: 2019, estimate: false }, "en")).toBe("2019 result");
    expect(figureKindText({ kind: "result", year: 2019, estimate: true }, "en")).toBe("2019 estimate");
    expect(figureKindText({ kind: "target", year: 2020, estimate: false }, "en")).toBe("2020 target");
  });

  it("names the years of a figure over a period", () => {
    expect(figureKindText({ kind: "result", year: 2020, period: [2016, 2020], estimate: false })).toBe("2016—2020年实绩");
    expect(figureKindText({ kind: "target", year: 2025, period: [2021, 2025], estimate: false }, "en")).toBe("2021–2025 target");
  });
});
