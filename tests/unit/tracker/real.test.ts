import { describe, expect, it } from "vitest";
import { publicFigure } from "../../../src/lib/figures/export.ts";
import { trackTargets, type SpanFigure } from "../../../src/lib/tracker/pair.ts";
import type { TrackerRecord } from "../../../src/lib/schema/tracker.ts";
import { matrixCell } from "../../../src/lib/tracker/view.ts";
import { RAW_IDS, metrics, real } from "../figures/helpers.ts";

/** Every report of content/raw, extracted, and the tracker run over them as the site does. */
const extracted = RAW_IDS.map((id) => real(id));
const figures = extracted.flatMap((e) => e.figures.map(publicFigure)) as SpanFigure[];
const byId = new Map(figures.map((f) => [f.id, f]));
const reports = extracted.map((e) => ({ id: e.doc.meta.id, place: e.doc.meta.place, year: e.doc.meta.year }));
const { records, untracked } = trackTargets(figures, reports, metrics);
const quote = (id: string | null) => (id ? byId.get(id)!.quote : null);
const only = (place: string, metric: string): TrackerRecord[] => records.filter((r) => r.place === place && r.metric === metric);

describe("the tracker on the real reports", () => {
  it("gives each cell of the indicator × place matrix its records, in order, and none where there are none", () => {
    const cells = [...new Set(records.map((r) => `${r.metric} ${r.place}`))].map((k) => k.split(" ") as [string, string]);
    expect(cells.length).toBeGreaterThan(20);
    for (const [metric, place] of cells) expect(matrixCell(records, metric, place)).toEqual(only(place, metric));
    expect(cells.reduce((n, [m, p]) => n + matrixCell(records, m, p).length, 0)).toBe(records.length);
    expect(matrixCell(records, "gdp_growth", "nowhere")).toEqual([]);
    // Another list of records is indexed on its own.
    expect(matrixCell(records.slice(0, 1), records[0]!.metric, records[0]!.place)).toEqual([records[0]]);
  });

  it("tracks the targets of every place that has two consecutive reports, and only those", () => {
    const pairs = new Set(reports.filter((r) => reports.some((n) => n.place === r.place && n.year === r.year + 1)).map((r) => r.place));
    expect(new Set(records.map((r) => r.place))).toEqual(pairs);
    expect(pairs.size).toBe(6);
  });

  it("judges each place's GDP growth target by the next report's single-year result", () => {
    const gdp = Object.fromEntries(
      [...new Set(records.map((r) => r.place))].map((p) => [p, only(p, "gdp_growth").map((r) => [r.status, quote(r.outcome_figure)?.match(/(?:增长|下降)[\d.]+%/)?.[0] ?? null])]),
    );
    expect(gdp).toEqual({
      guyuan: [["missed", "增长5.6%"]],
      ningxia: [["missed", "增长3.9%"]],
      shizuishan: [["near", "增长6%"]],
      wuzhong: [["missed", expect.stringMatching(/增长/)]],
      yinchuan: [["missed", "增长3.2%"]],
      zhongwei: [["missed", "增长0.3%"]],
    });
  });

  it("reads a ceiling (控制在…以内) and a price target as ceilings, and keeps surveyed and registered unemployment apart", () => {
    expect(only("yinchuan", "registered_unemployment_rate")).toEqual([expect.objectContaining({ status: "met", rule_id: "ceiling" })]);
    expect(only("wuzhong", "cpi_growth")).toEqual([expect.objectContaining({ status: "met", rule_id: "ceiling" })]);
    const wz = only("wuzhong", "surveyed_unemployment_rate")[0]!;
    expect(wz.status).toBe("not_comparable");
    expect(quote(wz.outcome_figure)).toContain("登记失业率");
  });

  it("counts a fall against a growth target (地方一般公共预算收入下降5.4% against 增长2%) as missed, with both numbers in the rule", () => {
    const r = only("zhongwei", "budget_revenue_growth")[0]!;
    expect(r).toMatchObject({ status: "missed", rule_id: "floor" });
    expect(r.rule).toContain("-5.4%");
    expect(r.rule).toContain("2%");
  });

  it("does not call a poverty target missed when the next report says all of the group, counted again, left poverty", () => {
    // Zhongwei 2020: 全面完成1765户5557人脱贫; 2021: 5413人贫困人口全部实现脱贫. Wuzhong: 4114名 against 4041名…全部脱贫退出.
    // Yinchuan: 1049人 against 1047名…全部脱贫 (名 and 人 both count persons here).
    for (const place of ["zhongwei", "wuzhong", "yinchuan"]) {
      const [r] = only(place, "poverty_exits_people");
      expect(r).toMatchObject({ status: "not_comparable", rule_id: "other_basis" });
      expect(quote(r!.outcome_figure)).toContain("全部");
      expect(r!.rule).toMatch(/结果为“全部”的\d+[人名]，与目标的\d+[人名]是两次不同的计数/);
    }
    // Wuzhong's 边缘户 and 脱贫监测户, counted in 户 and 人 beside the people still poor, are groups to watch, not exits.
    const watched = figures.filter((f) => f.report === "wuzhong-2020" && /边缘户|脱贫监测户/.test(f.label_zh));
    expect(watched.map((f) => [f.label_zh, f.value, f.metric])).toEqual([
      ["“边缘户”", 5000, null],
      ["“边缘户”", 1687, null],
      ["“边缘户”", 6168, null],
      ["“脱贫监测户”", 1012, null],
      ["“脱贫监测户”", 3678, null],
    ]);
  });

  it("does not judge a target by a sum of several kinds or by another administrative level", () => {
    // Zhongwei 2020: 建成11所城镇小区配套幼儿园, 新建3所市区幼儿园; 2021: 改扩建中小学、幼儿园34所.
    expect(only("zhongwei", "kindergartens_built").map((r) => [r.status, quote(r.outcome_figure)])).toEqual([
      ["not_comparable", expect.stringContaining("中小学、幼儿园34所")],
      ["not_comparable", expect.stringContaining("中小学、幼儿园34所")],
    ]);
    // Wuzhong 2020: 新增国家高新技术企业2家 and 自治区农业高新技术企业2家; 2021: 新增国家级高新技术企业20家.
    const [national, regional] = only("wuzhong", "high_tech_enterprises_new");
    expect(quote(national!.target_figure)).toBe("新增国家高新技术企业2家");
    expect(national).toMatchObject({ status: "met", rule_id: "floor" });
    expect(quote(regional!.target_figure)).toBe("自治区农业高新技术企业2家");
    expect(regional).toMatchObject({ status: "not_comparable", rule_id: "other_basis" });
    expect(regional!.rule).toContain("结果计的是“新增国家级高新技术企业”，目标计的是“自治区农业高新技术企业”");
  });

  it("reads a share of good-air days written without 比例 (优良天数稳定在80%以上) as the share, and judges it", () => {
    // Yinchuan 2020: 确保空气质量优良天数稳定在80%以上; 2021: 空气质量优良天数比例稳定在82%以上.
    expect(only("yinchuan", "good_air_days_ratio").map((r) => [r.status, quote(r.target_figure), quote(r.outcome_figure)])).toEqual([
      ["met", "确保空气质量优良天数稳定在80%以上", "空气质量优良天数比例稳定在82%以上"],
    ]);
    // A number of days stays a number of days: 全区优良天数311天 is no share, but the count of good-air days.
    const days = figures.filter((f) => f.report === "ningxia-2021" && f.value === 311 && f.unit === "天");
    expect(days.map((f) => f.metric)).toEqual(["good_air_days"]);
  });

  it("finds outcomes written in words the vocabulary names (富硒农产品标准化生产示范基地) and days written 日", () => {
    expect(only("zhongwei", "selenium_base_area").map((r) => [r.status, quote(r.outcome_figure)])).toEqual([["met", expect.stringContaining("示范基地25万亩")]]);
    // Shizuishan 2020: 企业开办…控制在2个工作日内; 2021: 企业开办实现1日办结 (days, not working days: another unit).
    expect(only("shizuishan", "business_startup_days").map((r) => [r.status, quote(r.outcome_figure)])).toEqual([["not_comparable", expect.stringContaining("1日办结")]]);
  });

  it("never takes a five-year average, a cumulative change, an older base year or a target for an outcome", () => {
    const outcomes = records.flatMap((r) => (r.outcome_figure && r.status !== "not_comparable" ? [byId.get(r.outcome_figure)!] : []));
    expect(outcomes.length).toBeGreaterThan(40);
    for (const o of outcomes) {
      expect(o).toMatchObject({ kind: "result", period: null, base_year: null });
      expect(o.quote).not.toMatch(/年均|累计|“十三五”时期|五年来/);
    }
  });

  it("says not_reported where the next report gives no figure, and lists targets without an indicator id instead of dropping them", () => {
    expect(only("zhongwei", "registered_unemployment_rate")).toEqual([expect.objectContaining({ status: "not_reported", outcome_figure: null })]);
    // Shizuishan's 2021 report gives the zombie enterprises disposed of over the five years only (in 家, the target in 户).
    const zombies = byId.get(only("shizuishan", "zombie_enterprises_disposed")[0]!.target_figure)!;
    expect(figures.filter((f) => f.report === "shizuishan-2021" && f.metric === "zombie_enterprises_disposed").map((f) => [f.period, f.unit])).toEqual([[[2016, 2020], "家"]]);
    expect(only("shizuishan", "zombie_enterprises_disposed")).toEqual([expect.objectContaining({ status: "not_reported", outcome_figure: null, rule_id: "no_outcome" })]);
    expect(zombies.unit).toBe("户");
    // Guyuan's 2021 report gives the new urban jobs under its five-year review only (its sections below “过去的五年”).
    expect(only("guyuan", "urban_jobs_new")).toEqual([expect.objectContaining({ status: "not_reported", outcome_figure: null })]);
    // Wuzhong's target is in 万人, its outcome in 人: judged in 人 (the report: 超额完成年度目标任务).
    expect(only("wuzhong", "urban_jobs_new").map((r) => [r.status, r.rule, quote(r.outcome_figure)])).toEqual([
      ["met", "下限：结果 12389人 对目标 11000人，达到目标，完成", expect.stringContaining("12389人")],
    ]);
    // Outcomes the reports give in words the vocabulary had missed: a bare share (比例达85.1%), a label with a space
    // (R&D 经费投入强度), a share reached in a five-year paragraph (由0.8%提高到2%).
    const status = (place: string, metric: string) => only(place, metric).map((r) => [r.status, r.rule]);
    expect(status("ningxia", "good_air_days_ratio")).toEqual([["met", "下限：结果 85.1% 对目标 80%，达到目标，完成"]]);
    expect(status("wuzhong", "rd_intensity")).toEqual([["missed", "下限：结果 1.27% 对目标 1.6%，未达到目标，未完成"]]);
    expect(status("shizuishan", "rd_intensity")).toEqual([["met", "下限：结果 2% 对目标 2%，达到目标，完成"]]);
    // Yinchuan's 2020 targets of totals (国家级高新技术企业达到135家) are not measured by the additions of 2020 (新增…35家):
    // its 2021 report gives the additions only, another basis than the total the target sets.
    expect(records.filter((r) => r.place === "yinchuan" && /_new$/.test(r.metric))).toEqual([]);
    expect(only("yinchuan", "high_tech_enterprises").map((r) => [r.status, r.rule_id, quote(r.target_figure), quote(r.outcome_figure)])).toEqual([
      ["not_comparable", "other_basis", "力争国家级高新技术企业达到135家", expect.stringContaining("新增国家高新技术企业35家")],
    ]);
    expect(only("yinchuan", "tech_smes").map((r) => [r.status, r.rule_id])).toEqual([["not_comparable", "other_basis"]]);
    // Every not_comparable outcome is of the target's year alone.
    for (const r of records.filter((x) => x.status === "not_comparable")) expect(byId.get(r.outcome_figure!)).toMatchObject({ year: r.year, period: null });
    expect(untracked.length).toBeGreaterThan(0);
    for (const f of untracked) expect(f).toMatchObject({ kind: "target", metric: null, period: null });
  });
});
