/**
 * Places of several provinces on the indicator pages, on small fixtures: each city is compared only with its
 * own province's target (the province's report of the same year), a city whose province has no report gets no
 * reference line, the legend and the chart's text name each province; and an indicator's page lists as not
 * mentioning it only the places with a report of that year.
 */
import { describe, expect, it } from "vitest";
import { dumbbellModel } from "../../../src/lib/charts/dumbbell.ts";
import { markRows } from "../../../src/lib/charts/rows.ts";
import { groupRows, indicatorChart } from "../../../src/lib/indicators/chart.ts";
import { groupByMetric } from "../../../src/lib/indicators/group.ts";
import { metricPage } from "../../../src/lib/indicators/metric-page.ts";
import { parentsIn, placeInfos } from "../../../src/lib/indicators/places.ts";
import type { MetricInfo } from "../../../src/lib/indicators/types.ts";
import { placesLegend } from "../../../src/lib/indicators/year-page.ts";
import type { Figure } from "../../../src/lib/schema/figure.ts";
import { fig } from "../charts/fixtures.ts";

const metrics: MetricInfo[] = [
  { id: "gdp_growth", label_zh: "地区生产总值增长", label_en: "GDP growth", better: "up", category: "economy", measure: "change" },
];

/** GDP growth stated in a place's report of a plan year: the result of the year before, or the year's target. */
const gdpOf = (city: string, kind: "result" | "target", plan: number, value: number): Figure =>
  fig({
    city,
    kind,
    report: `${city}-${plan}`,
    year: kind === "result" ? plan - 1 : plan,
    metric: "gdp_growth",
    label_zh: "地区生产总值增长",
    value,
    quote: `地区生产总值增长${value}%`,
  });

/** Two provinces with a city each, and a city whose province has no report; listed with the cities first. */
const places = placeInfos(
  [
    { id: "zhongwei", name_zh: "中卫市", name_en: "Zhongwei", parent: "ningxia" },
    { id: "lijiang", name_zh: "丽江市", name_en: "Lijiang", parent: "yunnan" },
    { id: "sanya", name_zh: "三亚市", name_en: "Sanya", parent: "hainan" },
    { id: "ningxia", name_zh: "宁夏回族自治区", name_en: "Ningxia Hui Autonomous Region", parent: null },
    { id: "yunnan", name_zh: "云南省", name_en: "Yunnan Province", parent: null },
    { id: "hainan", name_zh: "海南省", name_en: "Hainan Province", parent: null },
  ],
  ["zhongwei", "lijiang", "sanya", "ningxia", "yunnan"],
);

const figures = [
  gdpOf("ningxia", "target", 2023, 5),
  gdpOf("zhongwei", "result", 2023, 3),
  gdpOf("zhongwei", "target", 2023, 6),
  gdpOf("yunnan", "target", 2023, 9),
  gdpOf("lijiang", "result", 2023, 4),
  gdpOf("lijiang", "target", 2023, 7),
  gdpOf("sanya", "result", 2023, 8),
  gdpOf("sanya", "target", 2023, 10),
];

describe("places of several provinces", () => {
  it("put each province before its own cities, and know each place's province", () => {
    expect(places.map((p) => [p.id, p.parent, p.region])).toEqual([
      ["ningxia", null, true],
      ["zhongwei", "ningxia", false],
      ["yunnan", null, true],
      ["lijiang", "yunnan", false],
      ["sanya", "hainan", false],
    ]);
    expect(parentsIn(places).map((p) => p.id)).toEqual(["ningxia", "yunnan"]);
  });
});

describe("a chart of cities of several provinces", () => {
  const [group] = groupByMetric(figures, places, metrics, 2023);
  const rows = groupRows(group!);
  const model = dumbbellModel(markRows(rows));
  const rowOf = (key: string) => model.rows.find((r) => r.key === key)!;
  /** The rows a rule passes through. */
  const crossed = (rule: { y1: number; y2: number }) => model.rows.filter((r) => r.y > rule.y1 && r.y < rule.y2).map((r) => r.key);

  it("compares each city with its own province's target only", () => {
    expect(rows.map((r) => [r.key, r.parent])).toEqual([
      ["ningxia", null],
      ["zhongwei", "ningxia"],
      ["yunnan", null],
      ["lijiang", "yunnan"],
      ["sanya", "hainan"],
    ]);
    expect(model.rules.map((r) => [r.key, r.x, crossed(r)])).toEqual([
      ["ningxia", rowOf("ningxia").target!.x, ["ningxia", "zhongwei"]],
      ["yunnan", rowOf("yunnan").target!.x, ["yunnan", "lijiang"]],
    ]);
  });

  it("draws no line through a city whose province has no report, wherever its row is", () => {
    const reordered = dumbbellModel(markRows([rows[0]!, rows[4]!, rows[1]!]));
    expect(reordered.rules.map((r) => r.key)).toEqual(["ningxia", "ningxia"]);
    const sanya = reordered.rows[1]!;
    for (const rule of reordered.rules) expect(sanya.y < rule.y1 || sanya.y > rule.y2).toBe(true);
    const [alone] = groupByMetric(figures.filter((f) => ["ningxia", "lijiang", "sanya"].includes(f.city)), places, metrics, 2023);
    expect(dumbbellModel(markRows(groupRows(alone!))).rules).toEqual([]);
    expect(indicatorChart(alone!, { idPrefix: "a" })!.svg).not.toContain("data-rule");
    expect(indicatorChart(alone!, { idPrefix: "a" })!.desc).not.toContain("虚线");
  });

  it("says whose target each line is, in both languages", () => {
    const chart = indicatorChart(group!, { idPrefix: "p" })!;
    expect(chart.svg.match(/data-rule="region"/g)).toHaveLength(2);
    expect(chart.desc).toContain("虚线标出自治区的目标。虚线标出全省的目标。");
    const [en] = groupByMetric(figures, places, metrics, 2023, "en");
    expect(indicatorChart(en!, { idPrefix: "p", lang: "en" })!.desc).toContain(
      "The dashed line marks the target of Ningxia (region). The dashed line marks the target of Yunnan (province).",
    );
  });
});

describe("the legend of places of several provinces", () => {
  const rules = (lang?: "en") => placesLegend(places, [2022, 2023], lang).map((i) => i.text).filter((t) => /参照线|reference line/.test(t));

  it("names each province's reference line by its name, in both languages", () => {
    expect(rules()).toEqual(["宁夏（自治区）的2023年目标（参照线）", "云南（全省）的2023年目标（参照线）"]);
    expect(rules("en")).toEqual(["Ningxia (region) 2023 target (reference line)", "Yunnan (province) 2023 target (reference line)"]);
  });

  it("has no reference line for a province without its cities, nor for a city without its province", () => {
    const some = places.filter((p) => ["ningxia", "lijiang", "sanya"].includes(p.id));
    expect(placesLegend(some, [2022, 2023]).map((i) => i.text).filter((t) => t.includes("参照线"))).toEqual([]);
  });
});

describe("an indicator's page", () => {
  const page = metricPage(
    "gdp_growth",
    [
      gdpOf("ningxia", "target", 2022, 6),
      gdpOf("zhongwei", "result", 2022, 5),
      gdpOf("zhongwei", "target", 2022, 7),
      gdpOf("yunnan", "target", 2022, 8),
      gdpOf("zhongwei", "target", 2023, 6),
      { ...gdpOf("ningxia", "target", 2023, 4), metric: "grain_output", label_zh: "粮食产量" },
      gdpOf("lijiang", "result", 2023, 4),
      gdpOf("lijiang", "target", 2023, 7),
    ],
    places,
    metrics,
  );
  const absent = (year: number) => page.years.find((y) => y.year === year)!.group.absent.map((p) => p.id);

  it("lists as not mentioning the indicator only the places with a report of that year", () => {
    expect(absent(2022)).toEqual([]);
    expect(absent(2023)).toEqual(["ningxia"]);
    expect(page.years.find((y) => y.year === 2022)!.chart!.desc).not.toContain("丽江");
  });

  it("has a legend naming the reference line of a province only where a year charts it with one of its cities", () => {
    expect(page.legend.map((i) => i.text).filter((t) => t.includes("参照线"))).toEqual(["宁夏（自治区）的目标（参照线）"]);
  });
});
