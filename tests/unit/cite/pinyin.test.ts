/** Report titles in pinyin for English references: place names as their own capitalised words, the rest in lower case. */
import { describe, expect, it } from "vitest";
import { placePinyin, plainPinyin, titlePinyin } from "../../../src/lib/cite/pinyin.ts";
import { REPORTS } from "./reports.ts";

describe("titlePinyin", () => {
  it("writes every real report's title with its place as words of their own", () => {
    // Read by hand off the 2021 reports of the project's places; reports of other places and years are held to
    // the shape below.
    const expected: Record<string, string> = {
      guyuan: "2021 nian Guyuan Shi zhengfu gongzuo baogao",
      ningxia: "2021 nian Ningxia Huizu Zizhiqu zhengfu gongzuo baogao",
      shizuishan: "2021 nian Shizuishan Shi zhengfu gongzuo baogao",
      wuzhong: "2021 nian Wuzhong Shi zhengfu gongzuo baogao",
      yinchuan: "2021 nian Yinchuan Shi zhengfu gongzuo baogao",
      zhongwei: "2021 nian Zhongwei Shi zhengfu gongzuo baogao",
    };
    const of = (r: (typeof REPORTS)[number]) => titlePinyin(r.doc.meta.title, r.doc.meta.place_zh);
    const titles = Object.fromEntries(REPORTS.filter((r) => r.doc.meta.year === 2021 && r.doc.meta.place in expected).map((r) => [r.doc.meta.place, of(r)]));
    expect(titles).toEqual(expected);
    for (const r of REPORTS) {
      const { year, title, place_zh } = r.doc.meta;
      expect(of(r), r.doc.meta.id).toMatch(new RegExp(`^${year} nian ([A-Z][a-z]*('[a-z]+)* )+zhengfu gongzuo baogao$`));
      if (title === `${year}年${place_zh}政府工作报告`) expect(of(r), r.doc.meta.id).toBe(`${year} nian ${placePinyin(place_zh)} zhengfu gongzuo baogao`);
    }
  });

  it("writes a title without the place word by word, capitalised", () => {
    expect(titlePinyin("政府工作报告", "中卫市")).toBe("Zhengfu gongzuo baogao");
  });
});

describe("placePinyin", () => {
  it("splits the generic parts and peoples off the name (GB/T 16159), with apostrophes before a, o, e", () => {
    expect(placePinyin("宁夏回族自治区")).toBe("Ningxia Huizu Zizhiqu");
    expect(placePinyin("新疆维吾尔自治区")).toBe("Xinjiang Weiwu'er Zizhiqu");
    expect(placePinyin("黔西南布依族苗族自治州")).toBe("Qianxinan Buyizu Miaozu Zizhizhou");
    expect(placePinyin("西安市")).toBe("Xi'an Shi");
    expect(placePinyin("中宁县")).toBe("Zhongning Xian");
    expect(placePinyin("香港特别行政区")).toBe("Xianggang Tebie Xingzhengqu");
  });

  it("keeps a name that is only a generic part whole", () => {
    expect(placePinyin("市")).toBe("Shi");
  });
});

describe("plainPinyin", () => {
  it("writes words in lower case, numbers as they are", () => {
    expect(plainPinyin("2021年政府工作报告")).toBe("2021 nian zhengfu gongzuo baogao");
  });
});
