/**
 * The reader's own words in English: congress sessions, speakers, the page title, figure tooltips and the
 * tracker's badges; in Chinese the badges are the tracker's very words.
 */
import { describe, expect, it } from "vitest";
import { congressEn, figureTitle, ordinalEn, readerTitleEn, shortNameEn, speakerParts } from "../../../src/i18n/reader.ts";
import type { Figure } from "../../../src/lib/schema/figure.ts";

const places = [
  { name_zh: "中卫市", name_en: "Zhongwei" },
  { name_zh: "宁夏回族自治区", name_en: "Ningxia Hui Autonomous Region" },
];

const figure = (over: Partial<Figure>): Figure => ({
  id: "zhongwei-2020-t-1",
  report: "zhongwei-2020",
  city: "zhongwei",
  kind: "target",
  year: 2020,
  base_year: null,
  period: null,
  metric: "gdp_growth",
  label_zh: "地区生产总值增长",
  label_en: "GDP growth",
  value: 6.5,
  min: null,
  max: null,
  unit: "%",
  qualifier: "approx",
  estimate: false,
  direction: "up",
  quote: "力争地区生产总值增长6.5%左右",
  paragraph: "p-16",
  url: "/reports/zhongwei-2020/#p-16",
  ...over,
});

const target = figure({});
const outcome = figure({ id: "zhongwei-2021-r-1", report: "zhongwei-2021", kind: "result", value: 0.3, qualifier: null, quote: "全市地区生产总值增长0.3%", paragraph: "p-3", url: "/reports/zhongwei-2021/#p-3" });

describe("the reader in English", () => {
  it("writes ordinals and congress sessions, and gives up on a name of another form", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 102].map(ordinalEn)).toEqual(["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "102nd"]);
    expect(congressEn("中卫市第四届人民代表大会第五次会议", places)).toBe("5th Session of the 4th Zhongwei People's Congress");
    expect(congressEn("宁夏回族自治区第十二届人民代表大会第三次会议", places)).toBe("3rd Session of the 12th Ningxia Hui Autonomous Region People's Congress");
    expect(congressEn("某市第四届人民代表大会第五次会议", places)).toBeNull();
    expect(congressEn("市政协会议", places)).toBeNull();
  });

  it("names the National People's Congress, and a place by the names it is given", () => {
    expect(congressEn("第十三届全国人民代表大会第三次会议", places)).toBe("3rd Session of the 13th National People's Congress");
    expect(congressEn("某市第十三届全国人民代表大会第三次会议", places)).toBeNull();
    expect(congressEn("河南省第九届人民代表大会第四次会议", [...places, { name_zh: "河南省", name_en: "Henan" }])).toBe("4th Session of the 9th Henan People's Congress");
    expect(speakerParts("国务院总理 李克强")).toMatchObject({ nameEn: "Li Keqiang", officeEn: "Premier" });
  });

  it("splits a speaker into name and office, in pinyin and English", () => {
    expect(speakerParts("市长 李晓波")).toEqual({ name: "李晓波", office: "市长", nameEn: "Li Xiaobo", officeEn: "Mayor" });
    expect(speakerParts("市人民政府代市长 张利")).toMatchObject({ nameEn: "Zhang Li", officeEn: "Acting Mayor" });
    expect(speakerParts("咸辉")).toEqual({ name: "咸辉", office: "", nameEn: "Xian Hui", officeEn: null });
    expect(speakerParts("")).toMatchObject({ name: "", nameEn: "" });
  });

  it("titles a page short enough to sit beside the site's name", () => {
    expect(shortNameEn("Ningxia Hui Autonomous Region")).toBe("Ningxia");
    expect(shortNameEn("Zhongwei")).toBe("Zhongwei");
    expect(readerTitleEn({ year: 2021, place_en: "Ningxia Hui Autonomous Region" })).toBe("Ningxia Work Report 2021");
    expect(readerTitleEn({ year: 2021, place_en: "Shizuishan" }).length + " · Government Work Reports Side by Side".length).toBeLessThanOrEqual(70);
  });

  it("describes a figure for its tooltip: the year, result or target, the indicator (its value where it has no English label)", () => {
    expect(figureTitle("zh-CN", outcome)).toBe("2020年实绩 · 地区生产总值增长");
    expect(figureTitle("en", outcome)).toBe("2020 result · GDP growth");
    expect(figureTitle("en", target)).toBe("2020 target · GDP growth");
    expect(figureTitle("en", figure({ kind: "result", estimate: true }))).toBe("2020 estimate · GDP growth");
    expect(figureTitle("en", figure({ kind: "result", metric: null, label_en: null, label_zh: "清欠民营企业账款", value: 7.9, unit: "亿元", qualifier: null, quote: "清欠民营企业账款7.9亿元" }))).toBe(
      "2020 result · 790 million yuan",
    );
  });

  it("names the years of a figure over a period in its tooltip, not its last year alone", () => {
    const average = figure({ kind: "result", period: [2016, 2020], label_zh: "城镇居民人均收入年均增长", label_en: "Urban per-capita disposable income growth" });
    expect(figureTitle("zh-CN", average)).toBe("2016—2020年实绩 · 城镇居民人均收入年均增长");
    expect(figureTitle("en", average)).toBe("2016–2020 result · Urban per-capita disposable income growth");
  });

});
