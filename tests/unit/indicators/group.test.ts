import { describe, expect, it } from "vitest";
import { categoryName, figuresByCategory, groupsByCategory } from "../../../src/lib/indicators/categories.ts";
import { groupRows, indicatorChart } from "../../../src/lib/indicators/chart.ts";
import { groupByMetric } from "../../../src/lib/indicators/group.ts";
import { keyFigures, mainMetrics } from "../../../src/lib/indicators/headline.ts";
import { placeInfos, shortName, type PlaceInfo } from "../../../src/lib/indicators/places.ts";
import type { MetricInfo } from "../../../src/lib/indicators/types.ts";
import { chartFigures, isSingleYear, planYears } from "../../../src/lib/indicators/years.ts";
import { fig, gdp, investment, jobs, pm25, structure, unemployment } from "../charts/fixtures.ts";

/** The region and its two cities, in the order of a places file. */
const places: PlaceInfo[] = placeInfos(
  [
    { id: "ningxia", name_zh: "宁夏回族自治区", parent: null },
    { id: "shizuishan", name_zh: "石嘴山市", parent: "ningxia" },
    { id: "zhongwei", name_zh: "中卫市", parent: "ningxia" },
  ],
  ["zhongwei", "shizuishan"],
);

const metric = (id: string, category: string, better: "up" | "down" = "up"): MetricInfo => ({
  id,
  label_zh: id,
  label_en: id,
  better,
  category,
  measure: "change",
});

const metrics: MetricInfo[] = [
  metric("gdp_growth", "economy"),
  metric("fixed_investment_growth", "investment"),
  metric("urban_unemployment_rate", "employment", "down"),
  metric("new_urban_jobs", "employment"),
  metric("pm25_change", "ecology", "down"),
  metric("industry_structure", "economy"),
];

const unmapped = fig({ city: "zhongwei", kind: "result", value: 68, unit: "万吨", label_zh: "粮食产量", quote: "粮食产量达68万吨" });

const figures = [
  ...Object.values(gdp),
  ...Object.values(investment),
  ...Object.values(unemployment),
  ...Object.values(jobs),
  ...Object.values(pm25),
  structure,
  unmapped,
].reverse();

const groups = groupByMetric(figures, places, metrics, 2020);
const byId = (id: string) => groups.find((g) => g.id === id)!;

describe("groupByMetric", () => {
  it("makes one group per indicator with records, in the vocabulary's order, leaving unmapped records out", () => {
    expect(groups.map((g) => g.id)).toEqual(metrics.map((m) => m.id));
  });

  it("splits records by place (in the places' order) and kind, in document order", () => {
    const g = byId("gdp_growth");
    expect(g.places.map((c) => c.place.id)).toEqual(["shizuishan", "zhongwei"]);
    expect(g.places[1]?.results).toEqual([gdp.zhongweiResult]);
    expect(g.places[0]?.targets).toEqual([gdp.shizuishanTarget]);
    expect(g.years).toEqual([2019, 2020]);
  });

  it("calls an indicator paired when one city has both a result and a target, and says what is missing", () => {
    expect(byId("gdp_growth")).toMatchObject({ paired: true, gaps: "" });
    expect(byId("fixed_investment_growth")).toMatchObject({
      paired: true,
      gaps: "只有2019年结果：中卫",
    });
    expect(byId("new_urban_jobs").paired).toBe(true);
    expect(byId("industry_structure")).toMatchObject({
      paired: false,
      drawable: false,
      gaps: "只有2019年结果：中卫；未提及：石嘴山",
    });
  });
});

describe("charts of groups", () => {
  it("take the first result and target of each place that states the indicator, carrying the vocabulary's measure", () => {
    const rows = groupRows(byId("pm25_change"));
    expect(rows.map((r) => r.key)).toEqual(["shizuishan"]);
    expect(rows[0]?.target).toMatchObject({ measure: "change", value: 12 });
    expect(byId("pm25_change").absent.map((p) => p.id)).toEqual(["zhongwei"]);
  });

  it("are drawn for drawable groups only, labelled with the indicator and the years", () => {
    const chart = indicatorChart(byId("gdp_growth"), { idPrefix: "c" });
    expect(chart?.title).toBe("gdp_growth：2019年结果与2020年目标");
    expect(chart?.svg).toContain('aria-labelledby="c-gdp_growth-title c-gdp_growth-desc"');
    expect(indicatorChart(byId("industry_structure"), { idPrefix: "c" })).toBeNull();
  });

  it("draw each place in its own style, and the region first, labelled as the region, its target a rule", () => {
    const withRegion = placeInfos(
      [
        { id: "ningxia", name_zh: "宁夏回族自治区", parent: null },
        { id: "zhongwei", name_zh: "中卫市", parent: "ningxia" },
      ],
      ["ningxia", "zhongwei"],
    );
    expect(withRegion.map((p) => [p.id, p.label, p.region])).toEqual([
      ["ningxia", "自治区", true],
      ["zhongwei", "中卫", false],
    ]);
    const regionTarget = { ...gdp.zhongweiTarget, id: "ningxia-2020-t-1", report: "ningxia-2020", city: "ningxia", value: 6.5 };
    const [g] = groupByMetric([regionTarget, gdp.zhongweiResult, gdp.zhongweiTarget], withRegion, metrics, 2020);
    const chart = indicatorChart(g!, { idPrefix: "r" })!;
    expect(chart.svg).toMatch(/data-row="ningxia"[^>]*>自治区</);
    expect(chart.svg).toContain('data-rule="region"');
    expect(chart.desc).toMatch(/^自治区：/);
    expect(chart.desc).toContain("虚线标出自治区的目标");
  });

});

describe("places", () => {
  it("shorten names without their administrative suffix", () => {
    expect(["中卫市", "宁夏回族自治区", "内蒙古自治区", "甘肃省"].map(shortName)).toEqual(["中卫", "宁夏", "内蒙古", "甘肃"]);
  });

  it("keep only places with reports, in the file's order, each styled by its position in the whole file", () => {
    expect(places.map((p) => p.id)).toEqual(["shizuishan", "zhongwei"]);
    expect(new Set(places.map((p) => p.style.color)).size).toBe(2);
  });
});

describe("years", () => {
  it("chart a plan year's single-year results of the year before and targets of the year", () => {
    const fiveYear = { ...gdp.zhongweiTarget, id: "zhongwei-2020-t-99", period: [2021, 2025] as [number, number], year: 2025 };
    const later = { ...gdp.zhongweiResult, id: "zhongwei-2021-r-1", report: "zhongwei-2021", year: 2020 };
    const based = { ...gdp.zhongweiResult, id: "zhongwei-2020-r-99", base_year: 2015 };
    // A running total given its year alone (`累计带动8.1万户脱贫` in the review of 2019) is no point of the year's chart.
    const total = { ...gdp.zhongweiResult, id: "zhongwei-2020-r-98", value: 8.1, unit: "万户", quote: "一年来，累计带动8.1万户脱贫" };
    const all = [gdp.zhongweiResult, gdp.zhongweiTarget, fiveYear, later, based, total];
    expect(chartFigures(all, 2020).map((f) => f.id)).toEqual([gdp.zhongweiResult.id, gdp.zhongweiTarget.id]);
    expect(chartFigures(all, 2021).map((f) => f.id)).toEqual([later.id]);
    expect(isSingleYear(fiveYear)).toBe(false);
    expect(isSingleYear(total)).toBe(false);
    expect(isSingleYear({ ...total, kind: "target", quote: "年内累计帮扶8.1万户" })).toBe(true);
    expect(planYears(all.map((f) => f.report))).toEqual([2020, 2021]);
  });

  it("leave out a figure of a part of the year, result or target (Jilin 2023: 地区生产总值累计降幅从一季度7.9%收窄至前三季度的1.6%)", () => {
    const quote = "地区生产总值累计降幅从一季度7.9%收窄至前三季度的1.6%";
    const q3 = { ...gdp.zhongweiResult, id: "zhongwei-2020-r-97", value: 1.6, unit: "%", quote };
    const q1 = { ...gdp.zhongweiResult, id: "zhongwei-2020-r-96", value: 7.9, unit: "%", quote };
    const half = { ...gdp.zhongweiResult, id: "zhongwei-2020-r-95", value: 6, unit: "%", quote: "上半年地区生产总值增长6%" };
    const months = { ...gdp.zhongweiResult, id: "zhongwei-2020-r-94", value: 12, unit: "%", quote: "1-11月全市地区生产总值增长12%" };
    // Wuhai 2024: `确保一季度开工率达到70%` is an aim for the first quarter, not the year's target.
    const start = { ...gdp.zhongweiTarget, id: "zhongwei-2020-t-98", value: 70, unit: "%", quote: "确保一季度开工率达到70%" };
    for (const f of [q3, q1, half, months, start]) expect(isSingleYear(f), f.quote).toBe(false);
    expect(chartFigures([gdp.zhongweiResult, gdp.zhongweiTarget, q3, q1, half, months, start], 2020).map((f) => f.id)).toEqual([gdp.zhongweiResult.id, gdp.zhongweiTarget.id]);
    expect(isSingleYear(gdp.zhongweiResult)).toBe(true);
  });
});

describe("keyFigures", () => {
  it("gives one report's main indicators, results of the year before and targets of its year", () => {
    const rows = keyFigures(figures, "zhongwei-2020", metrics);
    expect(rows.map((r) => r.id)).toEqual(mainMetrics.filter((id) => rows.some((r) => r.id === id)));
    expect(rows.find((r) => r.id === "gdp_growth")).toMatchObject({ results: [gdp.zhongweiResult], targets: [gdp.zhongweiTarget], href: "/indicators/gdp_growth/" });
    expect(rows.some((r) => r.results.some((f) => f.city !== "zhongwei"))).toBe(false);
  });

  it("shows a value the report states twice once, from its first statement", () => {
    const again = { ...gdp.zhongweiResult, id: "zhongwei-2020-r-99", paragraph: "p-99", url: "/reports/zhongwei-2020/#p-99" };
    const other = { ...gdp.zhongweiResult, id: "zhongwei-2020-r-98", paragraph: "p-98", value: 9.9 };
    const rows = keyFigures([...figures, again, other], "zhongwei-2020", metrics);
    expect(rows.find((r) => r.id === "gdp_growth")!.results.map((f) => f.id)).toEqual([gdp.zhongweiResult.id, other.id]);
  });
});

describe("categories", () => {
  it("group indicators and records by the vocabulary's categories, unmapped records last", () => {
    expect(groupsByCategory(groups, metrics).map((c) => [c.category, c.items.map((g) => g.id)])).toEqual([
      ["economy", ["gdp_growth", "industry_structure"]],
      ["investment", ["fixed_investment_growth"]],
      ["employment", ["urban_unemployment_rate", "new_urban_jobs"]],
      ["ecology", ["pm25_change"]],
    ]);
    const records = figuresByCategory(figures, metrics, ["zhongwei", "shizuishan"]);
    expect(records.map((c) => c.category)).toEqual(["economy", "investment", "employment", "ecology", "other"]);
    expect(records[0]?.items.slice(0, 4)).toEqual([gdp.zhongweiResult, gdp.zhongweiTarget, gdp.shizuishanResult, gdp.shizuishanTarget]);
    expect(records.at(-1)?.items).toEqual([unmapped]);
    expect(categoryName("ecology").zh).toBe("生态环境");
  });
});
