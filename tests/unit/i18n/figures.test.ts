/** Figures in English: the words for qualifiers, ranges, falls, magnitudes and units. */
import { describe, expect, it } from "vitest";
import { figureSummaryEn, magnitudeText, markLabelEn, unitEn, valueTextEn } from "../../../src/i18n/figures.ts";

const fig = (over: Partial<Parameters<typeof valueTextEn>[0]>) => ({
  value: 6.5,
  min: null,
  max: null,
  unit: "%",
  qualifier: null,
  estimate: false,
  direction: "up" as const,
  quote: "地区生产总值增长6.5%",
  ...over,
});

describe("figures in English", () => {
  it("says qualifiers, ranges, falls and no change in words", () => {
    expect(valueTextEn(fig({ qualifier: "approx", quote: "增长6.5%左右" }))).toBe("about 6.5%");
    expect(valueTextEn(fig({ value: null, min: 6.5, max: 7, quote: "增长6.5%—7%" }))).toBe("6.5–7%");
    expect(valueTextEn(fig({ value: 7, min: 7, qualifier: "at_least", quote: "增长7%以上" }))).toBe("at least 7%");
    expect(valueTextEn(fig({ value: 19.6, direction: "down", quote: "下降19.6%" }))).toBe("down 19.6%");
    expect(valueTextEn(fig({ value: 0, quote: "与上年持平" }))).toBe("flat (no change)");
    expect(valueTextEn(fig({ value: [14, 43, 43], unit: ":" }))).toBe("14:43:43");
    expect(markLabelEn(fig({ value: 7, estimate: true }))).toBe("est. 7%");
  });

  it("turns 万 and 亿 into English magnitudes and translates units", () => {
    expect(valueTextEn(fig({ value: 14.6, unit: "亿元", quote: "14.6亿元" }))).toBe("1.46 billion yuan");
    expect(valueTextEn(fig({ value: 22.3, unit: "万亩", quote: "22.3万亩" }))).toBe("223,000 mu");
    expect(valueTextEn(fig({ value: 853, unit: "万人次", quote: "853万人次" }))).toBe("8.53 million person-times");
    expect(valueTextEn(fig({ value: 2, unit: "个百分点", quote: "2个百分点" }))).toBe("2 percentage points");
    expect(magnitudeText(1234)).toBe("1,234");
    expect(valueTextEn(fig({ value: 161, unit: "万担", quote: "161万担" }))).toBe("1.61 million dan");
    expect(valueTextEn(fig({ value: 6.1, unit: "万盏", quote: "6.1万盏" }))).toBe("61,000 lamps");
    // A concentration (PM2.5) and land dealt with in lots.
    expect(valueTextEn(fig({ value: 23, unit: "微克/立方米", quote: "23微克/立方米" }))).toBe("23 µg/m³");
    expect(valueTextEn(fig({ value: 57, unit: "宗", quote: "57宗" }))).toBe("57 cases");
    expect(valueTextEn(fig({ value: 100, unit: "万锭", quote: "100万锭" }))).toBe("1 million spindles");
    expect(valueTextEn(fig({ value: 10, unit: "日", quote: "10日" }))).toBe("10 days");
    expect(valueTextEn(fig({ value: 8, unit: "万吨标准煤", quote: "减少能源消耗8万吨标准煤" }))).toBe("80,000 tonnes of standard coal equivalent");
  });

  it("gives a unit it does not know in pinyin, never in characters, and one in Latin letters as it is written", () => {
    expect(unitEn("艘").suffix).toMatch(/^ [a-z]+$/);
    // Zhongwei 2025: 算力规模突破21万PFLOPS.
    expect(valueTextEn(fig({ value: 21, unit: "万PFLOPS", quote: "21万PFLOPS" }))).toBe("210,000 PFLOPS");
  });

  it("summarises a figure for the English pages", () => {
    expect(figureSummaryEn({ ...fig({ qualifier: "approx", quote: "增长6.5%左右" }), kind: "target", label_en: "GDP growth" })).toBe(
      "GDP growth · target about 6.5%",
    );
    expect(figureSummaryEn({ ...fig({ estimate: true }), kind: "result", label_en: null })).toBe("result (estimate) 6.5%");
  });
});

describe("units the ingest reads, in English rather than pinyin", () => {
  it("names energy, power, lengths, weights, money and counts as an English reader writes them", () => {
    const en = (unit: string) => unitEn(unit).suffix;
    expect(en("千伏安时")).toBe(" kVAh");
    expect(en("吉瓦")).toBe(" GW");
    expect(en("吉瓦时")).toBe(" GWh");
    expect(unitEn("亿瓦时")).toEqual({ suffix: " Wh", factor: 1e8 });
    expect(en("蒸吨")).toBe(" steam tonnes");
    expect(en("亿吨公里")).toBe(" tonne-km");
    expect(en("米")).toBe(" m");
    expect(en("千米")).toBe(" km");
    expect(en("千克")).toBe(" kg");
    expect(en("亿欧元")).toBe(" euros");
    expect(en("港元")).toBe(" HK dollars");
    expect(en("元/户")).toBe(" yuan per household");
    expect(en("架次")).toBe(" flights");
    expect(en("床")).toBe(" beds");
  });
});
