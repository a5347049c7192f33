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
