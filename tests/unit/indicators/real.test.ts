/**
 * The indicator pages' models on the real records of both reports (content/indicators/*.json, the vocabulary
 * content/metrics.json): every paired indicator gets a chart, every record a row linking to its paragraph.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { csvParse } from "d3";
import { describe, expect, it } from "vitest";
import { figuresToCsv, publicFigure } from "../../../src/lib/figures/export.ts";
import { groupByMetric } from "../../../src/lib/indicators/group.ts";
import { mainMetrics } from "../../../src/lib/indicators/headline.ts";
import { metricPage } from "../../../src/lib/indicators/metric-page.ts";
import { indicatorsPage } from "../../../src/lib/indicators/page.ts";
import type { CityInfo } from "../../../src/lib/indicators/types.ts";
import type { Figure, StoredFigure } from "../../../src/lib/schema/figure.ts";
import { metricsFileSchema } from "../../../src/lib/schema/metric.ts";

const content = join(import.meta.dirname, "../../../content");
const read = (path: string): unknown => JSON.parse(readFileSync(join(content, path), "utf8"));
const files = readdirSync(join(content, "indicators")).filter((f) => f.endsWith(".json")).sort();
const figures: Figure[] = files.flatMap((f) => (read(`indicators/${f}`) as { figures: StoredFigure[] }).figures.map(publicFigure));
const metrics = metricsFileSchema.parse(read("metrics.json"));
const known = read("cities.json") as Record<string, { name_zh: string }>;
const cities: CityInfo[] = [...new Set(figures.map((f) => f.city))]
  .sort()
  .map((id) => ({ id, name_zh: known[id]!.name_zh, short: known[id]!.name_zh.replace(/市$/, "") }));
const groups = groupByMetric(figures, cities, metrics);
const page = indicatorsPage(figures, groups, metrics, cities);
const entries = page.sections.flatMap((s) => s.entries);

describe("/indicators/ on the real reports", () => {
  it("covers both reports", () => {
    expect(cities.map((c) => c.short)).toEqual(["石嘴山", "中卫"]);
    expect(figures.length).toBeGreaterThan(100);
  });

  it("draws a chart for every indicator with a result and a target in at least one city, and only for those", () => {
    const paired = groups.filter((g) => g.cities.some((c) => c.results.length > 0 && c.targets.length > 0));
    expect(paired.length).toBeGreaterThan(10);
    expect(entries.map((e) => e.group.id).sort()).toEqual(paired.map((g) => g.id).sort());
    for (const e of entries) {
      expect(e.chart, e.group.id).not.toBeNull();
      expect(e.chart!.svg).toMatch(/^<svg [^>]*role="img"/);
      expect(e.chart!.desc.length).toBeGreaterThan(10);
    }
  });

  it("lists every other indicator as not comparable, saying why", () => {
    const ids = new Set([...entries.map((e) => e.group.id), ...page.gaps.map((g) => g.id)]);
    expect(ids.size).toBe(groups.length);
    for (const gap of page.gaps) expect(gap.gaps, gap.id).toMatch(/只报告了|只提出|未提及/);
  });

  it("puts every record in exactly one row of the full table, its value linking to its paragraph", () => {
    const rows = page.records.flatMap((c) => c.rows);
    expect(rows.map((r) => r.id).sort()).toEqual(figures.map((f) => f.id).sort());
    const byId = new Map(figures.map((f) => [f.id, f]));
    for (const row of rows) {
      const f = byId.get(row.id)!;
      expect(row.href).toBe(`/reports/${f.report}/#${f.paragraph}`);
      expect(row.quote).toBe(f.quote);
    }
  });

  it("shows in each chart's table exactly the records of its indicator", () => {
    for (const e of entries) {
      const expected = figures.filter((f) => f.metric === e.group.id).map((f) => f.id);
      expect(e.rows.map((r) => r.id).sort(), e.group.id).toEqual(expected.sort());
    }
  });
});

describe("the headline panel on the real reports", () => {
  const panels = page.headline.panels;
  const panel = (id: string) => panels.find((p) => p.group.id === id)!;

  it("shows every main indicator for both cities", () => {
    expect(panels.map((p) => p.group.id)).toEqual([...mainMetrics]);
    for (const p of panels) {
      expect(p.chart, p.group.id).not.toBeNull();
      for (const c of cities) expect(p.chart!.svg, `${p.group.id} ${c.short}`).toContain(`data-row="${c.id}"`);
    }
  });

  it("draws all panels on one percentage scale", () => {
    const ticks = panels.map((p) => [...p.chart!.svg.matchAll(/font-size="11">(−?[\d.]+%)</g)].map((m) => m[1]).join(" "));
    expect(new Set(ticks).size).toBe(1);
    expect(ticks[0]).toMatch(/^0%/);
  });

  it("draws Shizuishan's GDP range 6.5%—7% as a band and its flat investment target as 持平 at zero", () => {
    const gdp = panel("gdp_growth").chart!;
    expect(gdp.desc).toContain("石嘴山：2019年预计7%左右，2020年目标6.5%—7%");
    expect(gdp.svg).toMatch(/<rect [^>]*fill="#a0460a" fill-opacity="0.18"/);
    const investment = panel("fixed_investment_growth").chart!;
    expect(investment.desc).toContain("2020年目标持平");
    expect(investment.svg).toMatch(/<text [^>]*font-weight="700"[^>]*>持平</);
  });

  it("marks approximate targets and estimated results", () => {
    expect(panel("gdp_growth").chart!.desc).toContain("中卫：2019年预计6%，2020年目标6.5%左右");
    expect(panel("gdp_growth").chart!.svg).toContain("stroke-dasharray");
  });
});

describe("an indicator page on the real reports", () => {
  it("has a chart, the records with quotes, and the rows of /data/indicators.csv for the indicator", () => {
    const full = csvParse(figuresToCsv(figures).replace(/^\uFEFF/, ""));
    for (const id of ["gdp_growth", "registered_unemployment_rate", "urban_jobs_new"]) {
      const p = metricPage(id, figures, groups, metrics, cities);
      expect(p.entry.chart, id).not.toBeNull();
      expect(p.wide?.svg).toContain('viewBox="0 0 640');
      const rows = csvParse(p.csv);
      expect(rows.columns).toEqual(full.columns);
      expect([...rows]).toEqual(full.filter((r) => r.metric === id));
    }
  });

  it("says which way is better for an indicator where lower is better", () => {
    const p = metricPage("registered_unemployment_rate", figures, groups, metrics, cities);
    expect(p.summary).toContain("数值越低越好");
  });

  it("draws 万人 and 人 on one axis for new urban jobs", () => {
    const p = metricPage("urban_jobs_new", figures, groups, metrics, cities);
    expect(p.entry.chart!.svg).toContain("单位：万人");
    expect(p.entry.chart!.svg).toContain(">8271人<");
  });

  it("refuses an indicator without records, naming the ones it knows", () => {
    expect(() => metricPage("no_such_metric", figures, groups, metrics, cities)).toThrow(/gdp_growth/);
  });
});
