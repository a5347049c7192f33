import { describe, expect, it } from "vitest";
import { trackTargets, type SpanFigure } from "../../../src/lib/tracker/pair.ts";
import { trackerPagePlaces } from "../../../src/lib/tracker/view.ts";
import { metrics } from "../figures/helpers.ts";

/** A target of a report, as the extractor writes it. */
function target(report: string, n: number, f: Partial<SpanFigure> = {}): SpanFigure {
  return {
    id: `${report}-t-${n}`, report, city: report.split("-")[0]!, kind: "target", year: Number(report.split("-")[1]), base_year: null, period: null,
    metric: "gdp_growth", label_zh: "地区生产总值增长", label_en: "GDP growth", value: 6, min: null, max: null, unit: "%",
    qualifier: null, estimate: false, direction: "up", quote: "地区生产总值增长6%", paragraph: "p-1", url: `/reports/${report}/#p-1`,
    ...f,
  };
}

describe("trackerPagePlaces: which places get /tracker/<place>/", () => {
  const places = [{ id: "region" }, { id: "paired" }, { id: "single" }, { id: "nothing" }, { id: "loose" }];
  const reports = [
    { id: "paired-2020", place: "paired", year: 2020 },
    { id: "paired-2021", place: "paired", year: 2021 },
    { id: "single-2023", place: "single", year: 2023 },
    { id: "nothing-2022", place: "nothing", year: 2022 },
    { id: "loose-2022", place: "loose", year: 2022 },
  ];
  const figures = [
    target("paired-2020", 1),
    target("paired-2021", 1),
    target("single-2023", 1),
    target("single-2023", 2, { metric: "cpi_growth", label_zh: "居民消费价格涨幅", value: 3 }),
    // A report whose only target has no indicator id, and no next report to be paired with: nothing to list.
    target("loose-2022", 1, { metric: null, label_en: null, quote: "新建5G基站500个" }),
  ];

  it("gives a page to a place with a single report that sets targets, as to one with targets paired, in the places' order", () => {
    const tracking = trackTargets(figures, reports, metrics);
    expect(tracking.records.map((r) => r.place)).toEqual(["paired"]);
    expect(tracking.awaiting.map((f) => f.id)).toEqual(["paired-2021-t-1", "single-2023-t-1", "single-2023-t-2"]);
    expect(trackerPagePlaces(places, tracking).map((p) => p.id)).toEqual(["paired", "single"]);
  });

  it("gives no page to a place without a target", () => {
    expect(trackerPagePlaces(places, { records: [], untracked: [], awaiting: [] })).toEqual([]);
  });
});
