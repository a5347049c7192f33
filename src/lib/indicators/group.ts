import { group as d3group } from "d3";
import type { Figure } from "../schema/figure.ts";
import { unitFamily } from "../charts/units.ts";
import type { CityFigures, CityInfo, MetricGroup, MetricInfo } from "./types.ts";

/** Document order of a record: report, then paragraph number, then id number. */
export function documentOrder(a: Figure, b: Figure): number {
  const num = (s: string) => Number(s.replace(/^.*-/, ""));
  return a.report.localeCompare(b.report) || num(a.paragraph) - num(b.paragraph) || num(a.id) - num(b.id);
}

/** What one city lacks for an indicator, without the city's name (只报告了2019年结果，未提目标), or null when nothing. */
function cityGap(c: CityFigures): string | null {
  const [r, t] = [c.results.length > 0, c.targets.length > 0];
  if (r && t) return null;
  if (r) return `只报告了${c.results[0]?.year}年结果，未提目标`;
  if (t) return `只提出${c.targets[0]?.year}年目标，未报告上年结果`;
  return "未提及";
}

/**
 * Why an indicator's figures do not compare fully, in words (中卫只报告了2019年结果，未提目标；石嘴山未提及;
 * 两市都未提及 when every city lacks the same); empty when every city gives a result and a target.
 */
export function describeGaps(cities: readonly CityFigures[]): string {
  const gaps = cities.map(cityGap);
  const [first] = gaps;
  if (cities.length > 1 && first && gaps.every((g) => g === first)) return `${cities.length === 2 ? "两市" : "各市"}都${first}`;
  return cities.flatMap((c, i) => (gaps[i] ? `${c.city.short}${gaps[i]}` : [])).join("；");
}

/** The records of one indicator, split by city and kind, with its comparability. */
export function metricGroup(id: string, figures: readonly Figure[], cities: readonly CityInfo[], info: MetricInfo | null): MetricGroup {
  const sorted = [...figures].sort(documentOrder);
  const byCity = cities.map((city) => {
    const own = sorted.filter((f) => f.city === city.id);
    return { city, results: own.filter((f) => f.kind === "result"), targets: own.filter((f) => f.kind === "target") };
  });
  // The vocabulary gives an indicator one unit family (个 and 家 are both counts); without it, units must agree.
  const families = new Set(sorted.map((f) => info?.unit ?? unitFamily(f.unit)));
  const drawable = families.size === 1 && sorted.every((f) => !Array.isArray(f.value));
  return {
    id,
    info,
    label_zh: info?.label_zh ?? sorted[0]?.label_zh ?? id,
    label_en: info?.label_en ?? sorted[0]?.label_en ?? null,
    cities: byCity,
    paired: byCity.some((c) => c.results.length > 0 && c.targets.length > 0),
    drawable,
    gaps: describeGaps(byCity),
  };
}

/**
 * Groups figure records by indicator: one group per metric id that has records, in the vocabulary's order,
 * then ids the vocabulary lacks in order of appearance. Records without a metric id are left out.
 */
export function groupByMetric(
  figures: readonly Figure[],
  cities: readonly CityInfo[],
  metrics: readonly MetricInfo[],
): MetricGroup[] {
  const byMetric = d3group(
    figures.filter((f) => f.metric !== null),
    (f) => f.metric as string,
  );
  const known = new Map(metrics.map((m, i) => [m.id, i]));
  const rank = (id: string) => known.get(id) ?? known.size;
  const ids = [...byMetric.keys()].sort((a, b) => rank(a) - rank(b));
  const info = new Map(metrics.map((m) => [m.id, m]));
  return ids.map((id) => metricGroup(id, byMetric.get(id) ?? [], cities, info.get(id) ?? null));
}
