import { describe, expect, it } from "vitest";
import { joinedSignals } from "../../../src/lib/report/joined-parts.ts";
import { turnsToComingPlan } from "../../../src/lib/figures/time-context.ts";
import type { StoredFigure } from "../../../src/lib/schema/figure.ts";
import { extractText, one, paragraphWith } from "./helpers.ts";

/**
 * Parts whose heading joins a look back and the aims, or the five-year aims and the plan year's tasks
 * (Guangxi 2026, Ningxia 2006, Tianjin 2018): each paragraph is read in the period it is about.
 */
const when = (f: StoredFigure) => ({ kind: f.kind, year: f.year, base_year: f.base_year, period: f.period });

/** A small report of plan year `year`, its body one paragraph a line. */
const report = (year: number, body: string[]) =>
  ["---", `title: ${year}年测试省政府工作报告`, "---", "", `——${year}年1月20日在测试省第九届人民代表大会第四次会议上`, "", "测试省省长 张三", "", "各位代表：", "", ...body.flatMap((p) => [p, ""])].join("\n");

describe("a part heading that joins two periods", () => {
  it.each([
    ["二、“十四五”时期发展成就和“十五五”时期主要目标任务", 2026, ["review", "outlook"]],
    ["二、关于“十一五”规划纲要的简要说明及2006年主要任务", 2006, ["outlook", "plan"]],
    ["二、今后五年的奋斗目标和2018年工作任务", 2018, ["outlook", "plan"]],
    ["一、2020年和“十三五”工作回顾", 2021, null],
    ["“十三五”及2020年工作回顾", 2021, null],
    ["2035年远景和“十四五”目标任务", 2021, null],
    // Task words beside the five-year aims are theirs, not the plan year's.
    ["二、今后五年的奋斗目标和重点任务", 2022, null],
    ["二、关于“十五”经济社会发展的目标任务和主要措施", 2001, null],
  ] as const)("%s (plan year %i) → %j", (heading, year, signals) => {
    expect(joinedSignals(heading, year)).toEqual(signals);
  });
});

describe("a review of the finished plan, then the coming plan's aims (Guangxi 2026)", () => {
  const x = extractText("ceshi-2026.md", report(2026, [
    "一、2025年工作回顾",
    "过去一年很不平凡。全区地区生产总值增长5.1%。",
    "二、“十四五”时期发展成就和“十五五”时期主要目标任务",
    "过去五年，我们牢记习近平总书记殷切嘱托，勇担历史使命，推动各项事业取得新的长足发展，高质量发展综合绩效评价指数稳步提升。经济实力实现新跨越，地区生产总值年均增长4.8%，2025年总量比2020年增加超7400亿元，经济结构持续优化。一般公共预算收支累计分别突破9千亿元、3万亿元。全部工业增加值超8千亿元、比2020年增加五成以上。",
    "根据《中国共产党广西壮族自治区委员会关于制定国民经济和社会发展第十五个五年规划的建议》，我们编制了“十五五”规划纲要（草案），提交大会审查。《纲要》贯彻落实自治区党委《建议》明确的主要目标，细化提出25项主要指标。经济发展方面，围绕增速、结构、效率提出5项指标，综合考虑各方面因素，兼顾需要与可能，提出地区生产总值年均增长5%左右，为确保与全国同步基本实现社会主义现代化、实现2035年人均地区生产总值比2020年翻一番打好基础。",
    "三、2026年重点工作",
    "今年我区经济社会发展主要预期目标是：经济增长5%左右。",
  ]));

  it("reads the look back as the review and the paragraph on the coming plan as the outlook", () => {
    expect(paragraphWith(x, "过去五年，我们牢记").period).toBe("review");
    expect(paragraphWith(x, "我们编制了“十五五”规划纲要").period).toBe("outlook");
    expect(paragraphWith(x, "今年我区经济社会发展主要预期目标是").period).toBe("plan");
  });

  it("gives the look back's figures the past five years and the aims the coming five", () => {
    expect(when(one(x, "地区生产总值年均增长4.8%", "4.8%"))).toEqual({ kind: "result", year: 2025, base_year: null, period: [2021, 2025] });
    expect(when(one(x, "全部工业增加值超8千亿元", "8千亿元"))).toMatchObject({ kind: "result", year: 2025 });
    expect(when(one(x, "提出地区生产总值年均增长5%左右", "5%"))).toEqual({ kind: "target", year: 2030, base_year: null, period: [2026, 2030] });
  });
});

describe("an older report's look back, then the coming plan named as a 计划 (Gansu 2001, Ningxia 2006)", () => {
  it("knows the plan written in full (第十个五年计划) or in quotes (“十五”计划) as the coming one in its first year", () => {
    expect(turnsToComingPlan("现在，我代表省人民政府向大会作关于甘肃省国民经济和社会发展第十个五年计划纲要的报告，请予审议。", 2001)).toBe(true);
    expect(turnsToComingPlan("为全面实现“十五”计划的宏伟目标而努力奋斗！", 2001)).toBe(true);
    expect(turnsToComingPlan("根据《…关于制定国民经济和社会发展第十五个五年规划的建议》，我们编制了“十五五”规划纲要（草案）", 2026)).toBe(true);
    // A plan that has begun or ended is no coming one, nor a number fifteen (十五个).
    expect(turnsToComingPlan("2005年是“十五”计划的最后一年。", 2006)).toBe(false);
    expect(turnsToComingPlan("今年是…全面建设小康社会的重要一年，也是实施“十五”计划的关键一年。", 2003)).toBe(false);
    expect(turnsToComingPlan("建成十五个规划园区", 2001)).toBe(false);
  });

  const x = extractText("ceshi-2001.md", report(2001, [
    "二、关于“十五”经济社会发展的目标任务和主要措施",
    "“九五”时期，在党中央、国务院和中共甘肃省委的正确领导下，全省各族人民共同努力，克服种种困难，各方面工作都取得了比较显著的成就。",
    "全省国内生产总值年均增长9.1%。",
    "根据中共测试省委关于制定国民经济和社会发展第十个五年计划的建议，省人民政府制定了《纲要（草案）》，提出国内生产总值年均增长8%左右。",
    "三、关于二〇〇一年的政府工作",
    "2001年是新世纪的第一年，是实施“十五”计划的开局之年。全年宏观调控的预期目标是：国内生产总值增长8%、力争9%。",
  ]));

  it("gives the look back opening the outlook the finished plan's years, and the coming plan's aims its own", () => {
    expect(when(one(x, "全省国内生产总值年均增长9.1%", "9.1%"))).toEqual({ kind: "result", year: 2000, base_year: null, period: [1996, 2000] });
    expect(when(one(x, "提出国内生产总值年均增长8%左右", "8%"))).toEqual({ kind: "target", year: 2005, base_year: null, period: [2001, 2005] });
  });
});

describe("the five-year aims, then the plan year's tasks (Ningxia 2006)", () => {
  const x = extractText("ceshi-2006.md", report(2006, [
    "一、2005年工作回顾",
    "2005年是“十五”计划的最后一年。全区地区生产总值增长10.3%。",
    "二、关于“十一五”规划纲要的简要说明及2006年主要任务",
    "“十一五”，是我们实现跨越式发展、迎接自治区成立五十周年的关键时期，也是努力缩小差距、为全面建设小康社会奠定坚实基础的重要阶段。乘风扬帆正当时，凌峰阔步展宏图。",
    "“十一五”我区经济社会发展的指导思想是:以邓小平理论和“三个代表”重要思想为指导，坚持以科学发展观统领经济社会发展全局。主要奋斗目标是:地区生产总值突破1000亿元，年均增长10%以上，人均达到2000美元；万元生产总值能耗降低15%;地方财政一般预算收入达到85亿元，年均增长12%。",
    "各位代表！",
    "2006年是实施“十一五”规划的开局之年，经济社会发展的主要目标是:实现地区生产总值670亿元，增长10%;城镇新增就业5.3万人，城镇登记失业率控制在4.5%以内；万元生产总值能耗降低3%。基本任务是:",
    "（一）扎实推进社会主义新农村建设。",
    "建设社会主义新农村，是中央在新阶段提出的一个历史性任务。",
  ]));

  it("reads the opening paragraphs on the plan as the outlook, from the plan year's on as the plan", () => {
    expect(paragraphWith(x, "主要奋斗目标是:地区生产总值突破1000亿元").period).toBe("outlook");
    expect(paragraphWith(x, "2006年是实施“十一五”规划的开局之年").period).toBe("plan");
    expect(paragraphWith(x, "建设社会主义新农村，是中央").period).toBe("plan");
  });

  it("gives the five-year aims the plan's years, the plan year's targets that year", () => {
    for (const [clause, figure] of [["地区生产总值突破1000亿元", "1000亿元"], ["人均达到2000美元", "2000美元"], ["万元生产总值能耗降低15%", "15%"], ["地方财政一般预算收入达到85亿元", "85亿元"]] as [string, string][]) {
      expect(when(one(x, clause, figure)), clause).toEqual({ kind: "target", year: 2010, base_year: null, period: [2006, 2010] });
    }
    expect(when(one(x, "实现地区生产总值670亿元", "670亿元"))).toEqual({ kind: "target", year: 2006, base_year: null, period: null });
    expect(when(one(x, "万元生产总值能耗降低3%", "3%"))).toEqual({ kind: "target", year: 2006, base_year: null, period: null });
  });
});

describe("five-year aims without a deadline, then the plan year's (Tianjin 2018: 今后五年的奋斗目标和2018年工作任务)", () => {
  const body = (turn: string[]) => report(2018, [
    "一、过去五年工作回顾",
    "过去五年，是天津发展进程中极不平凡的五年。生产总值年均增长9.4%。",
    "二、今后五年的奋斗目标和2018年工作任务",
    "按照市第十一次党代会和市委十一届二次、三次全会的部署，今后五年，要加快推进“五个现代化天津”建设，努力取得突破性进展。",
    "──推动创新发展的现代化天津建设取得突破性进展。经济保持持续健康发展，高水平建设“一基地三区”，京津冀协同发展目标如期实现，成为全国领先的创新型城市和产业创新中心。全社会研发经费支出占生产总值比重达到3.6%，综合科技创新水平保持全国前列。",
    "──推动生态宜居的现代化天津建设取得突破性进展。林木绿化率达到28%以上，建成区绿化覆盖率达到40%以上。",
    ...turn,
    "（一）深入推进京津冀协同发展，全面提升服务和协作水平",
    "坚持把协同发展作为政治之责、发展之要，深度融入世界级城市群建设。",
  ]);
  const targets = "今年全市经济社会发展的主要预期目标是：生产总值增长5%，一般公共预算收入增长3%，固定资产投资增长6%，社会消费品零售总额增长6%左右，新增就业48万人。";

  it.each([
    ["after a paragraph on the plan year (今年是…开局之年)", ["今年是贯彻党的十九大精神的开局之年，是改革开放40周年，是决胜全面建成小康社会、实施“十三五”规划承上启下的关键一年。", targets]],
    ["from the plan year's main targets on (今年…主要预期目标是：)", [targets]],
  ])("reads the aims over the five years, the targets %s as the plan year's", (_how, turn) => {
    const x = extractText("ceshi-2018.md", body(turn));
    for (const [clause, figure] of [["全社会研发经费支出占生产总值比重达到3.6%", "3.6%"], ["林木绿化率达到28%以上", "28%"], ["建成区绿化覆盖率达到40%以上", "40%"]] as [string, string][]) {
      expect(when(one(x, clause, figure)), clause).toEqual({ kind: "target", year: 2022, base_year: null, period: [2018, 2022] });
    }
    expect(when(one(x, "生产总值增长5%", "5%"))).toEqual({ kind: "target", year: 2018, base_year: null, period: null });
    expect(when(one(x, "新增就业48万人", "48万人"))).toEqual({ kind: "target", year: 2018, base_year: null, period: null });
    expect(paragraphWith(x, "坚持把协同发展作为政治之责").period).toBe("plan");
  });
});

describe("an outlook part that turns to the plan year later, on a paragraph setting its main targets (Guyuan 2022)", () => {
  const x = extractText("ceshi-2022.md", report(2022, [
    "一、过去五年工作回顾",
    "即将过去的2021年，预计地区生产总值增长7％。",
    "二、今后五年及明年目标任务",
    "刚刚闭幕的市第五次党代会，擘画了全市未来五年的发展蓝图。",
    "今后五年，我们要围绕市第五次党代会确定的发展目标，谋到关键、干在实处。经济发展上，地区生产总值年均增长7％以上。",
    "2022年是新一届政府履职赶考的开局之年，也是纵深推进先行区建设的关键一年。全市经济社会发展的主要预期目标是：地区生产总值增长7％以上，固定资产投资增长10％左右，城镇调查失业率控制在5.5％以内。",
    "三、对2022年政府工作的建议",
    "肉牛饲养量达到125万头。",
  ]));

  it("keeps the five-year aims in the outlook and reads the plan year's main targets as that year's", () => {
    expect(paragraphWith(x, "今后五年，我们要围绕").period).toBe("outlook");
    expect(paragraphWith(x, "2022年是新一届政府履职赶考的开局之年").period).toBe("plan");
    expect(when(one(x, "地区生产总值年均增长7％以上", "7％"))).toEqual({ kind: "target", year: 2026, base_year: null, period: [2022, 2026] });
    const single = { kind: "target", year: 2022, base_year: null, period: null };
    expect(when(one(x, "地区生产总值增长7％以上", "7％"))).toEqual(single);
    expect(when(one(x, "固定资产投资增长10％左右", "10％"))).toEqual(single);
    expect(when(one(x, "城镇调查失业率控制在5.5％以内", "5.5％"))).toEqual(single);
  });
});

describe("an outlook part whose five-year sections end before a paragraph setting the plan year's main targets (Harbin 2007)", () => {
  const x = extractText("ceshi-2007.md", report(2007, [
    "一、2003年以来工作回顾",
    "2006年，实现地区生产总值2094亿元，同比增长13.5%。",
    "二、关于未来五年和2007年经济社会发展任务的建议",
    "未来五年，哈尔滨将进入推动科学发展、促进社会和谐、着力改善民生、加速全面振兴的新时期。",
    "第一，加快发展先进制造业和现代服务业。实施工业强市战略，努力建成全国重要的先进制造业基地和新型工业化先行地区。工业增加值占GDP的比重提高到30%以上。",
    "第二，努力促进民生改善。探索建立促进就业、社会保障、困难群体救助、收入分配调节等长效机制。",
    "2007年，是哈尔滨市经济社会发展一个新的历史起点，是继往开来、续写佳绩的重要一年。经济社会发展主要预期目标是：在节约资源、降低消耗、减少污染的基础上，生产总值增长12.5%，其中工业增加值增长15％；全社会固定资产投资增长25%。",
    "（一）努力增强工业竞争力，加快新型工业化步伐",
    "大力推进工业项目建设。全年新开工投资超千万元工业项目100个，续建项目260个，竣工投产50个。完成工业固定资产投资260亿元，增长30%。",
  ]));

  it("reads the paragraph after the last five-year section, and the sections after it, as the plan year's", () => {
    expect(paragraphWith(x, "未来五年，哈尔滨").period).toBe("outlook");
    expect(when(one(x, "工业增加值占GDP的比重提高到30%以上", "30%"))).toEqual({ kind: "target", year: 2011, base_year: null, period: [2007, 2011] });
    expect(paragraphWith(x, "2007年，是哈尔滨市").period).toBe("plan");
    const single = { kind: "target", year: 2007, base_year: null, period: null };
    expect(when(one(x, "生产总值增长12.5%", "12.5%"))).toEqual(single);
    expect(paragraphWith(x, "大力推进工业项目建设").period).toBe("plan");
    expect(when(one(x, "全年新开工投资超千万元工业项目100个", "100个"))).toEqual(single);
    expect(when(one(x, "完成工业固定资产投资260亿元", "260亿元"))).toEqual(single);
  });
});

describe("a joined part that turns to the plan year on a salutation closed by a colon (Liaoning 2011)", () => {
  const x = extractText("ceshi-2011.md", report(2011, [
    "一、“十一五”时期回顾和2010年工作",
    "初步核算，全省地区生产总值增长14.1%。",
    "二、“十二五”时期发展目标和今年主要工作",
    "全省经济社会发展的主要目标是：地区生产总值年均增长11%，城镇登记失业率控制在4%以内。",
    "各位代表：今年是实施“十二五”规划的第一年。今年全省经济社会发展的主要预期指标是：地区生产总值增长11%，地方财政一般预算收入增长15%，全社会固定资产投资增长20%，城镇居民人均可支配收入增长11%，农民人均纯收入增长10%，城镇登记失业率控制在4.3%以内。",
    "（四）加快城区经济和服务业发展",
    "加快建设温泉旅游大省，重点建设本溪、营口、辽阳等7个温泉旅游产业聚集区，建设一批特色旅游小镇和休闲度假基地。保护利用好工业文化遗产。旅游业总收入增长18%以上。",
  ]));

  it("reads the paragraph setting the year's main targets, and the sections after it, as the plan year's", () => {
    expect(paragraphWith(x, "全省经济社会发展的主要目标是").period).toBe("outlook");
    expect(paragraphWith(x, "各位代表：今年是实施").period).toBe("plan");
    expect(paragraphWith(x, "加快建设温泉旅游大省").period).toBe("plan");
    expect(when(one(x, "地区生产总值年均增长11%", "11%"))).toEqual({ kind: "target", year: 2015, base_year: null, period: [2011, 2015] });
    expect(when(one(x, "旅游业总收入增长18%以上", "18%"))).toEqual({ kind: "target", year: 2011, base_year: null, period: null });
  });
});

describe("a section of the past year's review that names the coming plan as what projects join (Haibei 2021)", () => {
  const x = extractText("ceshi-2021.md", report(2021, [
    "一、2020年和“十三五”工作回顾",
    "2020年是极不平凡的一年。全州完成地区生产总值95.09亿元，同比增长0.5%。重点开展了以下工作：",
    "（四）狠抓投资消费，发展基础更加坚实。投资“压舱石”作用持续发挥。一批重点项目已按建设年限纳入省级和国家“十四五”规划。能源通道已列入省级“十四五”能源规划。",
    "（五）狠抓政策帮扶，发展活力持续释放。纾困援企落实有力。大力推进市场主体发展促进年活动，在全省率先搭建地方金融服务综合平台，及时出台应对疫情支持企业发展金融政策，累计降低利率发放贷款3.98亿元，减免利息1253万元、担保费243.24万元，保障各类产业发展资金1.93亿元。全面落实减税降费、减免房租、换证延期等一揽子政策，累计减税降费7763万元，返还稳岗资金154.8万元。",
    "各位代表，在全州各族人民的共同努力、不懈奋斗下，我州“十三五”规划圆满收官。五年来，我们紧紧围绕提升综合实力，经济发展形势企稳向好。累计完成全社会固定资产投资359.06亿元。",
  ]));

  it("keeps the past year framing the sections after it: their running totals are that year's", () => {
    expect(when(one(x, "累计降低利率发放贷款3.98亿元", "3.98亿元"))).toEqual({ kind: "result", year: 2020, base_year: null, period: null });
    expect(one(x, "累计减税降费7763万元", "7763万元")).toMatchObject({ kind: "result", year: 2020, period: null, metric: "tax_fee_cuts" });
    expect(when(one(x, "累计完成全社会固定资产投资359.06亿元", "359.06亿元"))).toEqual({ kind: "result", year: 2020, base_year: null, period: [2016, 2020] });
  });
});

describe("a section of the five-year outlook that looks back on the plan just finished (Jilin 2011)", () => {
  const x = extractText("ceshi-2011.md", report(2011, [
    "一、2010年工作回顾",
    "经济发展速度和质量稳步提高。全省地区生产总值实现8577亿元，比上年增长13.7%。",
    "二、2011年工作安排",
    "2011年全省经济社会发展主要目标是：地区生产总值增长11%以上，力争总量突破1万亿元。",
    "三、关于《测试省国民经济和社会发展第十二个五年规划纲要（草案）》的说明",
    "根据中央精神和省委建议，省政府组织有关部门，编制完成了《测试省国民经济和社会发展第十二个五年规划纲要（草案）》，已提请大会审查。",
    "（一）“十一五”时期国民经济和社会发展主要情况",
    "过去的五年，是我省经济社会发展取得显著成就的五年。2010年地区生产总值和地方级财政收入分别是“十五”末期的2.4倍和2.9倍。城镇居民人均可支配收入和农民人均纯收入分别比“十五”末增长77.3%和91.1%。",
    "（二）“十二五”时期经济社会发展指导原则和主要目标",
    "在综合考虑未来发展趋势和条件的基础上，《纲要（草案）》提出“十二五”时期经济社会发展的预期性和约束性指标，其中，全省地区生产总值到2015年超过1.5万亿元；城镇化率达到60%。",
  ]));

  it("reads the section on the “十一五” as the review, the sections after it as the outlook again", () => {
    expect(paragraphWith(x, "过去的五年，是我省").period).toBe("review");
    expect(paragraphWith(x, "在综合考虑未来发展趋势").period).toBe("outlook");
  });

  it("gives the finished plan's results the year it ended, the coming plan's aims its years", () => {
    expect(when(one(x, "城镇居民人均可支配收入和农民人均纯收入分别比“十五”末增长77.3%", "77.3%"))).toEqual({ kind: "result", year: 2010, base_year: 2005, period: null });
    expect(when(one(x, "农民人均纯收入分别比“十五”末增长77.3%和91.1%", "91.1%"))).toEqual({ kind: "result", year: 2010, base_year: 2005, period: null });
    expect(when(one(x, "全省地区生产总值到2015年超过1.5万亿元", "1.5万亿元"))).toEqual({ kind: "target", year: 2015, base_year: null, period: [2011, 2015] });
  });
});

describe("sections of the five-year outlook that tell what the place faces (Dali 2022)", () => {
  const x = extractText("ceshi-2022.md", report(2022, [
    "一、十四届州人民政府在艰难环境中创造佳绩",
    "刚刚过去的2021年，完成地区生产总值1633亿元、增长7%。",
    "二、面临的挑战机遇和今后五年的目标任务",
    "当前，全州发展处在突围求变的关键时刻，我们面临诸多不确定性和前所未有的困难压力。",
    "（一）困难压力来自房地产业全面进入寒冬。",
    "房地产企业投资乏力、信心不足，房地产开发土地购置面积同比下降42.1%，商品房库存激增。",
    "（二）困难压力来自政府债务风险持续增加。",
    "未来5年全州地方政府债券到期还本付息压力巨大，发展还需增加新的专项债。",
    "——我们有丰富能源可以开发利用的优势和机遇。全州已建成清洁能源装机1548万千瓦，尚有可开发光伏太阳能资源1600万千瓦以上。",
    "今后五年政府工作的总体要求是：推进以绿色为底色的高质量发展，到2026年经济总量突破2400亿元。",
    "（一）坚定不移地走产业复兴之路。",
    "加快建设千百亿级产业集群，新增高速公路1000公里。",
    "三、2022年工作重点",
    "经济社会发展的主要预期目标建议为：地区生产总值增长7.5%左右；固定资产投资增长8%以上。",
  ]));

  it("reads the sections on the difficulties, and the paragraphs after them up to the years ahead, as where things stand", () => {
    expect(paragraphWith(x, "房地产企业投资乏力").period).toBe("review");
    expect(paragraphWith(x, "未来5年全州地方政府债券").period).toBe("review");
    expect(paragraphWith(x, "我们有丰富能源").period).toBe("review");
    expect(paragraphWith(x, "今后五年政府工作的总体要求是").period).toBe("outlook");
    expect(paragraphWith(x, "加快建设千百亿级产业集群").period).toBe("outlook");
  });

  it("gives the figures of where things stand the year before the plan year, the five years' aims their years", () => {
    expect(when(one(x, "房地产开发土地购置面积同比下降42.1%", "42.1%"))).toEqual({ kind: "result", year: 2021, base_year: null, period: null });
    expect(when(one(x, "全州已建成清洁能源装机1548万千瓦", "1548万千瓦"))).toEqual({ kind: "result", year: 2021, base_year: null, period: null });
    expect(when(one(x, "到2026年经济总量突破2400亿元", "2400亿元"))).toEqual({ kind: "target", year: 2026, base_year: null, period: [2022, 2026] });
    expect(when(one(x, "新增高速公路1000公里", "1000公里"))).toEqual({ kind: "target", year: 2026, base_year: null, period: [2022, 2026] });
    expect(one(x, "地区生产总值增长7.5%左右", "7.5%")).toMatchObject({ kind: "target", year: 2022, period: null, metric: "gdp_growth" });
  });
});
