import { describe, expect, it } from "vitest";
import { TRACKER_CHART, trackerChart } from "../../../src/lib/tracker/chart.ts";
import type { Place } from "../../../src/lib/schema/place.ts";
import type { Figure } from "../../../src/lib/schema/figure.ts";
import type { TrackerRow } from "../../../src/lib/tracker/view.ts";
import { metrics } from "../figures/helpers.ts";

const places: Place[] = [
  { id: "qu", name_zh: "宁夏回族自治区", name_en: "Ningxia", level: "province", parent: null },
  { id: "shi", name_zh: "中卫市", name_en: "Zhongwei", level: "city", parent: "qu" },
];
const gdp = metrics.find((m) => m.id === "gdp_growth")!;
const fig = (f: Partial<Figure>): Figure => ({
  id: "x", report: "x-2020", city: "x", kind: "target", year: 2020, base_year: null, period: null, metric: "gdp_growth", label_zh: "地区生产总值增长", label_en: null,
  value: 6.5, min: null, max: null, unit: "%", qualifier: null, estimate: false, direction: "up", quote: "地区生产总值增长6.5%", paragraph: "p-1", url: "/reports/x-2020/#p-1", ...f,
});
const row = (place: string, target: Partial<Figure>, outcome: Partial<Figure> | null, status: TrackerRow["record"]["status"]): TrackerRow => ({
  record: { id: place, place, metric: "gdp_growth", year: 2020, target_report: `${place}-2020`, target_figure: "t", outcome_report: `${place}-2021`, outcome_figure: outcome ? "o" : null, status, rule_id: "floor", rule: "" },
  target: fig(target),
  outcome: outcome ? fig({ kind: "result", ...outcome }) : null,
  metric: gdp,
});

describe("trackerChart: the model the tracker's charts draw", () => {
  const model = trackerChart([row("shi", { value: 6.5, qualifier: "approx" }, { value: 0.3, direction: "down", quote: "地区生产总值下降0.3%" }, "missed"), row("qu", { value: 6.5, qualifier: "approx" }, { value: 3.9 }, "missed")], places);

  it("puts the region first, as the reference of its cities, and its target as a rule named as the region", () => {
    expect(model.rows.map((r) => [r.place.id, r.reference])).toEqual([["qu", true], ["shi", false]]);
    expect(model.rule!.label).toBe("宁夏（自治区）目标");
    expect(model.rule!.x).toBeCloseTo(model.rows[0]!.target[1]);
  });

  it("draws an approximate target as a band widened by its half-point tolerance, a fall below zero left of the zero line", () => {
    const [qu, shi] = model.rows as [(typeof model.rows)[0], (typeof model.rows)[0]];
    const unit = (qu.target[1] - qu.target[0]) / 0.5;
    expect(unit).toBeGreaterThan(0);
    expect(model.zero).not.toBeNull();
    expect(shi.outcome!).toBeLessThan(model.zero!);
    expect(shi.outcomeText).toBe("-0.3%");
    expect(qu.outcome!).toBeGreaterThan(model.zero!);
  });

  it("keeps every mark inside the plot and gives the height from the rows", () => {
    for (const r of model.rows) {
      for (const x of [...r.target, r.outcome ?? TRACKER_CHART.left]) {
        expect(x).toBeGreaterThanOrEqual(TRACKER_CHART.left);
        expect(x).toBeLessThanOrEqual(TRACKER_CHART.width - TRACKER_CHART.right);
      }
    }
    expect(model.height).toBe(TRACKER_CHART.top + TRACKER_CHART.bottom + 2 * TRACKER_CHART.row);
  });
});

describe("trackerChart: targets written with other magnitudes of one unit", () => {
  // The region's 7.2万人 beside a city's 7000人 target and 8687人 result (城镇新增就业).
  const model = trackerChart(
    [
      row("qu", { value: 7.2, unit: "万人", quote: "城镇新增就业7.2万人" }, { value: 7.5, unit: "万人" }, "met"),
      row("shi", { value: 7000, unit: "人", quote: "城镇新增就业7000人" }, { value: 8687, unit: "人" }, "met"),
    ],
    places,
  );
  const [qu, shi] = model.rows as [(typeof model.rows)[0], (typeof model.rows)[0]];
  /** The value a position stands for, read off two ticks (the scale is linear). */
  const valueAt = (x: number) => {
    const [t0, t1] = model.ticks as [(typeof model.ticks)[0], (typeof model.ticks)[0]];
    const v0 = Number.parseFloat(t0.label);
    const v1 = Number.parseFloat(t1.label);
    return v0 + ((x - t0.x) * (v1 - v0)) / (t1.x - t0.x);
  };

  it("draws every row in the first row's unit, on one scale", () => {
    expect(model.ticks.every((t) => t.label.endsWith("万人"))).toBe(true);
    expect(valueAt(qu.target[0])).toBeCloseTo(7.2, 5);
    expect(valueAt(shi.target[0])).toBeCloseTo(0.7, 5);
    expect(valueAt(shi.outcome!)).toBeCloseTo(0.8687, 5);
    expect(shi.outcomeText).toBe("0.87万人");
    expect(Math.max(...model.ticks.map((t) => Number.parseFloat(t.label)))).toBeLessThan(10);
  });
});

describe("trackerChart: a ceiling written as approximate (居民消费价格涨幅控制在3%左右)", () => {
  it("draws the target at its value: the half-point tolerance is a floor's, never a ceiling's", () => {
    const cpi = metrics.find((m) => m.id === "cpi_growth")!;
    const target = { metric: "cpi_growth", value: 3, max: 3, qualifier: "approx" as const, quote: "居民消费价格涨幅控制在3%左右" };
    const r = { ...row("shi", target, { value: 1.4, quote: "居民消费价格上涨1.4%" }, "met"), metric: cpi };
    const [shi] = trackerChart([r], places).rows;
    expect(shi!.target[0]).toBeCloseTo(shi!.target[1]);
    // Without the cap, the vocabulary's better direction (down) makes it a ceiling too.
    const [bare] = trackerChart([{ ...r, target: { ...r.target, max: null } }], places).rows;
    expect(bare!.target[0]).toBeCloseTo(bare!.target[1]);
  });
});

describe("trackerChart: one indicator charted for several years on one page", () => {
  const of = (year: number) => {
    const r = row("shi", { value: 6.5, year }, { value: 7, year }, "met");
    return trackerChart([{ ...r, record: { ...r.record, year } }], places);
  };

  it("names the year of its targets and gives each year's chart its own id", () => {
    const [a, b] = [of(2020), of(2021)];
    expect([a.year, b.year]).toEqual([2020, 2021]);
    expect(a.id).toBe("trc-gdp_growth-2020");
    expect(b.id).not.toBe(a.id);
  });
});

describe("trackerChart: the region's rule beside places of no region of the chart", () => {
  const nation: Place = { id: "guo", name_zh: "国务院", name_en: "State Council", level: "nation", parent: null };
  // The nation listed before the region's city, as a site of reports of many places lists them.
  const model = trackerChart(
    [row("guo", { value: 6 }, { value: 6.1 }, "met"), row("shi", { value: 6.5 }, { value: 7 }, "met"), row("qu", { value: 6.5 }, { value: 6.8 }, "met")],
    [places[0]!, nation, places[1]!],
  );

  it("puts the region's cities right after it and other places after them, the rule over the region's rows alone", () => {
    expect(model.rows.map((r) => r.place.id)).toEqual(["qu", "shi", "guo"]);
    expect(model.rule!.y1).toBe(model.rows[1]!.y + TRACKER_CHART.row / 2);
    expect(model.rule!.y1).toBeLessThan(model.rows[2]!.y - TRACKER_CHART.row / 4);
  });
});
