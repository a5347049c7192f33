import { describe, expect, it } from "vitest";
import type { StoredFigure } from "../../../src/lib/schema/figure.ts";
import { extractText, fixture, one, quoting, written } from "./helpers.ts";

/**
 * Sentences of reports of the site's places in other years (Zhongwei 2022, Ningxia 2022, Wuzhong 2021 and 2025, Guyuan 2016, Shizuishan 2023,
 * Yinchuan 2018), in a small report of plan year 2022 whose first part reviews the five years before it.
 */
const REPORT = [
  "---",
  "title: 2022年测试市政府工作报告",
  "---",
  "",
  "——2021年12月29日在测试市第五届人民代表大会第一次会议上",
  "",
  "测试市市长 张三",
  "",
  "各位代表：",
  "",
  "一、过去五年工作回顾",
  "",
  "全域旅游核心区建设扎实推进，游客接待量、旅游收入分别增长29.7%和22.9%。",
  "",
  "建设重点小城镇12个、美丽村庄50个，改造老旧小区4.75万户、棚户区住房4000套，20户以上自然村基本通了硬化路。",
  "",
  "五年来，我们坚持创新发展。科技创新深入推动，全社会研究与试验发展经费累计投入28.3亿元，强度1.7%。",
  "",
  "——经济高质量发展开创新局面。预计地区生产总值达到500亿元、年均增长5.3%；地方一般公共预算收入23亿元；城乡居民人均可支配收入分别达到33221元、13456元，年均增长7.4%和9.3%；固定资产投资累计达到1149亿元。",
  "",
  "二、今后五年的奋斗目标和重点任务",
  "",
  "主要预期目标是：地区生产总值年均增长7%左右，突破700亿元，人均超过6万元；地方一般公共预算收入年均增长7%左右；居民人均可支配收入快于经济增速，达到4万元以上。",
  "",
  "三、2022年重点工作",
  "",
  "力争地区生产总值增长7%左右，固定资产投资增长15%。基本养老、失业、工伤保险参保人数分别增长0.9%、6.2%、8.5%。",
  "",
  "完成全社会固定资产投资增长12%、地方公共财政一般预算收入和支出分别增长8%和10%以上、城镇和农村居民人均可支配收入分别增长9%和10%、社会消费品零售总额增长8%的目标以及自治区下达的4项约束性指标。",
  "",
  "开展精准脱贫计划。做好建档立卡贫困户社保兜底工作，全面完成“十三五”移民搬迁安置任务，确保8535名建档立卡贫困群众脱贫销号、16个贫困村脱贫，移民收入增长10%。",
  "",
  "创新驱动挖潜力。全社会研究与试验发展经费投入9.4亿元，强度达到1.82%，培育创新技术企业8家。",
  "",
  "持续促进消费恢复。推进文旅深度融合，游客人数、旅游收入均保持20%以上的增速。",
  "",
  "加快现代服务业扩容。推动龙泉村、银河湾等乡村旅游示范点提质升级，游客接待人数、旅游收入分别增长20%。",
  "",
  "大力引进项目。引进一批10亿元以上大项目好项目，实施宝瑞隆石化煤焦油等5000万元以上工业项目80个。",
  "",
  "秸秆、残膜综合利用率分别达到91%、94%，肉牛、肉羊饲养量分别为45.2万头和586.6万只，红寺堡区、同心县综合贫困发生率分别下降到0.76%和0.61%，排污权、碳排放权交易额分别增长40%和19.3%。",
  "",
  "加力发展现代农业。粮食种植面积、产量稳定在302.5万亩、104.1万吨以上。",
  "",
  "加力打造和美乡村。农村卫生厕所普及率、生活污水治理率分别达到64%、40%以上。",
].join("\n");

const fields = (f: StoredFigure) => ({ kind: f.kind, year: f.year, period: f.period, metric: f.metric, label_zh: f.label_zh, value: f.value });

describe("reports of the site's places in other years", () => {
  const x = extractText("ceshi-2022.md", REPORT);

  it("gives a yearly average after a list of levels (，年均增长7.4%和9.3%) the subjects of that list, in order", () => {
    for (const [written, metric, label_zh, value] of [
      ["7.4%", "urban_income_growth", "城镇居民人均可支配收入年均增长", 7.4],
      ["9.3%", "rural_income_growth", "农村居民人均可支配收入年均增长", 9.3],
    ] as const) {
      expect(fields(one(x, "年均增长7.4%和9.3%", written))).toEqual({ kind: "result", year: 2021, period: [2017, 2021], metric, label_zh, value });
    }
  });

  it("reads a list whose item writes 及 inside a word (普及率) as two items, one per figure", () => {
    expect(fields(one(x, "生活污水治理率分别达到64%、40%以上", "64%"))).toMatchObject({ kind: "target", year: 2022, metric: "rural_toilet_coverage", label_zh: "农村卫生厕所普及率" });
    expect(fields(one(x, "生活污水治理率分别达到64%、40%以上", "40%"))).toMatchObject({ kind: "target", year: 2022, metric: null, label_zh: "生活污水治理率" });
  });

  it("gives an item that names a whole measure (游客接待量) no tail of the last item, and items of one length the last item's tail (肉牛、肉羊饲养量)", () => {
    expect(one(x, "游客接待量、旅游收入分别增长29.7%和22.9%", "29.7%")).toMatchObject({ label_zh: "游客接待量增长", metric: "tourist_arrivals_growth" });
    expect(one(x, "游客接待量、旅游收入分别增长29.7%和22.9%", "22.9%")).toMatchObject({ label_zh: "旅游收入增长", metric: "tourism_revenue_growth" });
    expect(one(x, "秸秆、残膜综合利用率分别达到91%、94%", "91%").label_zh).toBe("秸秆综合利用率");
    expect(one(x, "肉牛、肉羊饲养量分别为45.2万头和586.6万只", "45.2万头").label_zh).toBe("肉牛饲养量");
    expect(one(x, "综合贫困发生率分别下降到0.76%和0.61%", "0.76%").label_zh).toBe("红寺堡区");
    // A turnover the last item names is every item's (排污权交易额), as a coverage is.
    expect(one(x, "排污权、碳排放权交易额分别增长40%和19.3%", "40%").label_zh).toBe("排污权交易额增长");
  });

  it("reads figures joined by 、 after a subject that lists as many items (粮食种植面积、产量稳定在302.5万亩、104.1万吨) as one per item, without 分别", () => {
    expect(fields(one(x, "粮食种植面积、产量稳定在302.5万亩、104.1万吨以上", "302.5万亩"))).toMatchObject({ kind: "target", year: 2022, metric: "grain_area", label_zh: "粮食种植面积" });
    expect(fields(one(x, "粮食种植面积、产量稳定在302.5万亩、104.1万吨以上", "104.1万吨"))).toMatchObject({ kind: "target", year: 2022, metric: "grain_output", label_zh: "粮食产量" });
  });

  it("reads an amount or a number of households bounded by 以上 before a noun (20户以上自然村, 10亿元以上大项目) as a size class, not a figure", () => {
    expect(x.figures.filter((f) => f.quote.includes("20户以上自然村"))).toHaveLength(0);
    expect(one(x, "棚户区住房4000套", "4000套").metric).toBe("shantytown_renovation");
    expect(x.figures.filter((f) => f.quote.includes("10亿元以上大项目"))).toHaveLength(0);
    expect(one(x, "5000万元以上工业项目80个", "80个").label_zh).toBe("5000万元以上工业项目");
    expect(x.figures.filter((f) => f.quote.includes("5000万元以上工业项目") && f.value === 5000)).toHaveLength(0);
  });

  it("reads a plan's name qualifying a task (全面完成“十三五”移民搬迁安置任务) as no time: the figures after it are the plan year's", () => {
    expect(fields(one(x, "确保8535名建档立卡贫困群众脱贫销号", "8535名"))).toMatchObject({ kind: "target", year: 2022, period: null, metric: "poverty_exits_people" });
    expect(fields(one(x, "移民收入增长10%", "10%"))).toMatchObject({ kind: "target", year: 2022, period: null });
  });

  it("reads a level after a yearly average (突破700亿元) as the indicator's level and 人均 after it as its amount per head", () => {
    expect(fields(one(x, "突破700亿元", "700亿元"))).toMatchObject({ kind: "target", metric: "gdp", label_zh: "地区生产总值" });
    expect(fields(one(x, "人均超过6万元", "6万元"))).toMatchObject({ kind: "target", metric: "gdp_per_capita", label_zh: "人均地区生产总值" });
  });

  it("gives a figure the subject of the figure-less clause just before it (居民人均可支配收入快于经济增速，达到4万元以上)", () => {
    expect(fields(one(x, "达到4万元以上", "4万元"))).toMatchObject({ kind: "target", metric: "resident_income", label_zh: "居民人均可支配收入" });
  });

  it("reads 强度 after an amount spent on research (经费投入9.4亿元，强度达到1.82%) as that spending's intensity", () => {
    expect(fields(one(x, "强度达到1.82%", "1.82%"))).toMatchObject({ kind: "target", year: 2022, metric: "rd_intensity", label_zh: "全社会研究与试验发展经费投入强度" });
    expect(one(x, "累计投入28.3亿元，强度1.7%", "1.7%")).toMatchObject({ metric: null, label_zh: "全社会研究与试验发展经费累计投入强度" });
  });

  it("reads 均保持20%以上的增速 after a list as a growth target of each item", () => {
    const records = x.figures.filter((f) => f.quote.includes("均保持20%以上的增速"));
    expect(records.map((f) => [f.kind, f.year, f.metric, f.label_zh, f.value, f.qualifier, f.direction])).toEqual([
      ["target", 2022, "tourist_arrivals_growth", "游客人数增长", 20, "at_least", "up"],
      ["target", 2022, "tourism_revenue_growth", "旅游收入增长", 20, "at_least", "up"],
    ]);
  });

  it("ends a 分别 list where a figure names a subject of its own, and reads the rest of the clause on its own", () => {
    const records = x.figures.filter((f) => f.quote.includes("增长8%的目标") || f.quote.includes("分别增长8%和10%以上") || f.quote.includes("分别增长9%和10%"));
    expect(records.map((f) => [f.metric, f.label_zh, f.value])).toEqual([
      ["fixed_investment_growth", "全社会固定资产投资增长", 12],
      ["budget_revenue_growth", "地方公共财政一般预算收入增长", 8],
      ["budget_spending_growth", "地方公共财政一般预算支出增长", 10],
      ["urban_income_growth", "城镇居民人均可支配收入增长", 9],
      ["rural_income_growth", "农村居民人均可支配收入增长", 10],
      ["retail_sales_growth", "社会消费品零售总额增长", 8],
      [null, "约束性指标", 4],
    ]);
  });

  it("reads a year's aggregate named over several years without 累计 (五年来…地方一般公共预算收入23亿元) as the last year's level", () => {
    const revenue = one(x, "地方一般公共预算收入23亿元", "23亿元");
    expect([revenue.kind, revenue.year, revenue.period, revenue.metric]).toEqual(["result", 2021, null, "budget_revenue"]);
    const invested = one(x, "固定资产投资累计达到1149亿元", "1149亿元");
    expect([invested.year, invested.period]).toEqual([2021, [2017, 2021]]);
  });

  it("gives every kind of insurance of a list the last item's 保险参保人数 (基本养老、失业、工伤保险参保人数)", () => {
    const records = x.figures.filter((f) => f.quote.includes("工伤保险参保人数"));
    expect(records.map((f) => [f.label_zh, f.value])).toEqual([
      ["基本养老保险参保人数增长", 0.9],
      ["失业保险参保人数增长", 6.2],
      ["工伤保险参保人数增长", 8.5],
    ]);
  });

  it("reads one figure after 分别 and a list (游客接待人数、旅游收入分别增长20%) as each item's", () => {
    const records = x.figures.filter((f) => f.quote.includes("旅游收入分别增长20%"));
    expect(records.map((f) => [f.kind, f.label_zh, f.value, f.direction])).toEqual([
      ["target", "游客接待人数增长", 20, "up"],
      ["target", "旅游收入增长", 20, "up"],
    ]);
    expect(records.map((f) => f.metric)).toEqual(["tourist_arrivals_growth", "tourism_revenue_growth"]);
  });
});

describe("a bare 总量 after the GDP growth of the aims (Wuzhong 2022: 地区生产总值年均增长6.5%以上，总量突破千亿元)", () => {
  it("is the level of GDP", () => {
    const x = extractText(
      "ceshi-2022.md",
      REPORT.replace("主要预期目标是：地区生产总值年均增长7%左右，突破700亿元", "主要奋斗目标：经济更加繁荣，地区生产总值年均增长6.5%以上，总量突破千亿元"),
    );
    expect(fields(one(x, "总量突破千亿元", "千亿元"))).toMatchObject({ kind: "target", year: 2026, period: [2022, 2026], metric: "gdp", label_zh: "地区生产总值", value: 1000 });
  });
});

describe("funds won from the state (Yinchuan 2021: 千方百计争资金、争项目、争政策、争示范，…年到位资金增长15%以上)", () => {
  it("is no investment attracted; 到位资金 after 招商引资 still is", () => {
    const x = extractText(
      "ceshi-2022.md",
      REPORT.replace(
        "力争地区生产总值增长7%左右，固定资产投资增长15%。",
        "力争地区生产总值增长7%左右，固定资产投资增长15%。加强与国家部委对接，主动与自治区厅局沟通，千方百计争资金、争项目、争政策、争示范，力争更多项目资金投向银川，年到位资金增长15%以上。全年招商引资项目100个以上、到位资金突破300亿元。",
      ),
    );
    expect(fields(one(x, "年到位资金增长15%以上", "15%"))).toMatchObject({ kind: "target", year: 2022, metric: null });
    expect(fields(one(x, "到位资金突破300亿元", "300亿元"))).toMatchObject({ kind: "target", year: 2022, metric: "investment_attracted" });
  });

  it("and so are the funds of projects won with words between 争取 and 项目 (Nanchong 2022: 争取中央预算内投资项目608个、到位资金117.1亿元)", () => {
    const x = fixture(
      ["项目攻坚有力有效，累计实施省重点项目121个、市重点项目937个，争取中央预算内投资项目608个、到位资金117.1亿元，预计全社会固定资产投资年均增长13.8%。"],
      ["地区生产总值增长7.5%以上。全年新签约项目230个以上，到位资金突破760亿元。"],
    );
    expect(one(x, "到位资金117.1亿元", "117.1亿元").metric).toBeNull();
    expect(one(x, "到位资金突破760亿元", "760亿元").metric).toBe("investment_attracted");
  });

  it("nor are the funds banks lend under a deal; funds from outside the province are (Sanmenxia 2014)", () => {
    const x = fixture(
      [
        "扩开放，谋合作，发展活力日益增强。进出口总额2.9亿美元，增长26.7%；实际利用外资8.7亿美元，增长16.3%；实际到位省外资金260.7亿元，增长22.9%。",
        "5家国有银行战略合作协议到位资金231.5亿元，市级投融资平台融资30亿元。",
      ],
      [],
    );
    expect(one(x, "5家国有银行战略合作协议到位资金231.5亿元", "231.5亿元").metric).toBeNull();
    expect(one(x, "实际到位省外资金260.7亿元", "260.7亿元").metric).toBe("investment_attracted");
    expect(one(x, "实际到位省外资金260.7亿元，增长22.9%", "22.9%").metric).toBe("investment_attracted_growth");
  });
});

/**
 * Ningxia 2023: a first part that reviews the five years, then turns to the last of them (`各位代表，在过去五年中，2022年是…`)
 * and tells it in items `一是…五是…`, one of which looks back over three years at its end.
 */
const FIVE_THEN_ONE = [
  "---",
  "title: 2023年测试市政府工作报告",
  "---",
  "",
  "——2023年1月13日在测试市第十三届人民代表大会第一次会议上",
  "",
  "测试市市长 张三",
  "",
  "各位代表：",
  "",
  "一、过去五年工作回顾和2022年工作总结",
  "",
  "五年来，我们深入贯彻新发展理念，经济高质量发展取得新成就。地区生产总值年均增长6%左右。",
  "",
  "各位代表，在过去五年中，2022年是极不平凡、极为特殊的一年。全年预计地区生产总值同比增长5%左右。重点抓了五件大事：",
  "",
  "一是坚决落实“疫情要防住”的重要要求，全力打赢疫情防控攻坚战。2020年新冠疫情发生以来，我们始终坚持人民至上、生命至上。三年来，我们共同经受住了前所未有的重大考验。",
  "",
  "二是坚决落实“经济要稳住”的重要要求，全力加快高质量发展。完成固定资产投资2008亿元，增长10.2%。",
  "",
  "三是坚决落实以人民为中心的发展思想，全力保障改善民生。城镇新增就业7.9万人，农村劳动力转移就业82万人。脱贫人口人均纯收入增长16.3%，脱贫县农村居民人均可支配收入增长8.5%。全体居民人均可支配收入增长6.1%。",
  "",
  "二、2023年重点工作",
  "",
  "主要预期目标是：地区生产总值增长6.5%左右，城乡居民收入分别增长6.5%和7.5%。",
].join("\n");

describe("the year a five-year review turns to, told in items (Ningxia 2023)", () => {
  const x = extractText("ceshi-2023.md", FIVE_THEN_ONE);

  it("reads 在过去五年中，2022年是…的一年 as framing the items after it in 2022, not over the five years", () => {
    expect(fields(one(x, "完成固定资产投资2008亿元", "10.2%"))).toEqual({ kind: "result", year: 2022, period: null, metric: "fixed_investment_growth", label_zh: "固定资产投资增长", value: 10.2 });
  });

  it("leaves an item's look back (三年来，…) to that item: the items after it still tell the year", () => {
    expect(fields(one(x, "城镇新增就业7.9万人", "7.9万人"))).toEqual({ kind: "result", year: 2022, period: null, metric: "urban_jobs_new", label_zh: "城镇新增就业", value: 7.9 });
    expect(fields(one(x, "农村劳动力转移就业82万人", "82万人"))).toMatchObject({ year: 2022, period: null, metric: "rural_labor_transfer" });
  });

  it("gives the poor counties' rural income (脱贫县农村居民人均可支配收入增长8.5%) no indicator of the region's: only the whole's growth answers its target", () => {
    expect(fields(one(x, "脱贫县农村居民人均可支配收入增长8.5%", "8.5%"))).toMatchObject({ year: 2022, metric: null });
    expect(fields(one(x, "全体居民人均可支配收入增长6.1%", "6.1%"))).toMatchObject({ year: 2022, metric: "resident_income_growth" });
  });

  it("reads 城乡居民收入分别增长6.5%和7.5% as the growth of town and country residents' per-head disposable income", () => {
    expect(fields(one(x, "城乡居民收入分别增长6.5%和7.5%", "6.5%"))).toMatchObject({ kind: "target", year: 2023, metric: "urban_income_growth", label_zh: "城镇居民收入增长" });
    expect(fields(one(x, "城乡居民收入分别增长6.5%和7.5%", "7.5%"))).toMatchObject({ kind: "target", year: 2023, metric: "rural_income_growth", label_zh: "农村居民收入增长" });
  });
});

describe("Ningxia 2024's main figures", () => {
  const x = fixture(
    ["地方一般公共预算收入增长9.2%，首次突破500亿元，达到502亿元。全年游客人次、旅游收入分别增长80%和114%。"],
    ["一产、二产、三产增加值分别增长6%、8%、5%左右，全年游客人次、旅游收入均增长10%以上。"],
  );

  it("gives a level after 首次 alone (，首次突破500亿元，达到502亿元) the indicator before it", () => {
    expect(quoting(x, "首次").map((f) => [written(x, f), f.label_zh, f.metric])).toEqual([
      // The milestone passed says no more than the level reached after it, which alone keeps the indicator.
      ["500亿元", "地方一般公共预算收入", null],
      ["502亿元", "地方一般公共预算收入", "budget_revenue"],
    ]);
  });

  it("gives 城镇 the residents' income the last item names (城镇、农村居民收入分别增长4.8%、5.9%, Ningxia 2026)", () => {
    const y = fixture(["全体居民人均可支配收入增长5.5%，其中城镇、农村居民收入分别增长4.8%、5.9%。"], ["地区生产总值增长5%左右。"]);
    expect(quoting(y, "城镇、农村居民收入").map((f) => [written(y, f), f.label_zh, f.metric])).toEqual([
      ["4.8%", "城镇居民收入增长", "urban_income_growth"],
      ["5.9%", "农村居民收入增长", "rural_income_growth"],
    ]);
  });

  it("reads 研究与试验发展（R&D）经费占GDP比重 as R&D intensity (Ningxia 2017's target), not as GDP", () => {
    const y = fixture(["研究与试验发展（R&D）经费占GDP比重预计达0.95%。"], ["研究与试验发展（R&D）经费占GDP比重达到1%以上。"]);
    expect(quoting(y, "经费占GDP比重").map((f) => [f.kind, written(y, f), f.metric])).toEqual([
      ["result", "0.95%", "rd_intensity"],
      ["target", "1%", "rd_intensity"],
    ]);
  });

  it("reads 游客人次 as tourist arrivals and 三产 as the tertiary sector", () => {
    expect(quoting(x, "游客人次").map((f) => [f.kind, f.label_zh, f.metric])).toEqual([
      ["result", "游客人次增长", "tourist_arrivals_growth"],
      ["result", "旅游收入增长", "tourism_revenue_growth"],
      ["target", "游客人次增长", "tourist_arrivals_growth"],
      ["target", "旅游收入增长", "tourism_revenue_growth"],
    ]);
    // 一产 is the primary sector, agriculture's value added; 二产 the secondary, industry and construction.
    expect(quoting(x, "三产增加值").map((f) => [f.label_zh, f.metric])).toEqual([
      ["一产增加值增长", "agriculture_value_added_growth"],
      ["二产增加值增长", "secondary_value_added_growth"],
      ["三产增加值增长", "services_value_added_growth"],
    ]);
  });
});

describe("a look back over five years after the year's last section (Ningxia 2018)", () => {
  const x = extractText(
    "ceshi-2018.md",
    [
      "---",
      "title: 2018年测试市政府工作报告",
      "---",
      "",
      "——2018年1月26日在测试市第十二届人民代表大会第一次会议上",
      "",
      "测试市市长 张三",
      "",
      "各位代表：",
      "",
      "一、2017年和过去五年工作回顾",
      "",
      "一年来，全区上下全力抓好稳增长、促改革、调结构、惠民生、防风险各项工作。全年完成地区生产总值3453.9亿元，增长7.8%。",
      "",
      "（一）持续改善民生，社会事业加快发展。城镇新增就业8.3万人，城镇登记失业率3.9%。",
      "",
      "各位代表，2017年，我们完成了主要目标和任务。回顾过去五年，走过的路程很不平凡。五年来，全区上下主动适应经济发展新常态，经济社会发展取得重大成就。",
      "",
      "我们坚定不移贯彻稳中求进工作总基调，综合实力实现新跨越。累计完成全社会固定资产投资1.7万亿元，是前五年的2.3倍。",
      "",
      "我们坚定不移践行以人民为中心的发展思想，人民生活得到新改善。累计城镇新增就业39万人，完成生态移民39.8万人。",
      "",
      "二、2018年工作",
      "",
      "地区生产总值增长7.5%左右。",
    ].join("\n"),
  );

  it("reads the running totals after 各位代表，…回顾过去五年 over those five years, not as the year's", () => {
    expect(fields(one(x, "累计完成全社会固定资产投资1.7万亿元", "1.7万亿元"))).toMatchObject({ year: 2017, period: [2013, 2017], metric: "fixed_investment" });
    expect(fields(one(x, "累计城镇新增就业39万人", "39万人"))).toMatchObject({ year: 2017, period: [2013, 2017], metric: "urban_jobs_new" });
    expect(fields(one(x, "完成生态移民39.8万人", "39.8万人"))).toMatchObject({ period: [2013, 2017] });
    expect(fields(one(x, "城镇新增就业8.3万人", "8.3万人"))).toMatchObject({ year: 2017, period: null });
  });
});

describe("other names of the tourism and farm indicators (Ningxia 2024–2026, Zhongwei 2025)", () => {
  it("reads 旅游花费 as tourism revenue and 第一产业增加值 as agriculture's value added", () => {
    const x = fixture(
      ["全区游客人次、旅游花费分别增长14%、10%。接待游客1850万人次、旅游花费110亿元。第一产业增加值增长6.2%、居全国第四。"],
      ["力争游客人次、旅游花费均增长10%以上。今年全区第一产业增加值预期增长4%左右。"],
    );
    expect(one(x, "旅游花费分别增长14%、10%", "10%").metric).toBe("tourism_revenue_growth");
    expect(one(x, "旅游花费110亿元", "110亿元").metric).toBe("tourism_revenue");
    expect(one(x, "第一产业增加值增长6.2%", "6.2%").metric).toBe("agriculture_value_added_growth");
    expect(quoting(x, "旅游花费均增长10%以上").map((f) => f.metric)).toEqual(["tourist_arrivals_growth", "tourism_revenue_growth"]);
    expect(one(x, "第一产业增加值预期增长4%左右", "4%")).toMatchObject({ kind: "target", metric: "agriculture_value_added_growth" });
  });
});

describe("a sector's growth by its short name alone (Guyuan 2023–2024)", () => {
  it("reads 一产增长6.9% and 三产增长6.5% as the growth of the sector's value added", () => {
    const x = fixture(
      ["西吉成功申报国家级现代农业产业园，隆德入选全国农业现代化示范区创建名单。一产增长6.9%。"],
      ["实施“五特”产业提质增效行动，着力稳规模、强品牌、提效益，将“土特产”转化为市场优势，一产增长6.5%。既提升壮大传统生活性服务业，又培育发展研发设计、科技服务、节能环保、农机作业等生产性服务业，三产增长6.5%。"],
    );
    expect(one(x, "一产增长6.9%", "6.9%")).toMatchObject({ kind: "result", metric: "agriculture_value_added_growth" });
    expect(one(x, "一产增长6.5%", "6.5%")).toMatchObject({ kind: "target", metric: "agriculture_value_added_growth" });
    expect(one(x, "三产增长6.5%", "6.5%")).toMatchObject({ kind: "target", metric: "services_value_added_growth" });
  });
});

describe("a harvest reached after the clause that names the crop (Guyuan 2024: 旱灾之年粮食稳产，达到83.1万吨)", () => {
  it("gives the weight the crop's output, not the area of the figure before it", () => {
    const x = fixture(["抢抓创建整省域高标准农田示范区机遇，扩量提质建设高标准农田41万亩、高效节水灌溉12万亩，旱灾之年粮食稳产，达到83.1万吨。"], ["地区生产总值增长6.5%左右。"]);
    expect(one(x, "达到83.1万吨", "83.1万吨")).toMatchObject({ kind: "result", metric: "grain_output", label_zh: "粮食产量" });
    expect(one(x, "高效节水灌溉12万亩", "12万亩").label_zh).toBe("高效节水灌溉");
  });
});

describe("R&D spending named 全社会研发经费 without 投入 (Guyuan 2024)", () => {
  it("reads 全社会研发经费增长20%以上 as R&D spending growth", () => {
    const x = fixture(["全社会研发经费投入2.62亿元，增长21.3%。"], ["探索研发投入“拨改投”，新培育国家高新技术企业、专精特新企业10家，全社会研发经费增长20%以上。"]);
    expect(one(x, "全社会研发经费增长20%以上", "20%")).toMatchObject({ kind: "target", metric: "rd_spending_growth" });
  });
});

describe("other names of R&D spending and rural labour moved into work (Zhongwei 2023)", () => {
  it("reads 全社会研究与试验发展经费增长20% as R&D spending growth and 农村劳动力有序转移就业 as rural labour moved into work", () => {
    const x = fixture(
      ["城镇新增就业1.2万人、农村劳动力转移就业22万人，分别完成自治区目标任务的110%和157.5%。"],
      ["以实施科技创新“四大工程”为抓手，持续推进科技双倍增行动，全社会研究与试验发展经费增长20%。购买公益性岗位1300个，城镇新增就业1.2万人以上、农村劳动力有序转移就业20万人。"],
    );
    expect(one(x, "全社会研究与试验发展经费增长20%", "20%")).toMatchObject({ kind: "target", metric: "rd_spending_growth" });
    expect(one(x, "农村劳动力有序转移就业20万人", "20万人")).toMatchObject({ kind: "target", metric: "rural_labor_transfer" });
  });
});

describe("a capacity named with no verb in a review of five years (Ningxia 2026: 新型储能超过760万千瓦，绿氢产能近3万吨)", () => {
  const x = extractText(
    "ceshi-2026.txt",
    [
      "2026年测试市政府工作报告",
      "——2026年1月6日在测试市第一届人民代表大会第一次会议上",
      "市长 张三",
      "一、过去五年工作回顾",
      "过去五年，我们牢记嘱托、不懈奋斗，实现“十四五”圆满收官。",
      "这五年，我市经济繁荣的基础更加坚实。新型储能超过760万千瓦，绿氢产能近3万吨。共淘汰落后炼铁产能1.17亿吨、炼钢产能7800万吨。",
      "二、2026年工作安排",
      "地区生产总值增长5%左右。",
    ].join("\n"),
  );

  it("reads the capacity as the level at the span's end, as the storage before it", () => {
    expect(one(x, "绿氢产能近3万吨", "3万吨")).toMatchObject({ kind: "result", year: 2025, period: null, label_zh: "绿氢产能" });
    expect(one(x, "新型储能超过760万千瓦", "760万千瓦")).toMatchObject({ year: 2025, period: null });
  });

  it("keeps a capacity its clause cuts (共淘汰落后炼铁产能…、炼钢产能7800万吨) the sum over the span", () => {
    expect(one(x, "炼钢产能7800万吨", "7800万吨")).toMatchObject({ period: [2021, 2025] });
  });
});
