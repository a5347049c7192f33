import { describeRows } from "../charts/describe.ts";
import { dumbbellModel } from "../charts/dumbbell.ts";
import { cityStyle } from "../charts/palette.ts";
import { renderDumbbell } from "../charts/render-dumbbell.ts";
import { markedValues, markRows, type MarkedRows, type RowInput } from "../charts/rows.ts";
import { valueDomain } from "../charts/scale.ts";
import { isPercent } from "../charts/units.ts";
import type { Figure } from "../schema/figure.ts";
import type { MetricGroup } from "./types.ts";

/** A drawn indicator chart: the SVG markup and its text alternative. */
export interface IndicatorChart {
  /** Indicator id. */
  metric: string;
  /** SVG markup (`role="img"`, labelled by its title and description). */
  svg: string;
  /** Short title, e.g. 地区生产总值增长：2019年结果与2020年目标. */
  title: string;
  /** Every value in words. */
  desc: string;
}

/** The years a group compares: the first result's year and the first target's year (default 2019 → 2020). */
export function groupYears(group: MetricGroup): [number, number] {
  const result = group.cities.flatMap((c) => c.results)[0]?.year;
  const target = group.cities.flatMap((c) => c.targets)[0]?.year;
  return [result ?? (target ? target - 1 : 2019), target ?? (result ? result + 1 : 2020)];
}

/** The chart rows of a group: one per city, its first result and first target in document order. */
export function groupRows(group: MetricGroup): RowInput[] {
  const order = group.cities.map((c) => c.city.id);
  const measure = group.info?.measure;
  const withMeasure = (f: Figure | undefined) => (f ? { ...f, measure } : null);
  return group.cities.map((c) => ({
    key: c.city.id,
    label: c.city.short,
    style: cityStyle(c.city.id, order),
    result: withMeasure(c.results[0]),
    target: withMeasure(c.targets[0]),
  }));
}

/**
 * Whether an indicator's axis starts from zero: always for rates of change (a growth of 10% next to 15% is
 * read against 0) and for absolute amounts (15 and 16 parks are not a doubling); for levels in percent
 * (shares such as 80% and 89%) only when the values sit near zero.
 */
export function zeroFor(group: MetricGroup, unit: string): true | "auto" {
  return group.info?.measure === "change" || !isPercent(unit) ? true : "auto";
}

/** Options of {@link indicatorChart}. */
export interface ChartOptions {
  /** Prefix of the SVG's element ids, unique in the page. */
  idPrefix: string;
  /** A shared domain (small multiples on one scale). */
  domain?: [number, number] | undefined;
  /** Width in SVG units. */
  width?: number | undefined;
}

/** Draws one indicator's result → target chart (every city a row), or null when its figures are not drawable. */
export function indicatorChart(group: MetricGroup, options: ChartOptions): IndicatorChart | null {
  if (!group.drawable) return null;
  const marked = markRows(groupRows(group));
  const years = groupYears(group);
  const better = group.info?.better ?? null;
  const zero = zeroFor(group, marked.unit);
  const model = dumbbellModel(marked, { better, years, zero, width: options.width, domain: options.domain });
  const title = `${group.label_zh}：${years[0]}年结果与${years[1]}年目标`;
  const desc = describeRows(marked, better, years);
  const svg = renderDumbbell(model, { id: `${options.idPrefix}-${group.id}`, title, desc });
  return { metric: group.id, svg, title, desc };
}

/**
 * Shared domains for small multiples: every display unit (all percentages; 万人 …) gets one domain spanning
 * all its groups' marks, so panels of one unit read on one scale. Returns unit → domain.
 */
export function sharedDomains(groups: readonly MetricGroup[]): Map<string, [number, number]> {
  const values = new Map<string, number[]>();
  const zero = new Map<string, true | "auto">();
  for (const group of groups) {
    if (!group.drawable) continue;
    const marked: MarkedRows = markRows(groupRows(group));
    values.set(marked.unit, [...(values.get(marked.unit) ?? []), ...markedValues(marked)]);
    if (zeroFor(group, marked.unit) === true) zero.set(marked.unit, true);
  }
  return new Map([...values].map(([unit, v]) => [unit, valueDomain(v, { zero: zero.get(unit) ?? "auto" })]));
}

/** Draws small multiples: each group's chart on the shared domain of its unit; null for an undrawable group. */
export function smallMultiples(
  groups: readonly MetricGroup[],
  options: Omit<ChartOptions, "domain">,
): (IndicatorChart | null)[] {
  const domains = sharedDomains(groups);
  return groups.map((group) => {
    const unit = markRows(groupRows(group)).unit;
    return indicatorChart(group, { ...options, domain: domains.get(unit) });
  });
}
