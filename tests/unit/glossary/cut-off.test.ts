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

/** Guyuan's 2016 report, whose web page sets its appendix inside the body: the body runs on after a cut-off entry. */
const INTERLEAVED = [
  "---",
  "title: 固原市政府工作报告 （2016年1月19日 马汉成）",
  "---",
  "",
  "——2016年1月19日在固原市第三届人民代表大会第四次会议上",
  "",
  "固原市市长 马汉成",
  "",
  "各位代表：",
  "",
  "2016年重点工作",
  "",
  "二、抓实产业提质增效。二是林业林下经济坚持因地制宜、规模发展，建设油用牡丹基地6万亩、林业",
  "",
  "有关情况说明",
  "",
  "8．“六个精准”：扶持对象精准、目标任务精准、资金使用精准、措施到户精准、因村派人精准、脱贫成效精准。",
  "",
  "9．“3+X”模式：“3”即在全市范围内发展草畜产业、林业林下经济和全域旅游，“X”即各县（区）根据实际自主选",
  "",
  "产业示范点20个，发展特色经果林8.8万亩、苗木1万亩。农业增加值增长5%左右。",
  "",
  "三、抓实重点项目建设。全年计划实施500万元以上项目460个。",
].join("\n");

describe("a paragraph of the body the source sets after a cut-off entry", () => {
  const { glossary } = ingestText("guyuan-2016.md", INTERLEAVED);

  it("is not read into the entry's definition", () => {
    expect(glossary.map((e) => e.term)).toEqual(["六个精准", "3+X"]);
    expect(glossary[1]!.definition).toMatch(/根据实际自主选$/);
  });
});

describe("a space a copy left after an entry's separator (Jiangxi 2021: 15.“劳动力地图”： 全省劳动力资源监测分析平台。)", () => {
  const report = (entry: string) =>
    ["2021年测试省政府工作报告", "2021年1月28日在测试省第一届人民代表大会第一次会议上", "省长 张三", "各位代表：", "一、2020年工作回顾", "过去一年，全省上下全力以赴推进发展。", "附件", "名词注释", entry].join("\n");

  it("opens no definition, in a plain-text copy or after a bold term", () => {
    expect(ingestText("jiangxi-2021.txt", report("15.“劳动力地图”： 全省劳动力资源监测分析平台。")).glossary[0]!.definition).toBe("全省劳动力资源监测分析平台。");
    expect(ingestText("jiangxi-2021.md", report("**15.“劳动力地图”：** 全省劳动力资源监测分析平台。")).glossary[0]!.definition).toBe("全省劳动力资源监测分析平台。");
  });
});
