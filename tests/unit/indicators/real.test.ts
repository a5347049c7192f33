/**
 * The indicator pages' models on the real records of every report (content/indicators/*.json, the places
 * content/places.json, the vocabulary content/metrics.json): each plan year charts every paired indicator
 * within the element budget, every record has a row linking to its paragraph, the region is a reference.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publicFigure } from "../../../src/lib/figures/export.ts";
import { groupByMetric } from "../../../src/lib/indicators/group.ts";
import { indicatorsIndex } from "../../../src/lib/indicators/index-page.ts";
import { metricIds, metricPage } from "../../../src/lib/indicators/metric-page.ts";
import { placeInfos } from "../../../src/lib/indicators/places.ts";
import { reportRecords } from "../../../src/lib/indicators/report-records.ts";
import { CHART_ELEMENT_BUDGET, yearPageInputs, yearPages } from "../../../src/lib/indicators/year-page.ts";
import { chartFigures, planYears } from "../../../src/lib/indicators/years.ts";
import type { Figure, StoredFigure } from "../../../src/lib/schema/figure.ts";
import { metricsFileSchema } from "../../../src/lib/schema/metric.ts";
import { placesFileSchema } from "../../../src/lib/schema/place.ts";
import { reportMetaSchema } from "../../../src/lib/schema/report.ts";
import { placeColors, placeSymbols } from "../../../src/lib/charts/palette.ts";
import { sitePlaces } from "../../../src/lib/render/places.ts";
import { parse as parseYaml } from "yaml";

/** The elements of some markup: its start tags. */
const elementCount = (markup: string): number => (markup.match(/<[a-zA-Z]/g) ?? []).length;

const content = join(import.meta.dirname, "../../../content");
const read = (path: string): unknown => JSON.parse(readFileSync(join(content, path), "utf8"));
const files = readdirSync(join(content, "indicators")).filter((f) => f.endsWith(".json")).sort();
const figures: Figure[] = files.flatMap((f) => (read(`indicators/${f}`) as { figures: StoredFigure[] }).figures.map(publicFigure));
const metrics = metricsFileSchema.parse(read("metrics.json"));
// The site's places, as src/pages/_places.ts gives them: content/places.json, then the place of each report it
// lacks, as the report's front matter names it.
const metas = readdirSync(join(content, "reports"))
  .filter((f) => f.endsWith(".md"))
  .sort()
  .map((f) => reportMetaSchema.parse(parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(join(content, "reports", f), "utf8"))![1]!)));
const placesFile = sitePlaces(placesFileSchema.parse(read("places.json")), metas);
const places = placeInfos(placesFile, new Set(figures.map((f) => f.city)));
const years = planYears(figures.map((f) => f.report));

describe("the places of the real reports", () => {
  it("are every place with records, regions first, each in its own colour and shape", () => {
    expect(places.map((p) => p.id).sort()).toEqual([...new Set(figures.map((f) => f.city))].sort());
    expect(places.length).toBeGreaterThan(2);
    // Eight colours and seven shapes: as many places as there are of each have their own; more places, their
    // own pair of both (56 of them).
    expect(new Set(places.map((p) => p.style.color)).size).toBe(Math.min(places.length, placeColors.length));
    expect(new Set(places.map((p) => p.style.symbol)).size).toBe(Math.min(places.length, placeSymbols.length));
    expect(new Set(places.map((p) => `${p.style.color} ${p.style.symbol}`)).size).toBe(Math.min(places.length, placeColors.length * placeSymbols.length));
    const regions = places.filter((p) => placesFile.some((q) => q.parent === p.id));
    expect(regions.length).toBeGreaterThan(0);
    expect(places.slice(0, regions.length)).toEqual(regions);
    for (const r of regions) expect(r.label, r.id).not.toMatch(/市$/);
    // A place not in content/places.json is named as its reports' front matter names it.
    for (const p of places) expect(p.name_zh, p.id).toBe(metas.find((m) => m.place === p.id)?.place_zh ?? p.name_zh);
  });
});

describe.each(years)("/indicators/%i/ on the real reports", (year) => {
  const pages = yearPages(year, figures, places, metrics);
  const entries = pages.flatMap((p) => p.sections.flatMap((s) => s.entries));
  const groups = groupByMetric(chartFigures(figures, year), places, metrics, year);

  it("draws a chart for every indicator with a result and a target in at least one place, and only for those", () => {
    const paired = groups.filter((g) => g.paired);
    expect(paired.length).toBeGreaterThan(10);
    expect(entries.map((e) => e.group.id).sort()).toEqual(paired.map((g) => g.id).sort());
    for (const e of entries) {
      expect(e.group.years).toEqual([year - 1, year]);
      if (!e.chart) continue;
      expect(e.chart.svg).toMatch(/^<svg [^>]*role="group"[^>]*aria-labelledby=/);
      expect(e.chart.title).toContain(`${year - 1}年结果与${year}年目标`);
      expect(e.chart.desc.length).toBeGreaterThan(10);
    }
  });

  it("links every mark to the paragraph of its record", () => {
    const urls = new Set(figures.map((f) => f.url));
    for (const e of entries) for (const [, href] of e.chart?.svg.matchAll(/<a href="([^"]+)"/g) ?? []) expect(urls).toContain(href);
  });

  it("compares only results of the year before and targets of the year, from that year's reports", () => {
    for (const e of entries)
      for (const p of e.group.places) {
        for (const f of p.results) expect([f.year, f.report.endsWith(`-${year}`)]).toEqual([year - 1, true]);
        for (const f of p.targets) expect([f.year, f.report.endsWith(`-${year}`)]).toEqual([year, true]);
      }
  });

  it("draws the region first with its target as the reference rule, never calling it a city", () => {
    const withRegion = entries.filter((e) => e.chart && e.group.places.some((p) => p.place.region && p.targets.length) && e.group.places.length > 1);
    // A year with the report of a region and of one of its places (2020 and 2021 of Ningxia and its cities).
    const reporting = new Set(metas.filter((m) => m.year === year).map((m) => m.place));
    const regionYear = places.some((r) => r.region && reporting.has(r.id) && places.some((c) => c.parent === r.id && reporting.has(c.id)));
    if (regionYear) expect(withRegion.length).toBeGreaterThan(0);
    for (const e of withRegion) {
      expect(e.group.places[0]?.place.region, e.group.id).toBe(true);
      expect(e.chart!.svg, e.group.id).toContain('data-rule="region"');
    }
  });

  it("lists every other indicator as not comparable, saying why", () => {
    const gaps = pages.flatMap((p) => p.gaps);
    expect(new Set([...entries.map((e) => e.group.id), ...gaps.map((g) => g.id)]).size).toBe(groups.length);
    for (const gap of gaps) expect(gap.gaps, gap.id).toMatch(/只有|未提及/);
  });

  it("counts each chart's elements before writing its markup, as many as the markup has", () => {
    expect(entries.length).toBeGreaterThan(10);
    for (const e of entries) if (e.chart) expect(e.chart.elements, e.group.id).toBe(elementCount(e.chart.svg));
  });

  it("splits the charts into parts within the element budget, every category named in every part's navigation", () => {
    for (const page of pages) {
      const charts = page.sections.flatMap((s) => s.entries).reduce((n, e) => n + elementCount(e.chart?.svg ?? "") + 5, 0);
      expect(charts, `part ${page.part}`).toBeLessThanOrEqual(CHART_ELEMENT_BUDGET + 4 * page.sections.length);
      expect(page.parts.map((p) => p.n)).toEqual(pages.map((p) => p.part));
    }
  });
});

describe("/indicators/ on the real reports", () => {
  const index = indicatorsIndex(figures, places, metrics);
  it("leads to every plan year and every indicator, without a table of records", () => {
    expect(index.years.map((y) => y.year)).toEqual(years);
    expect(index.categories.flatMap((c) => c.metrics.map((m) => m.id)).sort()).toEqual(metricIds(figures, metrics).sort());
    expect(index.total).toBe(figures.length);
  });
});

describe("the records of each report", () => {
  const all = reportRecords(figures, places, metrics);
  it("put every record in exactly one row, its value linking to its paragraph", () => {
    const rows = all.flatMap((r) => [...r.results, ...r.targets]);
    expect(rows.map((r) => r.id).sort()).toEqual(figures.map((f) => f.id).sort());
    const byId = new Map(figures.map((f) => [f.id, f]));
    for (const row of rows) {
      const f = byId.get(row.id)!;
      expect(row.href).toBe(`/reports/${f.report}/#${f.paragraph}`);
      expect(row.quote).toBe(f.quote);
    }
    expect(all.length).toBe(files.length);
  });
});

describe("an indicator page on the real reports", () => {
  it("has a chart per plan year and every record of every place and year", () => {
    for (const id of ["gdp_growth", "registered_unemployment_rate", "urban_jobs_new"]) {
      const p = metricPage(id, figures, places, metrics);
      expect(p.years.map((y) => y.year), id).toEqual(years.filter((y) => figures.some((f) => f.metric === id && f.report.endsWith(`-${y}`))));
      expect(p.years.some((y) => y.chart), id).toBe(true);
      expect(p.years.find((y) => y.wide)?.wide?.svg).toContain('viewBox="0 0 640');
      expect(p.rows.map((r) => r.id).sort()).toEqual(figures.filter((f) => f.metric === id).map((f) => f.id).sort());
    }
  });

  it("says which way is better for an indicator where lower is better", () => {
    const p = metricPage("registered_unemployment_rate", figures, places, metrics);
    expect(p.years.map((y) => y.chart?.desc ?? "").join("")).toContain("数值越低越好");
  });

  it("draws 万人 and 人 on one axis for new urban jobs", () => {
    const p = metricPage("urban_jobs_new", figures, places, metrics);
    const svgs = p.years.map((y) => y.chart?.svg ?? "").join("");
    expect(svgs).toContain("单位：万人");
  });

  it("refuses an indicator without records, naming the ones it knows", () => {
    expect(() => metricPage("no_such_metric", figures, places, metrics)).toThrow(/gdp_growth/);
  });
});

describe("recordHref", () => {
  it("points every record at its row: the indicator's page, else its report's page of records", async () => {
    const { recordHref } = await import("../../../src/lib/indicators/record-row.ts");
    const withMetric = figures.find((f) => f.metric)!;
    const without = figures.find((f) => !f.metric)!;
    expect(recordHref(withMetric)).toBe(`/indicators/${withMetric.metric}/#${withMetric.id}`);
    const [, place, year] = /^(.*)-(\d{4})$/.exec(without.report)!;
    expect(recordHref(without)).toBe(`/indicators/${year}/${place}/#${without.id}`);
    const pages = new Set(reportRecords(figures, places, metrics).map((r) => `/indicators/${r.year}/${r.place.id}/`));
    for (const f of figures.filter((x) => !x.metric)) expect(pages).toContain(recordHref(f).replace(/#.*/, ""));
  });
});

describe("what a year's pages are made from (their build-cache key, yearPageInputs)", () => {
  // The first plan year whose charts take more than one part.
  const year = years.find((y) => yearPages(y, figures, places, metrics).length > 1) ?? years[0]!;
  const inputs = (all: readonly Figure[]) => yearPages(year, all, places, metrics).map((p) => JSON.stringify(yearPageInputs(p)));

  it("leaves the charts out: keying a page never draws its charts", () => {
    // A copy of the records: the pages of these are made for this test alone, their charts made unreadable.
    const pages = yearPages(year, [...figures], places, metrics);
    let charts = 0;
    for (const e of pages.flatMap((p) => p.sections.flatMap((s) => s.entries)))
      if (e.chart) {
        charts++;
        Object.defineProperty(e.chart, "svg", { get: () => expect.unreachable("a chart was drawn") });
      }
    expect(charts).toBeGreaterThan(10);
    for (const p of pages) {
      const entries = yearPageInputs(p).sections.flatMap((s) => s.entries);
      expect(entries.length).toBeGreaterThan(0);
      for (const e of entries) expect(Object.keys(e).sort()).toEqual(["elements", "group", "href"]);
      expect(() => JSON.stringify(yearPageInputs(p))).not.toThrow();
    }
  });

  it("changes for the part that charts a corrected record, and for no other part", () => {
    const pages = yearPages(year, figures, places, metrics);
    expect(pages.length).toBeGreaterThan(1);
    const before = inputs(figures);
    for (const page of pages) {
      // A record this part charts, its quote corrected (the value, hence the chart's size and the split, kept).
      const charted = page.sections.flatMap((s) => s.entries).find((e) => e.chart)!.group.places[0]!;
      const record = charted.targets[0] ?? charted.results[0]!;
      const after = inputs(figures.map((f) => (f.id === record.id ? { ...f, quote: `${f.quote}（更正）` } : f)));
      expect(after.map((a, i) => a !== before[i])).toEqual(pages.map((p) => p.part === page.part));
    }
  });
});

describe("a plan year whose reports chart no indicator", () => {
  it("still has its one page, which the indicators' pages link, listing its records' gaps and its reports", () => {
    // One report's records of indicators that have only a result (no target to chart against).
    const lone = figures.filter((f) => f.report === "zhongwei-2020" && f.kind === "result").map((f) => ({ ...f, report: "zhongwei-1993", id: f.id.replace("2020", "1993") }));
    const pages = yearPages(1993, [...figures, ...lone], places, metrics);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ year: 1993, part: 1, charts: 0, sections: [] });
    expect(pages[0]!.reports.map((r) => r.id)).toEqual(["zhongwei-1993"]);
  });
});

