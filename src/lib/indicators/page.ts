import { chartLegend, type LegendItem } from "../charts/legend.ts";
import { cityStyle } from "../charts/palette.ts";
import type { Figure } from "../schema/figure.ts";
import { categoryName, figuresByCategory, groupsByCategory } from "./categories.ts";
import { groupYears, indicatorChart, smallMultiples, type IndicatorChart } from "./chart.ts";
import { headlineGroups } from "./headline.ts";
import { indicatorHref, recordRow, type RecordRow } from "./record-row.ts";
import type { CityInfo, MetricGroup, MetricInfo } from "./types.ts";

/** An indicator with its chart and table rows, as a figure of the page. */
export interface IndicatorEntry {
  group: MetricGroup;
  chart: IndicatorChart | null;
  rows: RecordRow[];
  href: string;
}

/** Everything `/indicators/` shows, computed from the records, the vocabulary and the cities. */
export interface IndicatorsPage {
  years: [number, number];
  legend: LegendItem[];
  /** The headline small multiples (main indicators, one shared scale) and their records. */
  headline: { panels: { group: MetricGroup; chart: IndicatorChart | null; href: string | null }[]; rows: RecordRow[] };
  /** Paired indicators (a result and a target in at least one city), by category, each with its own chart. */
  sections: { id: string; name: string; en: string; entries: IndicatorEntry[] }[];
  /** Indicators that cannot be compared result against target, each city's records and why. */
  gaps: { id: string; name: string; href: string; byCity: RecordRow[][]; gaps: string }[];
  /** Every record (also those without an indicator id), by category. */
  records: { id: string; name: string; en: string; rows: RecordRow[] }[];
}

/** An indicator's entry: its chart (own scale, ids prefixed), table rows and page link. */
export function indicatorEntry(
  group: MetricGroup,
  metrics: ReadonlyMap<string, MetricInfo>,
  cities: readonly CityInfo[],
  idPrefix = "c",
): IndicatorEntry {
  const rows = group.cities.flatMap((c) => [...c.results, ...c.targets]).map((f) => recordRow(f, metrics, cities));
  return { group, chart: indicatorChart(group, { idPrefix }), rows, href: indicatorHref(group.id) };
}

/** Builds the `/indicators/` page model. */
export function indicatorsPage(
  figures: readonly Figure[],
  groups: readonly MetricGroup[],
  metrics: readonly MetricInfo[],
  cities: readonly CityInfo[],
): IndicatorsPage {
  const byId = new Map(metrics.map((m) => [m.id, m]));
  const row = (f: Figure) => recordRow(f, byId, cities);
  const first = groups.find((g) => g.paired);
  const years: [number, number] = first ? groupYears(first) : [2019, 2020];
  const order = cities.map((c) => c.id);
  const legend = chartLegend(
    cities.map((c) => ({ label: c.short, style: cityStyle(c.id, order) })),
    years,
  );

  const main = headlineGroups(groups, cities, metrics);
  const mainCharts = smallMultiples(main, { idPrefix: "h" });
  const headline = {
    panels: main.map((group, i) => ({
      group,
      chart: mainCharts[i] ?? null,
      href: groups.includes(group) ? indicatorHref(group.id) : null,
    })),
    rows: main.flatMap((g) => g.cities.flatMap((c) => [...c.results, ...c.targets])).map(row),
  };

  const names = (id: string) => ({ name: categoryName(id).zh, en: categoryName(id).en });
  const paired = groups.filter((g) => g.paired);
  const sections = groupsByCategory(paired, metrics).map(({ category, items }) => ({
    id: category,
    ...names(category),
    entries: items.map((g) => indicatorEntry(g, byId, cities)),
  }));

  const gaps = groups
    .filter((g) => !g.paired)
    .map((g) => ({
      id: g.id,
      name: g.label_zh,
      href: indicatorHref(g.id),
      byCity: g.cities.map((c) => [...c.results, ...c.targets].map(row)),
      gaps: g.gaps,
    }));

  const records = figuresByCategory(figures, metrics, order).map(({ category, items }) => ({
    id: category,
    ...names(category),
    rows: items.map(row),
  }));

  return { years, legend, headline, sections, gaps, records };
}
