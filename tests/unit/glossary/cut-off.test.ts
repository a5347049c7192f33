import { describe, expect, it } from "vitest";
import { ingestText } from "../support/ingest.ts";

/** The appendix of Yinchuan's 2018 report, whose web page breaks two definitions in mid-word into a paragraph of their own. */
const REPORT = [
  "---",
  "title: 银川市第十五届人民代表大会第二次会议政府工作报告（2018年）",
  "---",
  "",
  "政府工作报告",
  "",
  "——2018年1月11日在银川市第十五届人民代表大会第二次会议上",
  "",
  "银川市人民政府市长 杨玉经",
  "",
  "各位代表：",
  "",
  "一、2017年工作回顾",
  "",
  "过去一年，全市上下全力以赴推进发展。",
  "",
  "**名词解释**",
  "",
  "10.“三不为”：不想为、不敢为、不会为。",
  "",
  "11.“走在前、作表率”：2017年6月16",
  "",
  "日，石泰峰书记在银川市领导干部大会上提出，银川要在创新驱动上走在前、作表率。",
  "",
  "12.“两个率先”：在全区率先全面建成小康社会、率先开启全面建设社会主义现代化国家新征程。",
  "",
  "17.“银川故事”“新丝路驿站”：在国内以重点旅游城市、年接待500万游客以上景区为主，布局“银川故事”宣传营销中心；在丝绸之路沿线国",
  "",
  "家布局“新丝路驿站”银川国际旅游推广中心。",
  "",
  "18.“一核三业五谷”：“一核”，大数据产业核。",
].join("\n");

describe("a glossary definition cut off in mid-word by a page break", () => {
  const { glossary, document } = ingestText("yinchuan-2018.md", REPORT);

  it("is read whole, the paragraph that continues the word joined to it", () => {
    expect(glossary.map((e) => e.term)).toEqual(["三不为", "走在前、作表率", "两个率先", "银川故事", "一核三业五谷"]);
    expect(glossary[1]!.definition).toBe("2017年6月16日，石泰峰书记在银川市领导干部大会上提出，银川要在创新驱动上走在前、作表率。");
    expect(glossary[3]!.definition).toMatch(/在丝绸之路沿线国家布局“新丝路驿站”银川国际旅游推广中心。$/);
    expect(glossary[0]!.definition).toBe("不想为、不敢为、不会为。");
  });

  it("keeps the text as written: the continuation stays a paragraph of the report", () => {
    expect(document.paragraphs.some((p) => p.text === "家布局“新丝路驿站”银川国际旅游推广中心。")).toBe(true);
  });
});
