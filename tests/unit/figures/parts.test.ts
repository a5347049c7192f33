import { describe, expect, it } from "vitest";
import { openingSignal, partSignal, partTitle, tellsWhatIsFaced, termLookedBack } from "../../../src/lib/figures/parts.ts";
import type { Period } from "../../../src/lib/report/document.ts";
import { dev, extractText, one, paragraphWith, real, RAW_IDS, type Extracted } from "./helpers.ts";

/** The periods of a report's body in document order, each run once (appendix entries left out). */
function runs(e: Extracted): Period[] {
  const out: Period[] = [];
  for (const p of e.doc.paragraphs) if (p.kind !== "glossary" && out.at(-1) !== p.period) out.push(p.period);
  return out.at(-1) === null && out.length > 1 ? out.slice(0, -1) : out;
}

describe("part headings as the reports write them", () => {
  it.each([
    ["一、2019年工作回顾", 2020, "review"],
    ["一、2020年和“十三五”工作回顾", 2021, "review"],
    ["“十三五”及2020年工作回顾", 2021, "review"],
    ["一、“十二五”时期经济社会发展回顾", 2016, "review"],
    ["一、过去一年工作回顾", 2020, "review"],
    ["一、2018年政府工作回顾", 2019, "review"],
    ["二、“十四五”时期的目标任务", 2021, "outlook"],
    ["2035年远景和“十四五”目标任务", 2021, "outlook"],
    ["二、“十三五”时期的主要目标和任务", 2016, "outlook"],
    ["二、奋力开启全面建设社会主义现代化新征程", 2021, "outlook"],
    ["今后五年政府工作", 2022, "outlook"],
    ["二、“十三五”时期发展成就和“十四五”时期主要目标任务", 2021, "outlook"],
    ["三、2021年重点工作", 2021, "plan"],
    ["二、2020年主要目标和重点任务", 2020, "plan"],
    ["三、努力实现“十四五”良好开局", 2021, "plan"],
    ["一、实施“十五”计划取得良好开局的一年", 2002, "review"],
    ["一、全面落实省十一届人大四次会议决议“十二五”发展开局良好", 2012, "review"],
    ["一、实施老工业基地振兴战略取得良好开局，全市经济和社会事业步入良性发展轨道", 2005, "review"],
    ["三、确保“十四五”取得良好开局", 2021, "plan"],
    ["二、今后五年工作思路和2023年重点任务", 2023, "plan"],
    ["二、2019年政府工作总体考虑", 2019, "plan"],
    // The past year alone named, as the subject of how it went (Yueyang 2015): a look back; not the past year's tasks.
    ["2014年经济社会保持平稳健康发展", 2015, "review"],
    ["2014年主要目标任务", 2015, "plan"],
    // The outgoing government's term told as its work (Wulanchabu 2022): a look back, not the plan year's work.
    ["一、本届政府的主要工作", 2022, "review"],
    ["一、本届政府工作", 2022, "review"],
    ["今后五年本届政府的主要工作", 2022, "outlook"],
    // Tasks told as done (Chuxiong 2022): a look back, though the heading names task words; a pledge to finish them is not.
    ["一、克难奋进，十二届州人民政府各项目标任务圆满完成", 2022, "review"],
    // The tasks pledged, not told done (Quanzhou 2006): the five years' work ahead, no look back.
    ["四、加强政府建设，确保“十一五”目标任务圆满完成", 2006, "outlook"],
    ["三、确保全面完成全年目标任务", 2022, "plan"],
    ["三、加强政府自身建设", 2021, null],
    ["一、关于新冠肺炎疫情防控", 2020, null],
    // A period, a dash and what the period was or is to be (Changde 2016): the period alone says the part; the words after
    // the dash pledge nothing (`奋发有为` is no `为`), and a bare year before the dash is that year.
    ["“十二五”——创新创业、稳中求进的五年", 2016, "review"],
    ["2015——奋发有为、迎难而上的一年", 2016, "review"],
    ["“十三五”——全面小康、决战决胜的五年", 2016, "outlook"],
    ["2016——抢抓先机、扎实开局的一年", 2016, "plan"],
    // A plan of another kind carried out (Ningxia 2014): the plan year's work, no outlook; a five-year plan carried out is one.
    ["五、实施宁夏空间发展战略规划，加速城乡一体化进程", 2014, null],
    ["二、实施第十二个五年规划", 2011, "outlook"],
    // One the work rests on (Ningxia 2015): the same; a five-year plan so named still looks ahead.
    ["六、以空间发展战略规划为架构，进一步加快新型城镇化进程", 2015, null],
    ["二、以“十三五”规划为引领，开启全面小康新征程", 2016, "outlook"],
    // The term of the government the congress elects (Suzhou 2012, Datong 2022): the five years ahead, not the plan year;
    // its own conduct is neither, and the plan year named beside it is the plan year's.
    ["二、新一届政府工作的总体思路和主要目标", 2012, "outlook"],
    ["三、新一届政府的重点工作", 2012, "outlook"],
    ["二、新一届政府工作的总体要求和目标任务", 2022, "outlook"],
    ["四、加强新一届政府自身建设", 2022, null],
    ["二、新一届政府努力方向和2017年工作安排", 2017, "plan"],
    // The situation alone (Zhuzhou 2025): where things stand as the plan year begins; not the situation with the tasks.
    ["二、当前面临的基本形势", 2025, "review"],
    ["当前经济形势", 2025, "review"],
    ["二、当前形势和今年的主要任务", 2025, "plan"],
    // A year named after a word, then after a comma what was done (Yiyang 2025): the year's part, in Chinese numerals too.
    ["实干二〇二四，我们攻坚克难、收获满满", 2025, "review"],
    ["奋斗二〇二五，我们锚定目标、拼搏进取", 2025, "plan"],
    // Its zero typed as a circle, or its year in full-width digits.
    ["奋斗二○二五，我们锚定目标、拼搏进取", 2025, "plan"],
    ["奋斗２０２６，我们锚定目标、拼搏进取", 2025, "outlook"],
    ["奋斗２０２５，我们锚定目标、拼搏进取", 2025, "plan"],
  ] as const)("%s (plan year %i) → %s", (heading, year, period) => {
    expect(partSignal(heading, year)).toBe(period);
  });

  it("a paragraph is a part title only when short, unpunctuated and naming a part", () => {
    expect(partTitle("2019年工作回顾", 2020)).toBe("review");
    expect(partTitle("2021年重点工作", 2021)).toBe("plan");
    expect(partTitle("指导思想和主要任务", 2022)).toBeNull();
    expect(partTitle("一年来的主要工作和成效是：", 2021)).toBeNull();
    expect(partTitle("2021年是“十四五”关键之年。", 2021)).toBeNull();
    // Nor a fragment cut off on an opening bracket (Chongqing 2008 as a PDF copy: `《重庆市城乡总体规划（` / `2007-2020年）》…`).
    expect(partTitle("《重庆市城乡总体规划（", 2008)).toBeNull();
    expect(partTitle("《重庆市城乡总体规划》", 2008)).toBe("outlook");
  });
});

describe("a part that carries out a plan of another kind than a five-year one (Ningxia 2014)", () => {
  it("times its figures in the plan year: 五、实施宁夏空间发展战略规划，加速城乡一体化进程 over 全年造林120万亩 gives 2014, not 2014–2018", () => {
    const x = extractText("ceshi-2014.txt", [
      "2014年测试市政府工作报告", "——2014年1月7日在测试市第一届人民代表大会第一次会议上", "市长 张三", "各位代表：",
      "一、稳中求进，迎难而上，保持经济社会良好发展势头", "刚刚过去的2013年，经济社会保持了健康较快发展的良好态势。地区生产总值增长10%。",
      "二、敢于担当，不辱使命，迈出全面建设小康社会的新步伐", "主要预期目标是:地区生产总值增长10%左右。",
      "三、实施宁夏空间发展战略规划，加速城乡一体化进程",
      "构筑生态文明。建设山青水秀、天蓝地绿的好环境，功在当代，福泽子孙。坚持修复为主。实施移民迁出区生态修复、荒漠化治理、封山禁牧和退耕还林还草等重点生态工程，全年造林120万亩，生态修复65万亩，荒漠化治理50万亩。",
    ].join("\n"));
    expect(one(x, "全年造林120万亩", "120万亩")).toMatchObject({ kind: "target", year: 2014, period: null, metric: "afforestation_area" });
  });
});

describe("a part's opening sentence, when its heading names nothing", () => {
  it("tells the five-year outlook, and only that", () => {
    const ningxia = real("ningxia-2021");
    const outlook = paragraphWith(ningxia, "是“两个一百年”奋斗目标的重要历史交汇期").text;
    expect(openingSignal(outlook, 2021)).toBe("outlook");
    const plan = paragraphWith(ningxia, "是实施“十四五”规划的起步年").text;
    expect(openingSignal(plan, 2021)).toBeNull();
  });

  it("a later year named in passing is no outlook when the paragraph states the plan year (Harbin 2005)", () => {
    const opening =
      "在我们刚刚跨进新的一年之际，我市成功获得了2009年第24届世界大学生冬季运动会主办权，不仅坚定了我们继续申办冬奥会的信心，也为哈尔滨快发展、大发展提供了又一次重要机遇。未来几年，我们将以筹办大冬会为契机，推动全市经济、文化、体育、教育和环境的全面发展，促进全民素质迅速提高。2005年是“十五”计划决胜年，也是振兴老工业基地的关键之年。";
    expect(openingSignal(opening, 2005)).toBeNull();
    expect(openingSignal("今后五年，是全面建设小康社会的关键时期。2005年是“十五”计划决胜年。", 2005)).toBe("outlook");
  });
});

describe("a first part whose heading names no period (Hebei 1998: 一、向建设经济强省和现代化河北宏伟目标阔步前进的五年)", () => {
  it("is the review when its opening sentence looks back, and its figures with no year of their own the reviewed year's", () => {
    const x = extractText(
      "ceshi-1998.txt",
      [
        "1998年测试市政府工作报告",
        "1998年1月8日在测试市第九届人民代表大会第一次会议上",
        "市长 张三",
        "各位代表：",
        "一、向建设经济强省和现代化河北宏伟目标阔步前进的五年",
        "从1993年本届政府选举产生到这次大会，已经过去五年。这是河北发展史上很不寻常的五年。",
        "我们坚定不移地走可持续发展道路。全省人口出生率几年来一直低于全国平均水平，1997年为13.1‰，比1992年低2.2个千分点。首都周围绿化、太行山绿化取得新进展，全省森林覆盖率由1992年的13.2％提高到了19％。",
        "二、着眼于实现跨世纪奋斗目标促进全省经济向更高水平发展",
        "到2000年，全省第三产业增加值占国内生产总值的比重要达到34％左右。",
      ].join("\n"),
    );
    expect(x.doc.paragraphs.find((p) => p.text.includes("已经过去五年"))!.period).toBe("review");
    const forest = one(x, "全省森林覆盖率", "19％");
    expect([forest.kind, forest.year, forest.metric]).toEqual(["result", 1997, "forest_coverage"]);
  });
});

describe("a first part whose heading names a term of years as what it tells of (Hainan 1993: 一、海南建省办经济特区五年的基本实践)", () => {
  it("is the review, its yearly average of a year's figure a result of the years before, no target of the years after", () => {
    const x = extractText(
      "ceshi-1993.txt",
      [
        "1993年测试市政府工作报告",
        "1993年1月30日在测试市第一届人民代表大会第一次会议上",
        "市长 张三",
        "各位代表：",
        "一、海南建省办经济特区五年的基本实践",
        "党的十四大后，在全国进一步深化改革，扩大开放，加快社会主义现代化建设步伐的新形势下，以十四大精神为指导，总结建省办经济特区五年的实践，确定今后的目标和主要工作，是海南省新一届政府的首要任务。",
        "1992年全省城镇居民人均生活费收入2020元，比上年增长17%，比1987年增长107.6%，年均递增15.7%。农民人均纯收入850元，比上年增长7.6%，比1987年增长69.3%，年均递增11.1%。",
        "二、1993年的目标和主要工作",
        "1993年经济发展的主要指标是：国内生产总值157亿元（当年价），比1992年增长16%。",
      ].join("\n"),
    );
    const average = one(x, "农民人均纯收入", "11.1%");
    expect([average.kind, average.year, average.period, average.metric]).toEqual(["result", 1992, [1988, 1992], "rural_net_income_growth"]);
  });

  it("but not a term ahead (今后五年, 未来五年, “十四五”) nor a heading that names none", () => {
    expect(termLookedBack("一、海南建省办经济特区五年的基本实践")).toBe(true);
    expect(termLookedBack("一、向建设经济强省和现代化河北宏伟目标阔步前进的五年")).toBe(true);
    expect(termLookedBack("一、今后五年的奋斗目标")).toBe(false);
    expect(termLookedBack("二、“十四五”时期的五年")).toBe(false);
    expect(termLookedBack("一、坚持改革开放")).toBe(false);
  });
});

describe("the parts of the real reports", () => {
  it.each(RAW_IDS)("%s: opening, review, (five-year outlook,) plan — in that order", (id) => {
    const e = real(id);
    const { year, congress } = e.doc.meta;
    // The first year of a five-year plan (2016, 2021) looks ahead five years. So may the report to the first
    // session of a new people's congress (泸州市第九届人民代表大会第一次会议: 今后五年…), or one whose session is
    // unknown; any other report has no outlook.
    const fiveYear = year % 5 === 1;
    const mayLookAhead = !congress || /第一次会议|[届]人大一次会议/.test(congress);
    const found = runs(e);
    if (fiveYear) expect(found).toEqual([null, "review", "outlook", "plan"]);
    else if (mayLookAhead && found.includes("outlook")) expect(found).toEqual([null, "review", "outlook", "plan"]);
    else expect(found).toEqual([null, "review", "plan"]);
  });

  it.each(["guowuyuan-2021", "hebei-2016", "xizang-2021", "luzhou-2022", "wuxi-2017"])("%s (another place and year) has a five-year outlook", (id) => {
    expect(runs(dev(id))).toEqual([null, "review", "outlook", "plan"]);
  });

  it("puts the five-year aims and the plan year's targets of ningxia-2021 in their parts", () => {
    const e = real("ningxia-2021");
    expect(paragraphWith(e, "全年实现地区生产总值3921亿元").period).toBe("review");
    expect(paragraphWith(e, "今后5年，全区经济社会发展的主要预期目标是").period).toBe("outlook");
    expect(paragraphWith(e, "主要预期目标是：地区生产总值增长7%以上").period).toBe("plan");
  });
});

describe("an older report's plans, read the same in headings, part titles and opening sentences (Gansu 2001)", () => {
  const report = (titles: [string, string, string]) =>
    [
      "---", "title: 测试省政府工作报告", "---", "", "——2001年1月10日在测试省第九届人民代表大会第四次会议上", "", "测试省省长 张三", "", "各位代表：", "",
      titles[0], "", "“九五”时期，在党中央、国务院和中共甘肃省委的正确领导下，全省各族人民共同努力，克服种种困难，各方面工作都取得了比较显著的成就。组建了21个企业集团。", "",
      titles[1], "", "“十五”是甘肃经济社会发展的重要时期，全省经济和社会发展的目标任务是：国民经济继续保持较快的发展速度，经济结构调整取得明显成效，经济增长的质量和效益显著提高，可持续发展能力增强。国内生产总值年均增长8%、力争9%。", "",
      titles[2], "", "2001年是新世纪的第一年，是实施“十五”计划的开局之年。全年宏观调控的主要预期目标是：国内生产总值增长8%、力争9%。", "",
    ].join("\n");

  it("a part title that tells how a plan went is a review; an opening sentence on the coming plan the outlook", () => {
    expect(partTitle("关于“九五”计划的完成情况", 2001)).toBe("review");
    expect(openingSignal("“十五”是甘肃经济社会发展的重要时期，全省经济和社会发展的目标任务是：国民经济继续保持较快的发展速度。", 2001)).toBe("outlook");
  });

  it("unnumbered part titles: the review, the outlook and the plan year, their figures timed so", () => {
    const x = extractText("ceshi-2001.md", report(["关于“九五”计划的完成情况", "关于“十五”经济社会发展的目标任务和主要措施", "关于二〇〇一年的政府工作"]));
    expect(paragraphWith(x, "组建了21个企业集团").period).toBe("review");
    expect(paragraphWith(x, "“十五”是甘肃经济社会发展的重要时期").period).toBe("outlook");
    expect(paragraphWith(x, "2001年是新世纪的第一年").period).toBe("plan");
    expect(one(x, "国内生产总值年均增长8%", "8%")).toMatchObject({ kind: "target", year: 2005, period: [2001, 2005] });
    expect(one(x, "组建了21个企业集团", "21个")).toMatchObject({ kind: "result", year: 2000 });
  });

  it("a heading that names no part: the opening sentence on the coming plan makes it the outlook", () => {
    const x = extractText("ceshi-2001.md", report(["一、关于“九五”计划的完成情况", "二、抓住机遇，加快发展", "三、关于二〇〇一年的政府工作"]));
    expect(paragraphWith(x, "“十五”是甘肃经济社会发展的重要时期").period).toBe("outlook");
  });
});

describe("parts of the five years' tasks after the outlook, then the plan year's targets in the last of them (Ningbo 2012)", () => {
  const report = (targets: string) =>
    extractText("ceshi-2020.txt", [
      "2020年测试市政府工作报告",
      "2020年1月6日在测试市第一届人民代表大会第一次会议上",
      "市长 张三",
      "各位代表：",
      "一、本届政府工作回顾",
      "五年来，城市综合实力显著增强。地区生产总值年均增长11.3%。",
      "二、今后五年发展目标",
      "今后五年是我市基本实现现代化的关键阶段。地区生产总值突破11000亿元。",
      "三、加快推进结构调整和转型升级",
      "拓展提升内需市场。完成固定资产投资1.8万亿元。",
      "四、努力建设人民满意的政府",
      "稳定和扩大就业创业。新增城镇就业人员60万人。",
      targets,
      "一是强化消费、投资和出口协调拉动，着力扩大有效需求。",
    ].join("\n"));

  it("keeps the parts that name no time the outlook's, up to the paragraph that opens on the plan year and sets its targets", () => {
    const x = report("各位代表，2020年是“十三五”时期承上启下的重要一年。建议今年我市经济社会的发展目标为:地区生产总值增长10%左右；新增城镇就业人员12.8万人。");
    expect(paragraphWith(x, "完成固定资产投资1.8万亿元").period).toBe("outlook");
    expect(paragraphWith(x, "新增城镇就业人员60万人").period).toBe("outlook");
    expect(paragraphWith(x, "建议今年我市经济社会的发展目标为").period).toBe("plan");
    expect(paragraphWith(x, "一是强化消费").period).toBe("plan");
    expect(one(x, "完成固定资产投资1.8万亿元", "1.8万亿元")).toMatchObject({ kind: "target", year: 2024 });
    expect(x.figures.filter((f) => f.metric === "gdp_growth" && f.kind === "target").map((f) => [f.year, f.value])).toEqual([[2020, 10]]);
  });

  it("but with no such paragraph after them, a part that names no time is the plan year's work, as before", () => {
    const x = report("各位代表，我们要团结一心，扎实工作。");
    expect(paragraphWith(x, "完成固定资产投资1.8万亿元").period).toBe("plan");
  });
});

describe("a section heading that tells what the place faces (Dali 2022: （一）困难压力来自新冠肺炎疫情冲击严重。)", () => {
  it.each([
    ["（一）困难压力来自新冠肺炎疫情冲击严重。", true],
    ["（六）困难压力来自政府债务风险持续增加。", true],
    ["（一）面临的困难和挑战", true],
    ["（二）机遇与挑战", true],
    // A task on a field so named: its noun goes on.
    ["（五）困难群众帮扶", false],
    ["（三）风险防控", false],
    ["（四）问题导向抓整改", false],
  ] as const)("%s → %s", (heading, faced) => {
    expect(tellsWhatIsFaced(heading)).toBe(faced);
  });
});

describe("a part that names no time after an unheaded review turned to the plan year (Liangshan 2014)", () => {
  const text = [
    "凉山彝族自治州政府工作报告",
    "——2014年2月18日在凉山彝族自治州第十届人民代表大会第四次会议上",
    "州长 罗凉清",
    "各位代表：",
    "去年，在省委、省政府和州委的坚强领导下，州人民政府紧紧依靠全州各族人民，保持了全州经济社会良好发展势头。",
    "经济平稳较快增长。实现地区生产总值1214.4亿元，增长10.2%；地方公共财政收入110亿元，增长10%。",
    "2014年是全面深化改革的开局之年，是实施“十二五”规划、实现凉山“三级跳”第二级跨越的关键之年。",
    "今年全州经济社会发展的主要预期目标是：地区生产总值增长10%，地方公共财政收入增长9%。",
    "一、坚定不移推进转型升级，着力做强追赶跨越发展、同步全面小康的产业支撑",
    "优化投向稳定投资。支持企业加大技术改造和科技创新投入，确保完成技改投资142.46亿元。",
    "关于政府自身建设",
    "去年，我们严格执行中央“八项规定”、省州“十项规定”，扎实开展“走基层、解难题、办实事、惠民生”活动，取得了良好成效。我们将以开展第二批党的群众路线教育实践活动为契机，大力推进政府管理创新，依法行政、为民施政、廉洁从政，让人民满意。",
    "努力在转变职能上取得新突破。大力简政放权，减少行政审批事项150项以上；优化行政审批流程，加快推进并联审批和网上审批。",
  ].join("\n");

  it("is the plan year's work, though its opening sentence looks back: 减少行政审批事项150项以上 is a target of 2014", () => {
    const x = extractText("liangshan-2014.txt", text);
    expect(paragraphWith(x, "减少行政审批事项150项以上").period).toBe("plan");
    expect(one(x, "减少行政审批事项150项以上", "150项")).toMatchObject({ kind: "target", year: 2014 });
  });
});

describe("a review without a part heading, summed up before the plan year's words (Changsha 2004)", () => {
  const text = [
    "长沙市政府工作报告",
    "2004年1月3日在长沙市第十二届人民代表大会第二次会议上",
    "市长 谭仲池",
    "各位代表：",
    "（一）结构调整取得显著成效，国民经济保持了良好的发展势头。",
    "全年完成国内生产总值９２８.２亿元，增长１４％。",
    "（二）基础设施建设快速推进，城乡面貌发生了深刻变化。",
    "全年共完成全社会固定资产投资４８０.６亿元，增长３４.４％，其中基本建设投资２０１亿元。",
    "各位代表，２００３年是我市改革开放取得新的进展、经济综合实力和发展后劲显著增强的一年。",
    "回顾过去的一年，我们清醒地看到，在发展过程中还存在不少问题和困难。",
    "今年全市经济和社会发展的主要预期目标是：国内生产总值增长１２％以上；全社会固定资产投资总额增长１８％以上。",
    "（一）突出发展产业集群，全力推进新型工业化进程。",
    "力争实现工业增加值３２０亿元，增长１５％。",
  ].join("\n");
  const x = extractText("changsha-2004.txt", text);

  it("reads the sections before the summing-up as the review: 全社会固定资产投资４８０.６亿元 is a result of 2003", () => {
    expect(paragraphWith(x, "全社会固定资产投资４８０.６亿元").period).toBe("review");
    expect(one(x, "全社会固定资产投资４８０.６亿元", "４８０.６亿元")).toMatchObject({ kind: "result", year: 2003 });
  });

  it("turns to the plan at the paragraph that opens on the plan year: 工业增加值３２０亿元 is a target of 2004", () => {
    expect(paragraphWith(x, "今年全市经济和社会发展").period).toBe("plan");
    expect(one(x, "力争实现工业增加值", "３２０亿元")).toMatchObject({ kind: "target", year: 2004 });
  });
});

describe("an appendix that reports how last year's list went (Jinan 2018)", () => {
  const x = extractText(
    "ceshi-2018.md",
    [
      "---",
      "title: 2018年测试市政府工作报告",
      "---",
      "",
      "——2018年1月8日在测试市第十六届人民代表大会第二次会议上",
      "",
      "测试市市长 张三",
      "",
      "各位代表：",
      "",
      "## 一、2017年工作回顾",
      "",
      "全年新增城镇就业18万人以上。",
      "",
      "## 二、2018年工作安排",
      "",
      "今年经济社会发展的主要预期目标是：全市生产总值增长7.5%左右。",
      "",
      "各位代表，让我们为加快建设现代泉城而努力奋斗！",
      "",
      "## 附件1:",
      "",
      "### 2017年为民办实事完成情况",
      "",
      "一、整治老旧住宅小区（市住房保障管理局负责）。已完成281个小区、709.9万平方米的小区环境、基础配套设施的整治改造工作。",
      "",
      "## 附件2：",
      "",
      "### 2018年为民办18件实事",
      "",
      "七、公交线网优化。新开通BRT线路3条，开通及优化公交线路20条。（市城乡交通运输委负责）",
      "",
    ].join("\n"),
  );

  it("times its figures as that year's results, and the plan year's list after it as targets", () => {
    expect(paragraphWith(x, "已完成281个小区").period).toBe("review");
    expect(one(x, "已完成281个小区", "281个")).toMatchObject({ kind: "result", year: 2017, period: null });
    expect(one(x, "新开通BRT线路3条", "3条")).toMatchObject({ kind: "target", year: 2018 });
    expect(one(x, "全市生产总值增长7.5%左右", "7.5%")).toMatchObject({ kind: "target", year: 2018, metric: "gdp_growth" });
  });
});
