/**
 * The tracker in English: status words, each rule's English text worked out from the same figures by the same
 * rules as the published Chinese one (which stays as it is), the chart model's words, the readers' badges.
 */
import { describe, expect, it } from "vitest";
import { publicFigure } from "../../../src/lib/figures/export.ts";
import type { Figure } from "../../../src/lib/schema/figure.ts";
import type { Metric } from "../../../src/lib/schema/metric.ts";
import type { Place } from "../../../src/lib/schema/place.ts";
import { trackerStatuses, type TrackerRecord } from "../../../src/lib/schema/tracker.ts";
import { trackerAnnotations } from "../../../src/lib/tracker/annotations.ts";
import { regionLabel, tickEn, trackerChart } from "../../../src/lib/tracker/chart.ts";
import { judge, type JudgedFigure } from "../../../src/lib/tracker/judge.ts";
import { noOutcomeRule, otherBasisRule, plainRule, trackTargets, type SpanFigure } from "../../../src/lib/tracker/pair.ts";
import { placeShort, ruleParts, shortNameEn, statusLabels, statusWord, trackerRows } from "../../../src/lib/tracker/view.ts";
import { RAW_IDS, metrics, real } from "../figures/helpers.ts";

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/u;
const metric = (id: string): Metric => metrics.find((m) => m.id === id)!;
const fig = (f: Partial<JudgedFigure>): JudgedFigure => ({ value: null, min: null, max: null, unit: "%", qualifier: null, direction: "up", estimate: false, ...f });
/** An English rule's text, the Chinese terms in it left out. */
const english = (parts: ReturnType<typeof ruleParts>) => parts.map((p) => (typeof p === "string" ? p : "")).join("");

describe("status words", () => {
  it("has a symbol and a word in each language for every status", () => {
    expect(trackerStatuses.map((s) => statusWord(s, "en"))).toEqual(["Met", "Near", "Missed", "Not reported", "Not comparable"]);
    expect(trackerStatuses.map((s) => statusWord(s))).toEqual(trackerStatuses.map((s) => statusLabels[s].zh));
    expect(new Set(trackerStatuses.map((s) => statusLabels[s].symbol)).size).toBe(trackerStatuses.length);
  });
});

describe("judge in English", () => {
  it("gives the same judgement with the rule in English, both numbers in it", () => {
    const zh = judge(fig({ value: 6.5, qualifier: "approx" }), fig({ value: 0.3 }), metric("gdp_growth"))!;
    const en = judge(fig({ value: 6.5, qualifier: "approx" }), fig({ value: 0.3 }), metric("gdp_growth"), "en")!;
    expect({ ...en, rule: "" }).toEqual({ ...zh, rule: "" });
    expect(en.rule).toBe("Approximate or range target: outcome 0.3% against a target of 6.5%, 6.2 percentage points short: more than 0.5 points short counts as missed");
  });

  it("names each rule and its verdict, and an estimate as an estimate", () => {
    const floor = judge(fig({ value: 2 }), fig({ value: 5.4, direction: "down" }), metric("budget_revenue_growth"), "en")!;
    expect(floor.rule).toBe("Floor: outcome −5.4% against a target of 2%: target not reached, missed");
    const near = judge(fig({ value: 6.5, qualifier: "approx" }), fig({ value: 6.0, estimate: true }), metric("gdp_growth"), "en")!;
    expect(near.rule).toBe("Approximate or range target: outcome 6% against a target of 6.5%, 0.5 percentage points short: within 0.5 points counts as near (the outcome is an estimate)");
    const ceiling = judge(fig({ value: 4.5, max: 4.5, qualifier: "at_most", direction: null }), fig({ value: 3.9, direction: null }), metric("registered_unemployment_rate"), "en")!;
    expect(ceiling.rule).toBe("Ceiling: outcome 3.9% against a ceiling of 4.5%: not above the ceiling, met");
    const reduction = judge(fig({ value: 3, direction: "down" }), fig({ value: 2, direction: "up" }), metric("pm25_concentration_change"), "en")!;
    expect(reduction.rule).toBe("Reduction: outcome up 2% against a targeted fall of 3%: the fall falls short of the target, missed");
    const count = judge(fig({ value: 130, unit: "亿元" }), fig({ value: 144, unit: "亿元" }), metric("investment_attracted"), "en")!;
    expect(count.rule).toBe("Floor: outcome 14.4 billion yuan against a target of 13 billion yuan: target reached, met");
  });

  it("says why a figure cannot be compared, quoting a Chinese unit as a Chinese term, and when none was reported", () => {
    const unit = otherBasisRule(2021, { unit: "万人", metric: "urban_jobs_new", label_zh: "新增城镇就业", label_en: "New urban jobs", value: 1.2, quote: "城镇新增就业1.2万人" }, { unit: "人", value: 11000, label_zh: "城镇新增就业" }, { id: "urban_jobs_new", unit: "people" }, "en");
    expect(unit).toEqual([
      "Not comparable: the 2021 report gives a figure on another basis, which cannot be compared with the target: ",
      "given in ",
      { zh: "万人" },
      " where the target is in ",
      { zh: "人" },
    ]);
    expect(plainRule(unit, "en")).toBe("Not comparable: the 2021 report gives a figure on another basis, which cannot be compared with the target: given in wanren where the target is in ren");
    const other = otherBasisRule(2021, { unit: "%", metric: "registered_unemployment_rate", label_zh: "城镇登记失业率", label_en: "Urban registered unemployment rate", value: 3.9, quote: "城镇登记失业率3.9%" }, { unit: "%", value: 4.5, label_zh: "城镇调查失业率" }, { id: "surveyed_unemployment_rate", unit: "percent" }, "en");
    expect(plainRule(other, "en")).toMatch(/: another indicator, “Urban registered unemployment rate”$/);
    const base = otherBasisRule(2021, { unit: "%", metric: "x", label_zh: "", label_en: null, base_year: 2015, value: 40, quote: "比2015年增长40%" }, { unit: "%", value: 6, label_zh: "" }, { id: "x", unit: "percent" }, "en");
    expect(plainRule(base, "en")).toMatch(/: measured against 2015 rather than the year before$/);
    const sum = { unit: "所", metric: "kindergartens_built", label_zh: "改扩建中小学、幼儿园", label_en: null, value: 34, quote: "改扩建中小学、幼儿园34所" };
    expect(otherBasisRule(2021, sum, { unit: "所", value: 11, label_zh: "建成城镇小区配套幼儿园" }, { id: "kindergartens_built", unit: "count" }, "en").slice(1)).toEqual([
      "the outcome counts “",
      { zh: "改扩建中小学、幼儿园" },
      "”, the target “",
      { zh: "建成城镇小区配套幼儿园" },
      "”",
    ]);
    // In plain English text the Chinese terms are pinyin, their punctuation English.
    expect(plainRule(otherBasisRule(2021, sum, { unit: "所", value: 11, label_zh: "建成城镇小区配套幼儿园" }, { id: "kindergartens_built", unit: "count" }, "en"), "en")).toMatch(
      /: the outcome counts “gai kuojian zhong xiaoxue, you'er yuan”, the target “jiancheng chengzhen xiaoqu peitao you'er yuan”$/,
    );
    const quoted = { ...sum, label_zh: "老旧小区和“三供一业”改造", quote: "老旧小区和“三供一业”改造500万平方米", unit: "万平方米", value: 500 };
    expect(plainRule(otherBasisRule(2021, quoted, { unit: "万平方米", value: 15, label_zh: "改造老旧小区" }, { id: "kindergartens_built", unit: "count" }, "en"), "en")).not.toMatch(
      /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/,
    );
    const all = { unit: "人", metric: "poverty_exits_people", label_zh: "贫困人口全部实现脱贫", label_en: null, value: 5413, quote: "5413人贫困人口全部实现脱贫" };
    expect(plainRule(otherBasisRule(2021, all, { unit: "人", value: 5557, label_zh: "完成脱贫" }, { id: "poverty_exits_people", unit: "people" }, "en"), "en")).toMatch(
      /: the outcome is all of a group \(“quanbu”, 5413 ren\), a count other than the target's 5557 ren$/,
    );
    expect(noOutcomeRule(2021, 2020, "en")).toBe("Not reported: the 2021 report gives no single-year figure for this indicator in 2020");
  });
});

describe("the rules of the real reports in both languages", () => {
  const extracted = RAW_IDS.map((id) => real(id));
  const figures = extracted.flatMap((e) => e.figures.map(publicFigure)) as SpanFigure[];
  const reports = extracted.map((e) => ({ id: e.doc.meta.id, place: e.doc.meta.place, year: e.doc.meta.year }));
  const { records } = trackTargets(figures, reports, metrics);
  const rows = trackerRows(records, figures, metrics);

  it("keeps the published Chinese rule, and works out an English one for every record, in English apart from marked terms", () => {
    expect(rows.length).toBeGreaterThan(100);
    const byRule = new Map<string, string>();
    for (const row of rows) {
      expect(ruleParts(row)).toEqual([row.record.rule]);
      const en = english(ruleParts(row, "en"));
      expect(CJK.test(en), en).toBe(false);
      byRule.set(row.record.rule_id, en);
    }
    expect(Object.fromEntries([...byRule].map(([id, text]) => [id, text.split(":")[0]]))).toMatchObject({
      floor: "Floor",
      no_outcome: "Not reported",
      other_basis: "Not comparable",
    });
  });

  it("gives the same verdict in English as the published record: the status word ends the English rule", () => {
    for (const row of rows.filter((r) => !["no_outcome", "other_basis"].includes(r.record.rule_id))) {
      const en = english(ruleParts(row, "en"));
      expect(en.replace(/ \(the outcome is an estimate\)$/, "")).toMatch(new RegExp(`${statusWord(row.record.status, "en").toLowerCase()}$`));
      expect(en.includes("estimate")).toBe(Boolean(row.outcome?.estimate));
    }
  });
});

describe("names and the chart model in English", () => {
  const places: Place[] = [
    { id: "qu", name_zh: "宁夏回族自治区", name_en: "Ningxia Hui Autonomous Region", level: "province", parent: null },
    { id: "shi", name_zh: "中卫市", name_en: "Zhongwei", level: "city", parent: "qu" },
  ];
  const gdp = metric("gdp_growth");
  const figure = (f: Partial<Figure>): Figure => ({
    id: "x", report: "x-2020", city: "x", kind: "target", year: 2020, base_year: null, period: null, metric: "gdp_growth", label_zh: "地区生产总值增长", label_en: "GDP growth",
    value: 6.5, min: null, max: null, unit: "%", qualifier: null, estimate: false, direction: "up", quote: "地区生产总值增长6.5%", paragraph: "p-1", url: "/reports/x-2020/#p-1", ...f,
  });
  const record = (place: string, status: TrackerRecord["status"]): TrackerRecord => ({
    id: `${place}-2020-t-1`, place, metric: "gdp_growth", year: 2020, target_report: `${place}-2020`, target_figure: `${place}-2020-t-1`, outcome_report: `${place}-2021`, outcome_figure: `${place}-2021-r-1`, status, rule_id: "floor_approx", rule: "",
  });

  it("shortens English place names as the Chinese ones are shortened", () => {
    expect(["Ningxia Hui Autonomous Region", "Inner Mongolia Autonomous Region", "Xinjiang Uygur Autonomous Region", "Guangxi Zhuang Autonomous Region", "Zhongwei", "Hebei Province"].map(shortNameEn)).toEqual([
      "Ningxia", "Inner Mongolia", "Xinjiang", "Guangxi", "Zhongwei", "Hebei",
    ]);
    expect(placeShort(places[0]!, "en")).toBe("Ningxia");
    expect(placeShort(places[0]!)).toBe("宁夏");
    expect(regionLabel("Ningxia Hui Autonomous Region", "en")).toBe("Ningxia (region)");
  });

  it("writes ticks, target and outcome texts and the region's rule in English", () => {
    const rows = [
      { record: record("shi", "missed"), target: figure({ qualifier: "approx" }), outcome: figure({ kind: "result", value: 0.3, direction: "down", estimate: true }), metric: gdp },
      { record: record("qu", "missed"), target: figure({ qualifier: "approx" }), outcome: figure({ kind: "result", value: 3.9 }), metric: gdp },
    ];
    const en = trackerChart(rows, places, "en");
    const zh = trackerChart(rows, places);
    expect(en.rows.map((r) => [r.target, r.outcome])).toEqual(zh.rows.map((r) => [r.target, r.outcome]));
    expect(en.rows.map((r) => [r.targetText, r.outcomeText])).toEqual([["about 6.5%", "3.9%"], ["about 6.5%", "est. down 0.3%"]]);
    expect(zh.rows.map((r) => r.targetText)).toEqual(["地区生产总值增长6.5%", "地区生产总值增长6.5%"]);
    expect(en.rule!.label).toBe("Ningxia (region) target");
    expect(en.ticks.map((t) => t.label).every((l) => /^−?[\d.]+%$/.test(l))).toBe(true);
    expect(en.unitNote).toBe("");
  });

  it("gives count ticks as short numbers, the unit said once", () => {
    expect([tickEn(0, "万亩"), tickEn(120, "万亩"), tickEn(20, "万亩"), tickEn(500, "户"), tickEn(1500, "户"), tickEn(6.5, "%"), tickEn(-2, "%")]).toEqual([
      "0", "1.2M", "200k", "500", "1.5k", "6.5%", "−2%",
    ]);
    const rows = [{ record: record("shi", "met"), target: figure({ value: 14.6, unit: "万亩" }), outcome: figure({ kind: "result", value: 16.8, unit: "万亩" }), metric: metric("afforestation_area") }];
    expect(trackerChart(rows, places, "en").unitNote).toBe("mu");
    expect(trackerChart(rows, places).unitNote).toBe("");
  });

  it("badges the readers' figures in English, linking to English pages", () => {
    const target = figure({ id: "shi-2020-t-1", report: "shi-2020", qualifier: "approx", url: "/reports/shi-2020/#p-3" });
    const outcome = figure({ id: "shi-2021-r-1", kind: "result", report: "shi-2021", value: 0.3, url: "/reports/shi-2021/#p-9" });
    const r = { ...record("shi", "missed"), rule: "约数或区间目标：…" };
    const en = trackerAnnotations([r], [target, outcome], "en", metrics);
    expect(en.get(target.id)).toMatchObject({ href: "/en/tracker/shi/#shi-2020-t-1", symbol: "✗", text: "Missed" });
    expect(en.get(target.id)!.more).toMatch(/^ \(target tracker: Approximate or range target: outcome 0.3% against a target of 6.5%/);
    expect(en.get(outcome.id)).toMatchObject({ href: "/en/tracker/shi/#shi-2020-t-1", symbol: "✗", text: "2020 target: missed", className: "track track--answers track--missed" });
    expect(en.get(outcome.id)!.more).toMatch(/^ \(GDP growth · target about 6\.5%; Approximate or range target: outcome 0\.3% against a target of 6\.5%/);
    for (const a of en.values()) expect(CJK.test(`${a.text}${a.more}`)).toBe(false);
    const zh = trackerAnnotations([r], [target, outcome]);
    expect(zh.get(target.id)).toMatchObject({ href: "/tracker/shi/#shi-2020-t-1", text: "未完成", more: "（目标跟踪：约数或区间目标：…）" });
    expect(zh.get(outcome.id)).toMatchObject({ href: "/tracker/shi/#shi-2020-t-1", symbol: "✗", text: "2020年目标：未完成", more: `（目标：${target.quote}；约数或区间目标：…）` });
  });
});
