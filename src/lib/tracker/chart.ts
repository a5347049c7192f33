import { format } from "d3-format";
import { scaleLinear } from "d3-scale";
import type { Figure } from "../schema/figure.ts";
import type { Place } from "../schema/place.ts";
import type { Lang } from "../../i18n/config.ts";
import { markLabelEn, unitEn, valueTextEn, withUnitEn } from "../../i18n/figures.ts";
import { inUnit, sameQuantity } from "../figures/units.ts";
import { isCeiling } from "./judge.ts";
import { shortName, shortNameEn, type TrackerRow } from "./view.ts";
import { orderPlaces } from "../render/places.ts";

/** Geometry of a tracker chart (SVG user units). */
export const TRACKER_CHART = { width: 640, row: 30, left: 112, right: 24, top: 28, bottom: 28 } as const;

/** One place's row of a tracker chart: the target as a band or tick, the outcome as a dot. */
export interface TrackerChartRow {
  place: Place;
  y: number;
  /** Target band [x0, x1] (equal ends: a tick). */
  target: [number, number];
  /** The target: its sentence in Chinese, its value in English (`about 6.5%`). */
  targetText: string;
  /** Outcome position, or null when the next report states none. */
  outcome: number | null;
  /** The outcome's value (`5.6%`, in English `est. 5.6%`), empty when there is none. */
  outcomeText: string;
  status: TrackerRow["record"]["status"];
  /** The row is the region's, drawn as the reference of its cities. */
  reference: boolean;
}

/** A pure chart model: rows, x ticks and the region's reference rule; the component only draws it. */
export interface TrackerChartModel {
  metric: string;
  /** The year of the targets it draws (a page may chart one indicator for several years). */
  year: number;
  /** A page-unique id for the chart's elements: one per indicator and year (`trc-gdp_growth-2020`). */
  id: string;
  height: number;
  rows: TrackerChartRow[];
  ticks: { x: number; label: string }[];
  zero: number | null;
  /** The region's target as a vertical rule over its own row and its cities' rows (`y1`: where it ends), not over other places'. */
  rule: { x: number; label: string; y1: number } | null;
  /** What the ticks count, when they give bare numbers (English counts: `people`, `mu`), else empty. */
  unitNote: string;
}

/** The region named as the region: 宁夏回族自治区 → 宁夏（自治区）; in English, from its English name: Ningxia (region). */
export function regionLabel(name: string, lang: Lang = "zh-CN"): string {
  return lang === "en" ? `${shortNameEn(name)} (region)` : `${shortName(name)}（${/(自治区|省|自治州|市)$/.exec(name)?.[1] ?? "上级"}）`;
}

/** A row's place label in a language: the region as the region, a city by its short name. */
export function rowLabel(row: Pick<TrackerChartRow, "place" | "reference">, lang: Lang = "zh-CN"): string {
  const name = lang === "en" ? row.place.name_en : row.place.name_zh;
  return row.reference ? regionLabel(name, lang) : lang === "en" ? shortNameEn(name) : shortName(name);
}

const signed = (f: Figure, n: number | null) => (n === null ? null : f.direction === "down" ? -n : n);
const text = (n: number | null, unit: string, lang: Lang = "zh-CN") =>
  n === null ? "" : lang === "en" ? withUnitEn(Number(n.toFixed(2)), unit) : `${Number(n.toFixed(2))}${unit}`;

const compact = format(",.3~s");
/**
 * An English tick: a percentage with its sign, a count as a short number (`200k`, `1.2M`), its unit said once
 * beside the chart ({@link TrackerChartModel.unitNote}), so long unit words do not crowd the axis.
 */
export function tickEn(n: number, unit: string): string {
  const { suffix, factor } = unitEn(unit);
  if (suffix === "%" || unit === "个百分点") return withUnitEn(Number(n.toFixed(2)), unit === "个百分点" ? "个百分点" : "%").replace(" percentage points", " pts");
  const v = Number((n * factor).toPrecision(12));
  return Math.abs(v) < 1000 ? format(",~f")(v) : compact(v).replace("G", "bn");
}

/**
 * The chart of one indicator: a row per place (the region first, as the reference of its cities), each target as a
 * band (a range, or `左右` widened to its 0.5-point tolerance) or a tick, the outcome as a dot, on one linear scale.
 * Its words (ticks, the target and outcome texts, the region's rule) are in `lang`.
 */
export function trackerChart(rows: readonly TrackerRow[], places: readonly Place[], lang: Lang = "zh-CN"): TrackerChartModel {
  const en = lang === "en";
  // The region first, then its cities, then places of no region of the chart (another province, the nation).
  const order = orderPlaces([...places].sort((a, b) => Number(b.parent === null) - Number(a.parent === null)));
  const ordered = order.flatMap((p) => rows.filter((r) => r.record.place === p.id).slice(0, 1).map((r) => ({ r, p })));
  const { width, row, left, right, top, bottom } = TRACKER_CHART;
  // One scale, one unit: every target and outcome is written in the first row's unit (`7000人` beside the
  // region's `7.2万人` is drawn as 0.7万人).
  const unit = ordered[0]?.r.target.unit ?? "";
  const bands = ordered.map(({ r }) => {
    const t = sameQuantity(r.target.unit, unit, r.metric.unit) ? inUnit(r.target, unit, r.metric.unit) : r.target;
    const change = r.metric.measure === "change";
    const lo = change ? signed(t, t.min ?? (typeof t.value === "number" ? t.value : null)) : t.min ?? (typeof t.value === "number" ? t.value : null);
    const hi = change ? signed(t, t.max ?? (typeof t.value === "number" ? t.value : null)) : t.max ?? (typeof t.value === "number" ? t.value : null);
    const base = lo ?? hi ?? 0;
    // Only a floor has the tolerance of `near`: a ceiling (`居民消费价格涨幅3%左右`) is drawn as its value.
    const loose = t.qualifier === "approx" && t.unit === "%" && !isCeiling(t, r.metric);
    const a = Math.min(base, hi ?? base) - (loose ? 0.5 : 0);
    const b = Math.max(base, hi ?? base);
    // A judged outcome is drawn in the same unit (`12389人` against `1.1万人` as 1.2389万人).
    const out = r.outcome && r.record.status !== "not_comparable" && sameQuantity(r.outcome.unit, t.unit, r.metric.unit) ? inUnit(r.outcome, t.unit, r.metric.unit) : null;
    const o = out && typeof out.value === "number" ? (change ? signed(out, out.value) : out.value) : null;
    return { a, b, o, t: base, unit: t.unit };
  });
  const values = bands.flatMap((b) => [b.a, b.b, ...(b.o === null ? [] : [b.o])]);
  const x = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(0, ...values)])
    .nice()
    .range([left, width - right]);
  const height = top + bottom + ordered.length * row;
  const chartRows = ordered.map(({ r, p }, i) => ({
    place: p,
    y: top + i * row + row / 2,
    target: [x(bands[i]!.a), x(bands[i]!.b)] as [number, number],
    targetText: en ? valueTextEn(r.target) : r.target.quote,
    outcome: bands[i]!.o === null ? null : x(bands[i]!.o!),
    outcomeText: en ? (bands[i]!.o === null || !r.outcome ? "" : markLabelEn(r.outcome)) : text(bands[i]!.o, bands[i]!.unit),
    status: r.record.status,
    reference: p.parent === null && order.some((c) => c.parent === p.id),
  }));
  const ref = chartRows.findIndex((c) => c.reference);
  // The rule's rows: the region's and those of its cities that follow it.
  let last = ref;
  while (ref >= 0 && last + 1 < chartRows.length && chartRows[last + 1]!.place.parent === chartRows[ref]!.place.id) last++;
  const metric = ordered[0]?.r.metric.id ?? "";
  const year = ordered[0]?.r.record.year ?? 0;
  return {
    metric,
    year,
    id: `trc-${metric}-${year}`,
    height,
    rows: chartRows,
    ticks: x.ticks(5).map((v) => ({ x: x(v), label: en ? tickEn(v, unit) : text(v, unit) })),
    zero: x.domain()[0]! < 0 ? x(0) : null,
    unitNote: en && unitEn(unit).suffix !== "%" ? unitEn(unit).suffix.trim() : "",
    rule:
      ref >= 0
        ? {
            x: x(bands[ref]!.t),
            label: en ? `${rowLabel(chartRows[ref]!, lang)} target` : `${regionLabel(chartRows[ref]!.place.name_zh)}目标`,
            y1: chartRows[last]!.y + row / 2,
          }
        : null,
  };
}
