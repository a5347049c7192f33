import { describe, expect, it } from "vitest";
import { categoryName, figuresByCategory, groupsByCategory } from "../../../src/lib/indicators/categories.ts";
import { groupRows, indicatorChart, sharedDomains, smallMultiples } from "../../../src/lib/indicators/chart.ts";
import { groupByMetric } from "../../../src/lib/indicators/group.ts";
import { headlineGroups, mainMetrics } from "../../../src/lib/indicators/headline.ts";
import type { CityInfo, MetricInfo } from "../../../src/lib/indicators/types.ts";
import { fig, gdp, investment, jobs, pm25, structure, unemployment } from "../charts/fixtures.ts";

const cities: CityInfo[] = [
  { id: "zhongwei", name_zh: "中卫市", short: "中卫" },
  { id: "shizuishan", name_zh: "石嘴山市", short: "石嘴山" },
];

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

const groups = groupByMetric(figures, cities, metrics);
const byId = (id: string) => groups.find((g) => g.id === id)!;

describe("groupByMetric", () => {
  it("makes one group per indicator with records, in the vocabulary's order, leaving unmapped records out", () => {
    expect(groups.map((g) => g.id)).toEqual(metrics.map((m) => m.id));
  });

  it("splits records by city (in the cities' order) and kind, in document order", () => {
    const g = byId("gdp_growth");
    expect(g.cities.map((c) => c.city.id)).toEqual(["zhongwei", "shizuishan"]);
    expect(g.cities[0]?.results).toEqual([gdp.zhongweiResult]);
    expect(g.cities[1]?.targets).toEqual([gdp.shizuishanTarget]);
  });

  it("calls an indicator paired when one city has both a result and a target, and says what is missing", () => {
    expect(byId("gdp_growth")).toMatchObject({ paired: true, gaps: "" });
    expect(byId("fixed_investment_growth")).toMatchObject({
      paired: true,
      gaps: "中卫只报告了2019年结果，未提目标",
    });
    expect(byId("new_urban_jobs").paired).toBe(true);
    expect(byId("industry_structure")).toMatchObject({
      paired: false,
      drawable: false,
      gaps: "中卫只报告了2019年结果，未提目标；石嘴山未提及",
    });
  });
});

describe("charts of groups", () => {
  it("take each city's first result and target, carrying the vocabulary's measure", () => {
    const rows = groupRows(byId("pm25_change"));
    expect(rows.map((r) => r.key)).toEqual(["zhongwei", "shizuishan"]);
    expect(rows[0]).toMatchObject({ result: null, target: null });
    expect(rows[1]?.target).toMatchObject({ measure: "change", value: 12 });
  });

  it("are drawn for drawable groups only, labelled with the indicator and the years", () => {
    const chart = indicatorChart(byId("gdp_growth"), { idPrefix: "c" });
    expect(chart?.title).toBe("gdp_growth：2019年结果与2020年目标");
    expect(chart?.svg).toContain('aria-labelledby="c-gdp_growth-title c-gdp_growth-desc"');
    expect(indicatorChart(byId("industry_structure"), { idPrefix: "c" })).toBeNull();
  });

  it("share one domain per unit across small multiples", () => {
    const domains = sharedDomains(groups);
    expect([...domains.keys()].sort()).toEqual(["%", "万人"]);
    const percent = domains.get("%")!;
    expect(percent[0]).toBeLessThan(-12);
    expect(percent[1]).toBeGreaterThanOrEqual(7);
    const charts = smallMultiples([byId("gdp_growth"), byId("pm25_change")], { idPrefix: "h" });
    const ticks = (svg: string) => [...svg.matchAll(/font-size="11">([^<]+)</g)].map((m) => m[1]);
    expect(ticks(charts[0]!.svg).filter((t) => t?.endsWith("%"))).toEqual(ticks(charts[1]!.svg).filter((t) => t?.endsWith("%")));
  });
});

describe("headlineGroups", () => {
  it("gives every main indicator a group, empty where no report states it", () => {
    const headline = headlineGroups(groups, cities, metrics);
    expect(headline.map((g) => g.id)).toEqual([...mainMetrics]);
    expect(headline[0]).toBe(byId("gdp_growth"));
    const retail = headline.find((g) => g.id === "retail_sales_growth")!;
    expect(retail).toMatchObject({ paired: false, drawable: false, gaps: "两市都未提及" });
    expect(retail.label_zh).toBe("社会消费品零售总额增长");
  });
});

describe("headline small multiples", () => {
  it("draw a range target as a band, a bound as a bar with an arrow and 持平 at zero, all on one scale", () => {
    const retailFloor = fig({
      city: "shizuishan",
      kind: "target",
      metric: "retail_sales_growth",
      value: 5,
      min: 5,
      qualifier: "at_least",
      quote: "社会消费品零售总额增长5%以上",
    });
    const retailResult = fig({ city: "zhongwei", kind: "result", metric: "retail_sales_growth", value: 2, estimate: true, quote: "社会消费品零售总额增长2%" });
    const all = groupByMetric([...figures, retailFloor, retailResult], cities, [...metrics, metric("retail_sales_growth", "consumption")]);
    const headline = headlineGroups(all, cities, metrics);
    const charts = smallMultiples(headline, { idPrefix: "h" });
    const svg = (id: string) => charts[headline.findIndex((g) => g.id === id)]!.svg;
    expect(svg("gdp_growth")).toMatch(/<rect [^>]*fill="#a0460a" fill-opacity="0.18"/);
    expect(svg("fixed_investment_growth")).toContain(">持平</text>");
    expect(svg("retail_sales_growth")).toMatch(/<path d="M[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+Z" fill="#a0460a"/);
    expect(svg("retail_sales_growth")).toContain(">5%以上</text>");
    const ticks = (s: string) => [...s.matchAll(/font-size="11">([^<]+%)</g)].map((m) => m[1]).join(" ");
    expect(ticks(svg("retail_sales_growth"))).toBe(ticks(svg("gdp_growth")));
    expect(charts.filter((c) => c === null)).toHaveLength(headline.filter((g) => !g.drawable).length);
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
