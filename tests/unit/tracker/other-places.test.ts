import { describe, expect, it } from "vitest";
import { publicFigure } from "../../../src/lib/figures/export.ts";
import { trackTargets, type SpanFigure } from "../../../src/lib/tracker/pair.ts";
import { extractText, metrics } from "../figures/helpers.ts";

/** A small report of plan year `year`: its review of the year before and its plan, one paragraph a line. */
function report(year: number, review: string[], plan: string[]) {
  const text = [
    `${year}年测试市政府工作报告`,
    `${year}年1月6日在测试市第一届人民代表大会第一次会议上`,
    "市长 张三",
    "各位代表：",
    `一、${year - 1}年工作回顾`,
    ...review,
    `二、${year}年主要目标和重点任务`,
    ...plan,
  ].join("\n");
  return extractText(`ceshi-${year}.txt`, text);
}

/** The tracker over two consecutive reports of one place, as the site runs it. */
function track(first: ReturnType<typeof report>, second: ReturnType<typeof report>) {
  const figures = [first, second].flatMap((e) => e.figures.map(publicFigure)) as SpanFigure[];
  const reports = [first, second].map((e) => ({ id: e.doc.meta.id, place: e.doc.meta.place, year: e.doc.meta.year }));
  const quotes = new Map(figures.map((f) => [f.id, f.quote]));
  return trackTargets(figures, reports, metrics).records.map((r) => ({ ...r, outcome_quote: r.outcome_figure ? quotes.get(r.outcome_figure) : null }));
}

describe("the tracker on older names of the main indicators (Chengdu 2013–2014, Inner Mongolia 1999–2000)", () => {
  it("pairs a revenue target named 地方公共财政收入 or 地方财政收入 with the next report's revenue of that name", () => {
    // Chengdu 2013: 今年全市经济社会发展主要目标是：地区生产总值增长12%，地方公共财政收入增长12%，…; Chengdu 2014 reviews 2013.
    const chengdu = track(
      report(2013, [], ["今年全市经济社会发展主要目标是：地区生产总值增长12%，地方公共财政收入增长12%，固定资产投资6500亿元。"]),
      report(2014, ["预计全年地区生产总值迈上9000亿元台阶，增长10%以上；地方公共财政收入898.5亿元，增长16.6%；固定资产投资6500亿元，增长10.4%。"], []),
    );
    expect(chengdu.find((r) => r.metric === "budget_revenue_growth")).toMatchObject({ status: "met", outcome_quote: "地方公共财政收入898.5亿元，增长16.6%" });
    // Inner Mongolia 1999: 主要目标是：国内生产总值增长8%；地方财政收入增长10%；…; Inner Mongolia 2000 reviews 1999.
    const neimenggu = track(
      report(1999, [], ["主要目标是：国内生产总值增长8%；地方财政收入增长10%；社会消费品零售总额增长10%。"]),
      report(2000, ["全区国内生产总值达到1271亿元，比上年增长7.7％。财政总收入143.7亿元，增长9.5％。其中地方财政收入100.8亿元，增长12.3％。"], []),
    );
    expect(neimenggu.find((r) => r.metric === "budget_revenue_growth")).toMatchObject({ status: "met", outcome_quote: "其中地方财政收入100.8亿元，增长12.3％" });
  });

  it("reads 外商投资实际到位额 as foreign investment actually used, and a bare 出口增长 as export growth", () => {
    // Chengdu 2013: 外商投资实际到位额增长20%以上 … 进出口总额增长11%，出口增长15%以上; Chengdu 2014 gives no export figure.
    const records = track(
      report(2013, [], ["引进更多具有核心竞争力的行业龙头企业和关键配套企业，外商投资实际到位额增长20%以上。完善“一区两园三口岸”服务体系，进出口总额增长11%，出口增长15%以上。"]),
      report(2014, ["预计实际到位内资3300亿元，实际利用外资103.1亿美元，分别增长33.2%和20%。预计实现进出口总额490亿美元，增长3.1%。"], []),
    );
    expect(records.find((r) => r.metric === "fdi_actual_growth")).toMatchObject({ status: "met", outcome_quote: "预计实际到位内资3300亿元，实际利用外资103.1亿美元，分别增长33.2%和20%" });
    expect(records.find((r) => r.metric === "exports_growth")).toMatchObject({ status: "not_reported", outcome_figure: null });
    expect(records.find((r) => r.metric === "foreign_trade_growth")).toMatchObject({ status: "missed" });
  });

  it("tracks 财政总收入, the total revenue older reports set beside the local budget's, apart from it", () => {
    // Inner Mongolia 1998: …；财政总收入123亿元，增长15%;全社会消费品零售总额达到430亿元，增长13%;…; Inner Mongolia 1999 reviews 1998.
    const records = track(
      report(1998, [], ["全年计划安排国内生产总值1230亿元，增长10%左右；财政总收入123亿元，增长15%;全社会消费品零售总额达到430亿元，增长13%;物价上涨幅度控制在国家要求的范围内。"]),
      report(1999, ["财政总收入131.2亿元，增长17.9%，超额完成15%的计划目标，其中地方财政收入89.8亿元，增长22.7%。"], []),
    );
    expect(records.find((r) => r.metric === "fiscal_revenue_total")).toMatchObject({ status: "met", outcome_quote: "财政总收入131.2亿元" });
    expect(records.find((r) => r.metric === "fiscal_revenue_total_growth")).toMatchObject({ status: "met", outcome_quote: "财政总收入131.2亿元，增长17.9%" });
    expect(records.filter((r) => r.metric === "budget_revenue_growth")).toEqual([]);
  });

  it("reads the growth of all R&D spending (全社会研发投入增长15%以上, Chengdu 2014), not the government's alone", () => {
    const plan = report(2014, [], ["加强创新链与产业链的对接协同，全社会研发投入增长15%以上。力争政府研发投入增长23%以上。"]);
    expect(plan.figures.find((f) => f.quote.includes("全社会研发投入"))?.metric).toBe("rd_spending_growth");
    expect(plan.figures.find((f) => f.quote.includes("政府研发投入"))?.metric).toBeNull();
  });

  it("judges an income target set as an amount added (分别增加400元和200元) by the amount the next report says was added", () => {
    // Inner Mongolia 1998: …城镇居民人均可支配收入和农牧民人均纯收入分别增加400元和200元；…; Inner Mongolia 1999 reviews 1998.
    const records = track(
      report(1998, [], ["全社会消费品零售总额达到430亿元，增长13%;物价上涨幅度控制在国家要求的范围内；城镇居民人均可支配收入和农牧民人均纯收入分别增加400元和200元；人口出生率控制在18.5‰以内。"]),
      report(1999, ["城镇居民人均可支配收入4353元，增加408元；农牧民人均纯收入1981.5元，增加201.5元；商品零售价格和居民消费价格总水平分别比上年下降1.9%和0.7%，均较好地完成了计划目标。"], []),
    );
    expect(records.find((r) => r.metric === "urban_income_change")).toMatchObject({ status: "met", rule: "下限：结果 408元 对目标 400元，达到目标，完成" });
    expect(records.find((r) => r.metric === "rural_net_income_change")).toMatchObject({ status: "met", rule: "下限：结果 201.5元 对目标 200元，达到目标，完成" });
    // Inner Mongolia 2000 gives the year's income and its growth rate, not the amount added: another basis.
    const next = track(
      report(1999, [], ["城镇居民人均可支配收入和农牧民人均纯收入分别增加400元和150元以上；城镇登记失业率控制在3.5%以内。"]),
      report(2000, ["城镇居民人均可支配收入4770元，增长9.6％；农牧民人均纯收入2003元，增长3.4％。"], []),
    );
    expect(next.find((r) => r.metric === "urban_income_change")).toMatchObject({ status: "not_comparable" });
  });

  it("reads 规模工业增加值 as the value added of industry above the designated size, a target and a result of it pairing", () => {
    // Bozhou 2016: …固定资产投资增长12%左右，规模工业增加值增长10%以上，…; Changsha 2023: …其中规模工业增加值增长8.5%，….
    const records = track(
      report(2022, [], ["全市经济社会发展的主要预期目标是：地区生产总值增长9%左右，财政收入增长10%左右，固定资产投资增长12%左右，规模工业增加值增长10%以上。"]),
      report(2023, ["第二产业增加值增长7%左右，其中规模工业增加值增长8.5%，排名中部第一、全国城市前列。"], []),
    );
    expect(records.find((r) => r.metric === "industrial_value_added_growth")).toMatchObject({ status: "missed", rule: "下限：结果 8.5% 对目标 10%，未达到目标，未完成" });
  });

  it("tracks the sales ratio of industrial products (工业产品产销率, 工业品产销率) the older reports set", () => {
    // Inner Mongolia 1999: …力争全区工业产品产销率达到96%以上，…; Inner Mongolia 2000: …；工业品产销率达到97.8％；….
    const records = track(
      report(1999, [], ["工业企业都要建立高素质的市场营销队伍，强化市场调研，增强开拓市场能力，力争全区工业产品产销率达到96%以上，努力增加我区产品在国内外市场的份额。"]),
      report(2000, ["全年完成规模以上工业增加值224.6亿元，增长10.5％；工业品产销率达到97.8％；综合经济效益指数（扣除伊敏煤电因素）达到77。"], []),
    );
    expect(records.find((r) => r.metric === "industrial_sales_ratio")).toMatchObject({ status: "met", outcome_quote: "工业品产销率达到97.8％" });
  });
});

describe("the tracker on a rate of several kinds together (Ningxia 2024–2025)", () => {
  it("pairs the reply rate of deputies' suggestions and proposals with the next report's 办复率均达100%, met", () => {
    const ningxia = track(
      report(2024, [], ["依法接受人大监督、自觉接受政协民主监督，努力实现人大代表议案建议、政协提案办复率全部达到100%。"]),
      report(2025, ["高效办理红花渠适儿化改造、城市供热智慧化改造、河东机场高速全线安全亮化等人大代表建议321件、政协委员提案526件，办复率均达100%。"], []),
    );
    expect(ningxia.find((r) => r.metric === "proposal_reply_rate")).toMatchObject({ status: "met", outcome_quote: expect.stringContaining("办复率均达100%") });
  });
});
