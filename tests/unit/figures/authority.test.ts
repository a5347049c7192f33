import { describe, expect, it } from "vitest";
import { AUTHORITY } from "../../../src/lib/figures/authority.ts";
import { dev, extractText, paragraphWith } from "./helpers.ts";

describe("the main-targets clause as the authority on the plan year's targets", () => {
  it("is introduced the ways the reports write it", () => {
    for (const text of [
      "主要预期目标是：",
      "主要预期目标为:",
      "主要预期目标：",
      "预期目标是：",
      "主要目标是：",
      "主要预期指标是：",
      "经济社会发展的主要预期目标是",
      "主要调控目标是：",
      "经济社会发展的主要目标任务是：",
      "今年的奋斗目标是：",
      // Zhejiang 2004: 建议2004年全省经济和社会发展的主要预期调控目标是:生产总值增长10%以上；…
      "主要预期调控目标是:",
      // Ningbo 2012: 建议今年我市经济社会的发展目标为:地区生产总值增长10%左右；…
      "建议今年我市经济社会的发展目标为:",
      "今年全市经济和社会发展目标是：",
    ]) {
      expect(AUTHORITY.test(text), text).toBe(true);
    }
    // Reporting that last year's targets were met is no statement of targets.
    expect(AUTHORITY.test("全年发展主要目标任务较好完成")).toBe(false);
    expect(AUTHORITY.test("努力完成全年目标任务。")).toBe(false);
    expect(AUTHORITY.test("省十届人大一次会议确定的主要预期调控目标胜利实现。")).toBe(false);
  });

  it("keeps an indicator's id for its own figure; another plan-year figure of that indicator elsewhere loses it", () => {
    const e = dev("neimenggu-2023");
    const main = paragraphWith(e, "主要预期目标");
    const jobs = e.figures.filter((f) => f.metric === "urban_jobs_new" && f.kind === "target" && f.year === 2023 && f.period === null);
    expect(jobs.map((f) => [f.paragraph, f.quote])).toEqual([[main.id, "城镇新增就业20万人以上"]]);
    const program = e.figures.filter((f) => f.quote === "新增就业8000人");
    expect(program).toHaveLength(1);
    expect(program[0]).toMatchObject({ kind: "target", year: 2023, metric: null, label_en: null });
  });

  /** Zhejiang 2004's opening part, which reviews 2003, with `clause` as its last paragraph; each quote's kind, year, period and indicator. */
  const zhejiang2004 = (clause: string) => {
    const text = [
      "2004年政府工作报告",
      "2004年2月10日在浙江省第十届人民代表大会第二次会议上",
      "浙江省省长吕祖善",
      "各位代表:",
      "一、2003年工作回顾和2004年工作总体要求",
      "省十届人大一次会议确定的主要预期调控目标胜利实现。全省生产总值9200亿元，比上年增长14%;全社会固定资产投资4947亿元，增长38.1%。",
      clause,
      "二、努力提高经济增长质量和效益",
      "坚持经济建设这个中心不动摇。",
    ].join("\n");
    const figs = extractText("zhejiang-2004.txt", text).figures;
    return (quote: string) => figs.filter((f) => f.quote === quote).map((f) => [f.kind, f.year, f.period, f.metric]);
  };

  it("makes the plan year's targets of a clause in a part that reviews the year before (Zhejiang 2004)", () => {
    const when = zhejiang2004(
      "综合考虑国内外发展环境的可能变化和我们的现实基础，建议2004年全省经济和社会发展的主要预期调控目标是:生产总值增长10%以上；外贸出口增长10%以上；地方财政收入增长12%，城镇居民人均可支配收入实际增长8%，农村居民人均纯收入实际增长6%;新增城镇就业50万人，城镇登记失业率控制在4.5%以下。",
    );
    expect(when("生产总值增长10%以上")).toEqual([["target", 2004, null, "gdp_growth"]]);
    expect(when("外贸出口增长10%以上")).toEqual([["target", 2004, null, "exports_growth"]]);
    expect(when("全省生产总值9200亿元，比上年增长14%")).toEqual([["result", 2003, null, "gdp_growth"]]);
  });

  it("adds to those targets the sentence right after the clause that opens with a target verb (Zhejiang 2004: 确保全省生产总值超过10000亿元)", () => {
    const when = zhejiang2004(
      "综合考虑国内外发展环境的可能变化和我们的现实基础，建议2004年全省经济和社会发展的主要预期调控目标是:生产总值增长10%以上；外贸出口增长10%以上；新增城镇就业50万人，城镇登记失业率控制在4.5%以下。确保全省生产总值超过10000亿元，人均生产总值超过2500美元，财政总收入超过1600亿元。",
    );
    expect(when("确保全省生产总值超过10000亿元")).toEqual([["target", 2004, null, "gdp"]]);
    expect(when("财政总收入超过1600亿元")).toEqual([["target", 2004, null, "fiscal_revenue_total"]]);
    expect(when("全省生产总值9200亿元，比上年增长14%")).toEqual([["result", 2003, null, "gdp_growth"]]);
  });

  it("goes on with the items of the list set out as sentences of their own, to the paragraph's end (Ningxia 2002)", () => {
    const text = [
      "2002年宁夏回族自治区政府工作报告",
      "——2002年1月25日在自治区第八届人民代表大会第五次会议上",
      "自治区主席 马启智",
      "各位代表:",
      "一、国民经济持续快速发展“十五”计划开局良好",
      "经济发展速度加快。全年完成国内生产总值298亿元，比上年增长10.1%，高出全国平均水平2.8个百分点。",
      "2002年是实施“十五”计划的关键一年，也是实现本届政府任期目标的最后一年。主要调控目标是:国内生产总值增长9%;其中第一产业增长3.5%，第二产业增长10.8%（工业增长9.5%，建筑业增长16%），第三产业增长9.5%。全社会固定资产投资225亿元，增长15%。地方财政收入26亿元，可比增长10.6%。外贸出口总额3.8亿美元，增长6.7%。城镇居民人均可支配收入、农民人均纯收入分别达到5930元和1900元，增长7%和4.2%。城镇登记失业率控制在4.4%以内，人口自然增长率控制在13.2‰以内。",
      "二、深入实施西部大开发战略打造加快发展的坚实基础",
      "国家关于西部大开发的政策措施已经明确。",
    ].join("\n");
    const figs = extractText("ningxia-2002.txt", text).figures;
    const when = (quote: string) => figs.filter((f) => f.quote === quote).map((f) => [f.kind, f.year, f.period, f.metric]);
    expect(when("国内生产总值增长9%")).toEqual([["target", 2002, null, "gdp_growth"]]);
    expect(when("全社会固定资产投资225亿元")).toEqual([["target", 2002, null, "fixed_investment"]]);
    expect(when("全社会固定资产投资225亿元，增长15%")).toEqual([["target", 2002, null, "fixed_investment_growth"]]);
    expect(when("外贸出口总额3.8亿美元")).toEqual([["target", 2002, null, "exports_usd"]]);
    expect(when("城镇登记失业率控制在4.4%以内")).toEqual([["target", 2002, null, "registered_unemployment_rate"]]);
    expect(when("全年完成国内生产总值298亿元，比上年增长10.1%")).toEqual([["result", 2001, null, "gdp_growth"]]);
  });
});
