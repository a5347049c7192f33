import type { LegendItem } from "../charts/legend.ts";
import { figuresToCsv } from "../figures/export.ts";
import type { Figure } from "../schema/figure.ts";
import { categoryName, otherCategory } from "./categories.ts";
import { indicatorChart, type IndicatorChart } from "./chart.ts";
import { documentOrder, metricGroup } from "./group.ts";
import type { PlaceInfo } from "./places.ts";
import { recordRow, type RecordRow } from "./record-row.ts";
import type { MetricGroup, MetricInfo } from "./types.ts";
import { placesLegend } from "./year-page.ts";
import { chartFigures, reportYear } from "./years.ts";

/** Everything `/indicators/<metric>/` shows: a chart per plan year, every record of every place and year. */
export interface MetricPage {
  id: string;
  label_zh: string;
  label_en: string | null;
  /** The indicator's category, for the breadcrumb. */
  category: { id: string; name: string };
  /** One per plan year with records: the year's group and its chart (null when it cannot be drawn). */
  years: { year: number; group: MetricGroup; chart: IndicatorChart | null; wide: IndicatorChart | null }[];
  legend: LegendItem[];
  /** The places that state the indicator. */
  places: PlaceInfo[];
  /** Every record of the indicator: by plan year, then place order, result before target, document order. */
  rows: RecordRow[];
  /** Meta description. */
  description: string;
  /** The indicator's records as CSV (the columns of `/data/indicators.csv`). */
  csv: string;
}

/** The metric ids with records, in the vocabulary's order, then others by id. */
export function metricIds(figures: readonly Figure[], metrics: readonly MetricInfo[]): string[] {
  const rank = new Map(metrics.map((m, i) => [m.id, i]));
  const ids = [...new Set(figures.flatMap((f) => (f.metric === null ? [] : [f.metric])))];
  return ids.sort((a, b) => (rank.get(a) ?? rank.size) - (rank.get(b) ?? rank.size) || a.localeCompare(b));
}

/** Builds the page model of one indicator (it must have records). */
export function metricPage(id: string, figures: readonly Figure[], places: readonly PlaceInfo[], metrics: readonly MetricInfo[]): MetricPage {
  const records = figures.filter((f) => f.metric === id);
  if (!records.length) throw new Error(`no figure records for indicator “${id}”: pick one of ${metricIds(figures, metrics).join(", ")}`);
  const info = metrics.find((m) => m.id === id) ?? null;
  const byId = new Map(metrics.map((m) => [m.id, m]));
  const stating = places.filter((p) => records.some((f) => f.city === p.id));
  const planYears = [...new Set(records.map((f) => reportYear(f.report)))].sort((a, b) => a - b);
  const years = planYears.map((year) => {
    const group = metricGroup(id, chartFigures(records, year), stating, info, year);
    const chart = (width?: number) => indicatorChart(group, { idPrefix: `m${year}${width ?? ""}`, width });
    return { year, group, chart: chart(), wide: chart(640) };
  });
  const rank = new Map(places.map((p, i) => [p.id, i]));
  const sorted = [...records].sort(
    (a, b) =>
      reportYear(a.report) - reportYear(b.report) ||
      (rank.get(a.city) ?? 99) - (rank.get(b.city) ?? 99) ||
      a.kind.localeCompare(b.kind) ||
      documentOrder(a, b),
  );
  const label_zh = info?.label_zh ?? records[0]?.label_zh ?? id;
  const categoryId = info?.category ?? otherCategory;
  const span = planYears.length > 1 ? `${planYears[0]}—${planYears.at(-1)}年` : `${planYears[0]}年`;
  const lastYears: [number, number] = [(planYears.at(-1) ?? 0) - 1, planYears.at(-1) ?? 0];
  return {
    id,
    label_zh,
    label_en: info?.label_en ?? records[0]?.label_en ?? null,
    category: { id: categoryId, name: categoryName(categoryId).zh },
    years,
    legend: placesLegend(stating, planYears.length === 1 ? lastYears : null),
    places: stating,
    rows: sorted.map((f) => recordRow(f, byId, places)),
    description: `${label_zh}：${stating.map((p) => p.short).join("、")}${span}政府工作报告中的结果与目标，每个数字链接回原文。`.slice(0, 160),
    csv: figuresToCsv(sorted).replace(/^\uFEFF/, ""),
  };
}
