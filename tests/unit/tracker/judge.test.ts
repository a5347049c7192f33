import { describe, expect, it } from "vitest";
import { judge, type JudgedFigure } from "../../../src/lib/tracker/judge.ts";
import type { Metric } from "../../../src/lib/schema/metric.ts";
import { metrics } from "../figures/helpers.ts";

const metric = (id: string): Metric => metrics.find((m) => m.id === id)!;
const fig = (f: Partial<JudgedFigure>): JudgedFigure => ({
  value: null, min: null, max: null, unit: "%", qualifier: null, direction: "up", estimate: false, ...f,
});

describe("judge: the rules of GUIDE §2b, on the figures of real sentences", () => {
  it("misses an approximate target by more than half a point: 力争地区生产总值增长6.5%左右 → 全市地区生产总值增长0.3%", () => {
    const j = judge(fig({ value: 6.5, qualifier: "approx" }), fig({ value: 0.3 }), metric("gdp_growth"))!;
    expect(j).toMatchObject({ status: "missed", rule_id: "floor_approx" });
    expect(j.rule).toContain("0.3%");
    expect(j.rule).toContain("6.5%");
  });

  it("calls an approximate target missed by at most 0.5 points near, and reached met", () => {
    expect(judge(fig({ value: 6.5, qualifier: "approx" }), fig({ value: 6.0 }), metric("gdp_growth"))!.status).toBe("near");
    expect(judge(fig({ value: 6.5, qualifier: "approx" }), fig({ value: 5.9 }), metric("gdp_growth"))!.status).toBe("missed");
    expect(judge(fig({ value: 6.5, qualifier: "approx" }), fig({ value: 6.5 }), metric("gdp_growth"))!.status).toBe("met");
  });

  it("judges a range by its lower bound: 地区生产总值增长6.5%—7%", () => {
    const target = fig({ value: null, min: 6.5, max: 7 });
    expect(judge(target, fig({ value: 6.6 }), metric("gdp_growth"))!.status).toBe("met");
    expect(judge(target, fig({ value: 6.2 }), metric("gdp_growth"))!).toMatchObject({ status: "near", rule_id: "floor_approx" });
  });

  it("has no near for a plain floor: 地方一般公共预算收入增长2% → 下降5.4%", () => {
    const j = judge(fig({ value: 2 }), fig({ value: 5.4, direction: "down" }), metric("budget_revenue_growth"))!;
    expect(j).toMatchObject({ status: "missed", rule_id: "floor" });
    expect(j.rule).toContain("-5.4%");
  });

  it("takes 持平 as a target of 0%: 固定资产投资持平 → 增长10.1%", () => {
    expect(judge(fig({ value: 0, direction: null }), fig({ value: 10.1 }), metric("fixed_investment_growth"))!.status).toBe("met");
  });

  it("meets a ceiling at or below it: 城镇失业登记率控制在4.5%以内", () => {
    const target = fig({ value: 4.5, max: 4.5, qualifier: "at_most", direction: null });
    expect(judge(target, fig({ value: 3.9, direction: null }), metric("registered_unemployment_rate"))!).toMatchObject({ status: "met", rule_id: "ceiling" });
    expect(judge(target, fig({ value: 4.6, direction: null }), metric("registered_unemployment_rate"))!.status).toBe("missed");
  });

  it("treats a price target as a ceiling even when written 左右: 居民消费价格涨幅控制在3%左右", () => {
    const target = fig({ value: 3, qualifier: "approx" });
    expect(judge(target, fig({ value: 1.5 }), metric("cpi_growth"))!).toMatchObject({ status: "met", rule_id: "ceiling" });
    expect(judge(target, fig({ value: 3.2 }), metric("cpi_growth"))!.status).toBe("missed");
  });

  it("judges a reduction by its size: PM2.5 浓度下降3% → 下降12%, and a rise misses it", () => {
    const target = fig({ value: 3, direction: "down" });
    expect(judge(target, fig({ value: 12, direction: "down" }), metric("pm25_concentration_change"))!).toMatchObject({ status: "met", rule_id: "reduction" });
    expect(judge(target, fig({ value: 2, direction: "up" }), metric("pm25_concentration_change"))!.status).toBe("missed");
  });

  it("compares figures at two magnitudes of one unit in the finer, exactly: 城镇新增就业1.1万人 → 城镇新增就业12389人", () => {
    const target = fig({ value: 1.1, unit: "万人", direction: null });
    const j = judge(target, fig({ value: 12389, unit: "人", direction: null }), metric("urban_jobs_new"))!;
    expect(j).toMatchObject({ status: "met", rule_id: "floor" });
    expect(j.rule).toBe("下限：结果 12389人 对目标 11000人，达到目标，完成");
    expect(judge(target, fig({ value: 10900, unit: "人", direction: null }), metric("urban_jobs_new"))?.status).toBe("missed");
    // Another unit is no magnitude of the target's: no rule compares 户 with 人.
    expect(judge(target, fig({ value: 12389, unit: "户", direction: null }), metric("urban_jobs_new"))).toBeNull();
  });

  it("counts 名 and 人 as one unit where the indicator counts people, and nowhere else", () => {
    expect(metric("urban_jobs_new").unit).toBe("people");
    const j = judge(fig({ value: 1049, unit: "人", direction: null }), fig({ value: 1047, unit: "名", direction: null }), metric("urban_jobs_new"))!;
    expect(j).toMatchObject({ status: "missed", rule_id: "floor" });
    expect(j.rule).toBe("下限：结果 1047人 对目标 1049人，未达到目标，未完成");
    expect(judge(fig({ value: 1.1, unit: "万人", direction: null }), fig({ value: 12389, unit: "名", direction: null }), metric("urban_jobs_new"))).toMatchObject({ status: "met" });
    const counted = metrics.find((m) => m.unit === "count")!;
    expect(judge(fig({ value: 10, unit: "个", direction: null }), fig({ value: 12, unit: "名", direction: null }), counted)).toBeNull();
  });

  it("counts an estimated outcome (预计) and says so in the rule", () => {
    const j = judge(fig({ value: 6.5, qualifier: "approx" }), fig({ value: 6.5, estimate: true }), metric("gdp_growth"))!;
    expect(j.status).toBe("met");
    expect(j.rule).toContain("预计");
  });
});

describe("judge: a CPI target written as an index on the previous year (居民消费价格指数控制在103左右)", () => {
  it("is the ceiling of a 3% rise: 上涨2.1% met, 上涨3.5% missed, 下降0.3% met, in percent", () => {
    const target = fig({ value: 103, max: 103, unit: "（上年=100）", qualifier: "approx", direction: null });
    const j = judge(target, fig({ value: 2.1 }), metric("cpi_growth"))!;
    expect(j).toMatchObject({ status: "met", rule_id: "ceiling" });
    expect(j.rule).toBe("上限：结果 2.1% 对上限 3%，未超过上限，完成");
    expect(judge(target, fig({ value: 3.5 }), metric("cpi_growth"))!.status).toBe("missed");
    expect(judge(target, fig({ value: 0.3, direction: "down" }), metric("cpi_growth"))!.status).toBe("met");
    // And an index outcome against a percent target: 102.5 is a 2.5% rise.
    expect(judge(fig({ value: 3, max: 3, qualifier: "at_most", direction: null }), fig({ value: 102.5, unit: "（上年=100）", direction: null }), metric("cpi_growth"))!.status).toBe("met");
  });
});
