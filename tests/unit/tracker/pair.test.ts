import { describe, expect, it } from "vitest";
import { awaitingRule, sameScope, trackTargets, type SpanFigure } from "../../../src/lib/tracker/pair.ts";
import { metrics } from "../figures/helpers.ts";

const reports = [
  { id: "ceshi-2020", place: "ceshi", year: 2020 },
  { id: "ceshi-2021", place: "ceshi", year: 2021 },
  { id: "other-2020", place: "other", year: 2020 },
];

let n = 0;
/** A figure record as the extractor writes it, with only the fields a case sets. */
function fig(report: string, f: Partial<SpanFigure>): SpanFigure {
  const kind = f.kind ?? "target";
  return {
    id: `${report}-${kind === "result" ? "r" : "t"}-${++n}`,
    report, city: report.split("-")[0]!, kind, year: f.year ?? Number(report.split("-")[1]), base_year: null, period: null,
    metric: "gdp_growth", label_zh: "地区生产总值增长", label_en: "GDP growth", value: 6.5, min: null, max: null, unit: "%",
    qualifier: null, estimate: false, direction: "up", quote: "地区生产总值增长6.5%", paragraph: "p-1", url: `/reports/${report}/#p-1`,
    ...f,
  };
}

describe("trackTargets: pairing a target of P-Y with the outcome for Y in P-(Y+1)", () => {
  it("pairs the single-year result of the same indicator and judges it", () => {
    const t = fig("ceshi-2020", { value: 6.5, qualifier: "approx" });
    const o = fig("ceshi-2021", { kind: "result", year: 2020, value: 3.9, estimate: true });
    const { records } = trackTargets([t, o], reports, metrics);
    expect(records).toEqual([
      expect.objectContaining({ id: t.id, place: "ceshi", metric: "gdp_growth", year: 2020, target_report: "ceshi-2020", target_figure: t.id, outcome_report: "ceshi-2021", outcome_figure: o.id, status: "missed" }),
    ]);
  });

  it("never takes a five-year average, a cumulative change, another base year or the next year's target for the outcome", () => {
    const t = fig("ceshi-2020", { value: 6.5 });
    const decoys = [
      fig("ceshi-2021", { kind: "result", year: 2020, period: [2016, 2020], value: 7, quote: "“十三五”时期地区生产总值年均增长7%" }),
      fig("ceshi-2021", { kind: "result", year: 2020, base_year: 2015, value: 40, quote: "地区生产总值比2015年增长40%" }),
      fig("ceshi-2021", { kind: "target", year: 2021, value: 8, quote: "2021年地区生产总值增长8%左右" }),
      fig("ceshi-2021", { kind: "target", year: 2025, period: [2021, 2025], value: 7, quote: "“十四五”时期年均增长7%" }),
    ];
    const { records } = trackTargets([t, ...decoys], reports, metrics);
    expect(records).toHaveLength(1);
    expect(records[0]!.status).toBe("not_comparable");
    expect(records[0]!.outcome_figure).toBe(decoys[1]!.id);
    expect(records[0]!.rule).toContain("比2015年");
  });

  it("says not_reported when the next report states no figure at all for the indicator", () => {
    const t = fig("ceshi-2020", { metric: "retail_sales_growth", value: 5 });
    const { records } = trackTargets([t, fig("ceshi-2021", { kind: "result", year: 2020 })], reports, metrics);
    expect(records).toEqual([expect.objectContaining({ status: "not_reported", outcome_figure: null, rule_id: "no_outcome" })]);
  });

  it("judges an outcome written at another magnitude of the target's unit, and calls another unit another basis", () => {
    const t = fig("ceshi-2020", { metric: "urban_jobs_new", value: 1.1, unit: "万人", direction: null, quote: "城镇新增就业1.1万人" });
    const o = fig("ceshi-2021", { kind: "result", year: 2020, metric: "urban_jobs_new", value: 12389, unit: "人", direction: null, quote: "城镇新增就业12389人" });
    expect(trackTargets([t, o], reports, metrics).records[0]).toMatchObject({ status: "met", outcome_figure: o.id, rule: "下限：结果 12389人 对目标 11000人，达到目标，完成" });
    const other = { ...o, unit: "户" };
    expect(trackTargets([t, other], reports, metrics).records[0]).toMatchObject({ status: "not_comparable", outcome_figure: o.id });
  });

  it("says not_reported, not not_comparable, when the next report gives the indicator only over several years, in any unit", () => {
    const t = fig("ceshi-2020", { metric: "zombie_enterprises_disposed", value: 70, unit: "户", direction: null, quote: "处置“僵尸企业”70户" });
    const total = { kind: "result" as const, year: 2020, period: [2016, 2020] as [number, number], metric: "zombie_enterprises_disposed", direction: null };
    for (const unit of ["家", "户"]) {
      const o = fig("ceshi-2021", { ...total, value: 291, unit, quote: `五年来处置“僵尸企业”291${unit}` });
      const { records } = trackTargets([t, o], reports, metrics);
      expect(records).toEqual([expect.objectContaining({ status: "not_reported", outcome_figure: null, rule_id: "no_outcome" })]);
    }
    // The same figure for the one year, in another unit, is the same question on another basis.
    const single = fig("ceshi-2021", { ...total, period: null, value: 61, unit: "家" });
    expect(trackTargets([t, single], reports, metrics).records[0]).toMatchObject({ status: "not_comparable", outcome_figure: single.id });
  });

  it("says not_comparable for the same question on another basis: surveyed against registered unemployment, a level against a growth rate", () => {
    const related = metrics.some((m) => (m.related ?? []).includes("registered_unemployment_rate") || (m.id === "registered_unemployment_rate" && (m.related ?? []).length));
    const t = fig("ceshi-2020", { metric: "registered_unemployment_rate", value: 4.5, qualifier: "at_most", direction: null });
    const o = fig("ceshi-2021", { kind: "result", year: 2020, metric: "surveyed_unemployment_rate", value: 5.2, direction: null });
    const { records } = trackTargets([t, o], reports, metrics);
    expect(related).toBe(true);
    expect(records[0]).toMatchObject({ status: "not_comparable", outcome_figure: o.id });
  });

  it("judges a ceiling on the air's PM2.5 against the level the next report gives (控制在35微克/立方米以内)", () => {
    const pm = { metric: "pm25_concentration", label_zh: "PM2.5平均浓度", label_en: "PM2.5 concentration", unit: "微克/立方米", direction: null };
    const t = fig("ceshi-2020", { ...pm, value: 35, max: 35, qualifier: "at_most", quote: "PM2.5平均浓度控制在35微克/立方米以内" });
    const met = fig("ceshi-2021", { ...pm, kind: "result", year: 2020, value: 33, quote: "PM2.5平均浓度降到33微克/立方米" });
    expect(trackTargets([t, met], reports, metrics).records[0]).toMatchObject({ status: "met", outcome_figure: met.id });
    const over = fig("ceshi-2021", { ...pm, kind: "result", year: 2020, value: 38, quote: "PM2.5平均浓度38微克/立方米" });
    expect(trackTargets([t, over], reports, metrics).records[0]).toMatchObject({ status: "missed", outcome_figure: over.id });
  });

  it("lists a target without an indicator id as not tracked, and leaves targets whose next report is missing alone", () => {
    const loose = fig("ceshi-2020", { metric: null, label_en: null, quote: "新建5G基站500个" });
    const later = fig("ceshi-2021", { value: 7 });
    const alone = fig("other-2020", { value: 7 });
    const { records, untracked } = trackTargets([loose, later, alone], reports, metrics);
    expect(records).toEqual([]);
    expect(untracked).toEqual([loose]);
  });

  it("lists the targets with an indicator id of a report without a next year's report as awaiting it, in report and document order", () => {
    const later = fig("ceshi-2021", { value: 7 });
    const alone = fig("other-2020", { value: 7 });
    const loose = fig("other-2020", { metric: null, label_en: null, quote: "新建5G基站500个" });
    const aim = fig("other-2020", { period: [2021, 2025] });
    const result = fig("other-2020", { kind: "result", year: 2019 });
    const unknown = fig("other-2020", { metric: "no_such_metric" });
    const { records, untracked, awaiting } = trackTargets([alone, loose, aim, result, unknown, later], reports, metrics);
    expect(records).toEqual([]);
    expect(untracked).toEqual([]);
    expect(awaiting).toEqual([later, alone]);
    // A place's only report: its targets await the next, none is a record of the downloads.
    const only = fig("solo-2023", { value: 5 });
    expect(trackTargets([only], [{ id: "solo-2023", place: "solo", year: 2023 }], metrics)).toEqual({ records: [], untracked: [], awaiting: [only] });
  });

  it("says in both languages that a target awaiting the next report is not judged yet", () => {
    expect(awaitingRule(2024, 2023)).toBe("待报告：本站尚未收录2024年报告，待其给出2023年这一指标的数字后判断");
    expect(awaitingRule(2024, 2023, "en")).toMatch(/^Awaiting the next report: the site has no 2024 report yet; .*2023/);
  });

  it("calls all of a group counted again (5413人…全部实现脱贫 against 5557人) another basis, not a shortfall; without 全部 a smaller number is missed", () => {
    const poverty = { metric: "poverty_exits_people", label_zh: "完成脱贫", label_en: null, unit: "人", direction: null };
    const t = fig("ceshi-2020", { ...poverty, value: 5557, quote: "集中力量全面完成1765户5557人脱贫" });
    const all = fig("ceshi-2021", { ...poverty, kind: "result", year: 2020, value: 5413, quote: "5413人贫困人口全部实现脱贫" });
    const [recount] = trackTargets([t, all], reports, metrics).records;
    expect(recount).toMatchObject({ status: "not_comparable", rule_id: "other_basis", outcome_figure: all.id });
    expect(recount!.rule).toBe("口径不同：2021年报告给出的是另一口径的数字（结果为“全部”的5413人，与目标的5557人是两次不同的计数），不能与目标相比");
    const some = fig("ceshi-2021", { ...poverty, kind: "result", year: 2020, value: 5413, quote: "5413人实现脱贫，全部村庄通过验收" });
    expect(trackTargets([t, some], reports, metrics).records[0]).toMatchObject({ status: "missed", rule_id: "floor" });
    const more = fig("ceshi-2021", { ...poverty, kind: "result", year: 2020, value: 5600, quote: "5600人贫困人口全部实现脱贫" });
    expect(trackTargets([t, more], reports, metrics).records[0]).toMatchObject({ status: "met", rule_id: "floor" });
    // A group counted in 名 is counted in persons, as the indicator counts them: 1047名…全部脱贫 against 1049人.
    const t2 = fig("ceshi-2020", { ...poverty, value: 1049, quote: "1049人稳定脱贫" });
    const named = fig("ceshi-2021", { ...poverty, kind: "result", year: 2020, value: 1047, unit: "名", quote: "1047名贫困人口全部脱贫" });
    const [byName] = trackTargets([t2, named], reports, metrics).records;
    expect(byName).toMatchObject({ status: "not_comparable", rule_id: "other_basis", outcome_figure: named.id });
    expect(byName!.rule).toBe("口径不同：2021年报告给出的是另一口径的数字（结果为“全部”的1047名，与目标的1049人是两次不同的计数），不能与目标相比");
  });

  it("calls an outcome that adds up several kinds, or names another administrative level, another basis; 与 inside a term is no list", () => {
    const kg = { metric: "kindergartens_built", unit: "所", direction: null, label_en: null };
    const t = fig("ceshi-2020", { ...kg, label_zh: "建成城镇小区配套幼儿园", value: 11, quote: "建成11所城镇小区配套幼儿园" });
    // The sum has no indicator id of its own (the ingest maps none): it is still the same question on another basis.
    const sum = fig("ceshi-2021", { ...kg, metric: null, kind: "result", year: 2020, label_zh: "改扩建中小学、幼儿园", value: 34, quote: "改扩建中小学、幼儿园34所" });
    const [r] = trackTargets([t, sum], reports, metrics).records;
    expect(r).toMatchObject({ status: "not_comparable", rule_id: "other_basis", outcome_figure: sum.id });
    expect(r!.rule).toBe("口径不同：2021年报告给出的是另一口径的数字（结果计的是“改扩建中小学、幼儿园”，目标计的是“建成城镇小区配套幼儿园”），不能与目标相比");
    // A same-scope outcome beside the sum is the one judged.
    const own = fig("ceshi-2021", { ...kg, kind: "result", year: 2020, label_zh: "建成城镇小区配套幼儿园", value: 9, quote: "建成城镇小区配套幼儿园9所" });
    expect(trackTargets([t, sum, own], reports, metrics).records[0]).toMatchObject({ status: "missed", outcome_figure: own.id });

    const ht = { metric: "high_tech_enterprises_new", unit: "家", direction: null, label_en: null };
    const region = fig("ceshi-2020", { ...ht, label_zh: "自治区农业高新技术企业", value: 2, quote: "自治区农业高新技术企业2家" });
    const nation = fig("ceshi-2021", { ...ht, kind: "result", year: 2020, label_zh: "新增国家级高新技术企业", value: 20, quote: "新增国家级高新技术企业20家" });
    expect(trackTargets([region, nation], reports, metrics).records[0]).toMatchObject({ status: "not_comparable", rule_id: "other_basis" });
    const plain = fig("ceshi-2021", { ...ht, kind: "result", year: 2020, label_zh: "新增高新技术企业", value: 20, quote: "新增高新技术企业20家" });
    expect(trackTargets([region, plain], reports, metrics).records[0]).toMatchObject({ status: "met" });

    const rd = { metric: "rd_intensity", unit: "%", direction: null, label_en: null };
    const rt = fig("ceshi-2020", { ...rd, label_zh: "全社会研究与试验发展经费投入强度", value: 1.6, quote: "全社会研究与试验发展经费投入强度达到1.6%" });
    const ro = fig("ceshi-2021", { ...rd, kind: "result", year: 2020, label_zh: "R&D经费投入强度", value: 1.27, quote: "R&D经费投入强度达到1.27%" });
    expect(trackTargets([rt, ro], reports, metrics).records[0]).toMatchObject({ status: "missed", rule_id: "floor" });
  });

  it("tells a sum of kinds from a word with 和 or 及 in it", () => {
    const scope = (a: string, b: string, unit = "个") => sameScope({ label_zh: a, unit }, { label_zh: b, unit });
    expect(scope("建设美丽小城镇", "建设美丽小城镇、美丽村庄")).toBe(false);
    expect(scope("改造老旧小区", "老旧小区和“三供一业”改造")).toBe(false);
    expect(scope("城市污水处理", "城市污水及垃圾处理")).toBe(false);
    expect(scope("卫生厕所普及率", "农村卫生厕所普及率提高到")).toBe(true);
    expect(scope("学前教育普及率", "学前教育毛入园率")).toBe(true);
    expect(scope("改造老旧小区惠及居民", "改造老旧小区")).toBe(true);
    expect(scope("全社会研究与试验发展经费投入强度", "R&D经费投入强度")).toBe(true);
    expect(scope("新增国家高新技术企业", "新增国家级高新技术企业")).toBe(true);
    expect(scope("自治区农业高新技术企业", "新增国家级高新技术企业")).toBe(false);
    // A rate of several kinds together is the whole's rate (Ningxia 2024's target, 2025's outcome: 人大代表建议321件、
    // 政协委员提案526件，办复率均达100%); a count of several kinds is a sum.
    expect(scope("人大代表议案建议、政协提案办复率全部", "办复率", "%")).toBe(true);
    expect(scope("人大代表议案建议、政协提案", "政协提案")).toBe(false);
  });

  it("ignores a target with a period (a five-year aim) and tracks every distinct statement of a year's target", () => {
    const aim = fig("ceshi-2020", { period: [2016, 2020], value: 7 });
    const a = fig("ceshi-2020", { value: 6.5 });
    const b = fig("ceshi-2020", { value: 6.5, quote: "全年地区生产总值增长6.5%" });
    const o = fig("ceshi-2021", { kind: "result", year: 2020, value: 6.6 });
    const { records } = trackTargets([aim, a, b, o], reports, metrics);
    expect(records.map((r) => [r.target_figure, r.status])).toEqual([[a.id, "met"], [b.id, "met"]]);
  });
});

describe("trackTargets: a running total is no outcome", () => {
  it("never judges a year's target by a total to that year (累计), even one given that year alone", () => {
    const t = fig("ceshi-2020", { metric: "urban_jobs_new", value: 1, unit: "万人", direction: null, quote: "城镇新增就业1万人" });
    const total = fig("ceshi-2021", { kind: "result", year: 2020, metric: "urban_jobs_new", value: 5, unit: "万人", direction: null, quote: "一年来，累计新增就业5万人" });
    expect(trackTargets([t, total], reports, metrics).records[0]).toMatchObject({ status: "not_reported", outcome_figure: null });
    const year = { ...total, id: "ceshi-2021-r-y", quote: "全年城镇新增就业1.2万人", value: 1.2 };
    expect(trackTargets([t, total, year], reports, metrics).records[0]).toMatchObject({ status: "met", outcome_figure: year.id });
  });
});

describe("trackTargets: an indicator where neither way is better (人口自然增长率, Dali 2014)", () => {
  const natural = { metric: "natural_population_growth_rate", label_zh: "人口自然增长率", label_en: "Natural population growth rate", unit: "‰", direction: null };

  it("judges a ceiling the text sets: 人口自然增长率控制在6‰以内 → 人口自然增长率为2.6‰, met; 控制在6‰左右 → 6.3‰, missed", () => {
    const t = fig("ceshi-2020", { ...natural, value: 6, max: 6, qualifier: "at_most", quote: "人口自然增长率控制在6‰以内" });
    const o = fig("ceshi-2021", { ...natural, kind: "result", year: 2020, value: 2.6, quote: "人口自然增长率为2.6‰" });
    expect(trackTargets([t, o], reports, metrics).records).toEqual([expect.objectContaining({ status: "met", rule_id: "ceiling" })]);
    const about = fig("ceshi-2020", { ...natural, value: 6, max: 6, qualifier: "approx", quote: "人口自然增长率控制在6‰左右" });
    const higher = fig("ceshi-2021", { ...natural, kind: "result", year: 2020, value: 6.3, quote: "人口自然增长率为6.3‰" });
    expect(trackTargets([about, higher], reports, metrics).records).toEqual([expect.objectContaining({ status: "missed", rule_id: "ceiling" })]);
  });

  it("lists a target with no ceiling (人口自然增长率为8‰左右) as not tracked, and awaits none", () => {
    const t = fig("ceshi-2020", { ...natural, value: 8, qualifier: "approx", quote: "人口自然增长率为8‰左右" });
    const o = fig("ceshi-2021", { ...natural, kind: "result", year: 2020, value: 7.1, quote: "人口自然增长率为7.1‰" });
    const tracking = trackTargets([t, o], reports, metrics);
    expect(tracking.records).toEqual([]);
    expect(tracking.untracked.map((f) => f.id)).toEqual([t.id]);
    const alone = fig("other-2020", { ...natural, value: 8, qualifier: "approx", quote: "人口自然增长率为8‰左右" });
    expect(trackTargets([alone], reports, metrics).awaiting).toEqual([]);
  });
});
