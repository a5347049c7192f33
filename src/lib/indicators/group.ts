import { group as d3group } from "d3-array";
import type { Lang } from "../../i18n/config.ts";
import { dictionaries } from "../../i18n/ui/index.ts";
import type { Figure } from "../schema/figure.ts";
import { unitFamily } from "../charts/units.ts";
import { tableName, type PlaceInfo } from "./places.ts";
import type { MetricGroup, MetricInfo, PlaceFigures } from "./types.ts";

/** Document order of a record: report, then paragraph number, then id number. */
export function documentOrder(a: Figure, b: Figure): number {
  const num = (s: string) => Number(s.replace(/^.*-/, ""));
  return a.report.localeCompare(b.report) || num(a.paragraph) - num(b.paragraph) || num(a.id) - num(b.id);
}

/** A list of places as tables name them, 宁夏（自治区）、固原 (Ningxia (region) and Guyuan). */
export const placeList = (places: readonly PlaceInfo[], lang: Lang = "zh-CN"): string =>
  dictionaries[lang].indicators.join(places.map((p) => tableName(p, lang)));

/**
 * What does not compare, in words: places with only a result, only a target, and those that do not state the
 * indicator (只有2020年结果：固原；只有2021年目标：银川；未提及：吴忠); empty when every place pairs.
 */
export function describeGaps(stated: readonly PlaceFigures[], absent: readonly PlaceInfo[], years: [number, number], lang: Lang = "zh-CN"): string {
  const words = dictionaries[lang].indicators.chart;
  const onlyResult = stated.filter((p) => p.results.length > 0 && p.targets.length === 0).map((p) => p.place);
  const onlyTarget = stated.filter((p) => p.results.length === 0 && p.targets.length > 0).map((p) => p.place);
  const parts = [
    onlyResult.length ? words.onlyResult(years[0], placeList(onlyResult, lang)) : "",
    onlyTarget.length ? words.onlyTarget(years[1], placeList(onlyTarget, lang)) : "",
    absent.length ? words.absent(placeList(absent, lang)) : "",
  ].filter(Boolean);
  return parts.length ? words.gaps(parts) : "";
}

/** The records of one indicator in one plan year's reports (results of year − 1, targets of year), by place. */
export function metricGroup(
  id: string,
  figures: readonly Figure[],
  places: readonly PlaceInfo[],
  info: MetricInfo | null,
  year: number,
  lang: Lang = "zh-CN",
): MetricGroup {
  const sorted = [...figures].sort(documentOrder);
  const byPlace = places.map((place) => {
    const own = sorted.filter((f) => f.city === place.id);
    return { place, results: own.filter((f) => f.kind === "result"), targets: own.filter((f) => f.kind === "target") };
  });
  const stated = byPlace.filter((p) => p.results.length + p.targets.length > 0);
  const absent = byPlace.filter((p) => p.results.length + p.targets.length === 0).map((p) => p.place);
  // The vocabulary gives an indicator one unit family (个 and 家 are both counts); without it, units must agree.
  const families = new Set(sorted.map((f) => info?.unit ?? unitFamily(f.unit)));
  const years: [number, number] = [year - 1, year];
  return {
    id,
    info,
    label_zh: info?.label_zh ?? sorted[0]?.label_zh ?? id,
    label_en: info?.label_en ?? sorted[0]?.label_en ?? null,
    years,
    places: stated,
    absent,
    paired: stated.some((p) => p.results.length > 0 && p.targets.length > 0),
    drawable: families.size === 1 && sorted.every((f) => !Array.isArray(f.value)),
    gaps: describeGaps(stated, absent, years, lang),
  };
}

/**
 * Groups one plan year's chart figures by indicator: one group per metric id with records, in the vocabulary's
 * order, then ids the vocabulary lacks. Records without a metric id are left out.
 */
export function groupByMetric(
  figures: readonly Figure[],
  places: readonly PlaceInfo[],
  metrics: readonly MetricInfo[],
  year: number,
  lang: Lang = "zh-CN",
): MetricGroup[] {
  const byMetric = d3group(
    figures.filter((f) => f.metric !== null),
    (f) => f.metric as string,
  );
  const known = new Map(metrics.map((m, i) => [m.id, i]));
  const rank = (id: string) => known.get(id) ?? known.size;
  const ids = [...byMetric.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const info = new Map(metrics.map((m) => [m.id, m]));
  return ids.map((id) => metricGroup(id, byMetric.get(id) ?? [], places, info.get(id) ?? null, year, lang));
}
