import { chartLegend, type LegendItem } from "../charts/legend.ts";
import { cityStyle } from "../charts/palette.ts";
import type { Figure } from "../schema/figure.ts";
import { categoryName, otherCategory } from "./categories.ts";
import { groupYears, indicatorChart, type IndicatorChart } from "./chart.ts";
import { figuresToCsv } from "../figures/export.ts";
import { indicatorEntry, type IndicatorEntry } from "./page.ts";
import type { CityInfo, MetricGroup, MetricInfo } from "./types.ts";

/** Everything `/indicators/<metric>/` shows. */
export interface MetricPage {
  entry: IndicatorEntry;
  /** The same chart drawn wider, for screens with room (the entry's chart serves phones). */
  wide: IndicatorChart | null;
  years: [number, number];
  legend: LegendItem[];
  /** The indicator's category, for the breadcrumb. */
  category: { id: string; name: string };
  /** Every value in words, and what is missing. */
  summary: string;
  /** Meta description. */
  description: string;
  /** The indicator's records as CSV (header row and one row each, the columns of `/data/indicators.csv`). */
  csv: string;
}

/** Builds the page model of one indicator (its id must be one of the groups'). */
export function metricPage(
  id: string,
  figures: readonly Figure[],
  groups: readonly MetricGroup[],
  metrics: readonly MetricInfo[],
  cities: readonly CityInfo[],
): MetricPage {
  const group = groups.find((g) => g.id === id);
  if (!group) throw new Error(`no figure records for indicator “${id}”: pick one of ${groups.map((g) => g.id).join(", ")}`);
  const byId = new Map(metrics.map((m) => [m.id, m]));
  const entry = indicatorEntry(group, byId, cities, "m");
  const years = groupYears(group);
  const order = cities.map((c) => c.id);
  const legend = chartLegend(
    cities.map((c) => ({ label: c.short, style: cityStyle(c.id, order) })),
    years,
  );
  const categoryId = group.info?.category ?? otherCategory;
  const summary = entry.chart ? entry.chart.desc : `${group.gaps}。`;
  const records = figures.filter((f) => f.metric === id);
  return {
    entry,
    wide: indicatorChart(group, { idPrefix: "mw", width: 640 }),
    years,
    legend,
    category: { id: categoryId, name: categoryName(categoryId).zh },
    summary,
    description: `${group.label_zh}：${years[0]}年结果与${years[1]}年目标。${summary}`.slice(0, 160),
    csv: figuresToCsv(records).replace(/^\uFEFF/, ""),
  };
}
