import { DEFAULT_LANG, type Lang } from "../../i18n/config.ts";
import { dictionaries } from "../../i18n/ui/index.ts";
import type { LegendItem } from "../charts/legend.ts";
import type { Figure } from "../schema/figure.ts";
import { categoryName, otherCategory } from "./categories.ts";
import { indicatorChart, type IndicatorChart } from "./chart.ts";
import { documentOrder, metricGroup } from "./group.ts";
import { parentsIn, shortPlace, type PlaceInfo } from "./places.ts";
import { recordRow, type RecordRow } from "./record-row.ts";
import type { MetricGroup, MetricInfo } from "./types.ts";
import { placesLegend } from "./year-page.ts";
import { chartFigures, reportYear } from "./years.ts";

/** Everything `/indicators/<metric>/` shows: a chart per plan year, every record of every place and year. */
export interface MetricPage {
  id: string;
  label_zh: string;
  label_en: string | null;
  /** The indicator's category, for the breadcrumb (its name in the page's language). */
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
}

/** The metric ids with records, in the vocabulary's order, then others by id. */
export function metricIds(figures: readonly Figure[], metrics: readonly MetricInfo[]): string[] {
  const rank = new Map(metrics.map((m, i) => [m.id, i]));
  const ids = [...new Set(figures.flatMap((f) => (f.metric === null ? [] : [f.metric])))];
  return ids.sort((a, b) => (rank.get(a) ?? rank.size) - (rank.get(b) ?? rank.size) || a.localeCompare(b));
}

/** The records of each indicator, grouped once per list of records: a build models every indicator's page from one list. */
const grouped = new WeakMap<readonly Figure[], Map<string | null, Figure[]>>();

function recordsOf(figures: readonly Figure[], id: string): Figure[] {
  let byMetric = grouped.get(figures);
  if (!byMetric) grouped.set(figures, (byMetric = Map.groupBy(figures, (f) => f.metric)));
  return byMetric.get(id) ?? [];
}

/** The places with a report of each plan year, once per list of records. */
const reportingByYear = new WeakMap<readonly Figure[], Map<number, Set<string>>>();

/** The ids of the places whose report of a plan year has records. */
export function reportingIn(figures: readonly Figure[], year: number): Set<string> {
  let byYear = reportingByYear.get(figures);
  if (!byYear) {
    byYear = new Map();
    for (const f of figures) {
      const y = reportYear(f.report);
      let ids = byYear.get(y);
      if (!ids) byYear.set(y, (ids = new Set()));
      ids.add(f.city);
    }
    reportingByYear.set(figures, byYear);
  }
  return byYear.get(year) ?? new Set();
}

/**
 * For each plan year of an indicator's records, the places that state it (in any year) and have a report of that
 * year, sorted: the places its chart of that year shows, or lists as not mentioning it. A page's cache key reads
 * this, since a report added without a record of the indicator can add its place to a year.
 */
export function metricReporting(figures: readonly Figure[], id: string): [number, string[]][] {
  const records = recordsOf(figures, id);
  const stating = new Set(records.map((f) => f.city));
  const years = [...new Set(records.map((f) => reportYear(f.report)))].sort((a, b) => a - b);
  return years.map((year) => [year, [...reportingIn(figures, year)].filter((p) => stating.has(p)).sort()]);
}

/** Builds the page model of one indicator (it must have records), in a language. */
export function metricPage(
  id: string,
  figures: readonly Figure[],
  places: readonly PlaceInfo[],
  metrics: readonly MetricInfo[],
  lang: Lang = DEFAULT_LANG,
): MetricPage {
  const t = dictionaries[lang].indicators;
  const records = recordsOf(figures, id);
  if (!records.length) throw new Error(`no figure records for indicator “${id}”: pick one of ${metricIds(figures, metrics).join(", ")}`);
  const info = metrics.find((m) => m.id === id) ?? null;
  const byId = new Map(metrics.map((m) => [m.id, m]));
  const stating = places.filter((p) => records.some((f) => f.city === p.id));
  const reportingByYear = metricReporting(figures, id);
  const planYears = reportingByYear.map(([year]) => year);
  const years = reportingByYear.map(([year, ids]) => {
    // A place without a report of the year is not among those that do not mention the indicator.
    const group = metricGroup(id, chartFigures(records, year), stating.filter((p) => ids.includes(p.id)), info, year, lang);
    const chart = (width?: number) => indicatorChart(group, { idPrefix: `m${year}${width ?? ""}`, width, lang });
    return { year, group, chart: chart(), wide: chart(640) };
  });
  // A region's rule is drawn only in a year whose chart has the region and a place of its own.
  const ruled = new Set(years.flatMap((y) => parentsIn(y.group.places.map((p) => p.place)).map((p) => p.id)));
  const rank = new Map(places.map((p, i) => [p.id, i]));
  const sorted = [...records].sort(
    (a, b) =>
      reportYear(a.report) - reportYear(b.report) ||
      (rank.get(a.city) ?? 99) - (rank.get(b.city) ?? 99) ||
      a.kind.localeCompare(b.kind) ||
      documentOrder(a, b),
  );
  const label_zh = info?.label_zh ?? records[0]?.label_zh ?? id;
  const label_en = info?.label_en ?? records[0]?.label_en ?? null;
  const categoryId = info?.category ?? otherCategory;
  const lastYears: [number, number] = [(planYears.at(-1) ?? 0) - 1, planYears.at(-1) ?? 0];
  const label = lang === DEFAULT_LANG ? label_zh : (label_en ?? id);
  const stated = lang === DEFAULT_LANG ? stating.map((p) => p.short).join("、") : t.join(stating.map((p) => shortPlace(p, lang)));
  return {
    id,
    label_zh,
    label_en,
    category: { id: categoryId, name: lang === DEFAULT_LANG ? categoryName(categoryId).zh : categoryName(categoryId).en },
    years,
    legend: placesLegend(stating, planYears.length === 1 ? lastYears : null, lang, stating.filter((p) => ruled.has(p.id))),
    places: stating,
    rows: sorted.map((f) => recordRow(f, byId, places, lang)),
    description: t.metricPage.description(label, stated, planYears[0] ?? 0, planYears.at(-1) ?? 0).slice(0, 160),
  };
}
