import { scaleLinear } from "d3";
import type { Figure } from "../schema/figure.ts";
import type { Place } from "../schema/place.ts";
import { shortName, type TrackerRow } from "./view.ts";

/** Geometry of a tracker chart (SVG user units). */
export const TRACKER_CHART = { width: 640, row: 30, left: 112, right: 24, top: 28, bottom: 28 } as const;

/** One place's row of a tracker chart: the target as a band or tick, the outcome as a dot. */
export interface TrackerChartRow {
  place: Place;
  y: number;
  /** Target band [x0, x1] (equal ends: a tick). */
  target: [number, number];
  targetText: string;
  /** Outcome position, or null when the next report states none. */
  outcome: number | null;
  outcomeText: string;
  status: TrackerRow["record"]["status"];
  /** The row is the region's, drawn as the reference of its cities. */
  reference: boolean;
}

/** A pure chart model: rows, x ticks and the region's reference rule; the component only draws it. */
export interface TrackerChartModel {
  metric: string;
  height: number;
  rows: TrackerChartRow[];
  ticks: { x: number; label: string }[];
  zero: number | null;
  /** The region's target as a vertical rule over every row. */
  rule: { x: number; label: string } | null;
}

/** The region named as the region: 宁夏回族自治区 → 宁夏（自治区）. */
export const regionLabel = (name: string) => `${shortName(name)}（${/(自治区|省|自治州|市)$/.exec(name)?.[1] ?? "上级"}）`;

const signed = (f: Figure, n: number | null) => (n === null ? null : f.direction === "down" ? -n : n);
const text = (n: number | null, unit: string) => (n === null ? "" : `${Number(n.toFixed(2))}${unit}`);

/**
 * The chart of one indicator: a row per place (the region first, as the reference of its cities), each target as a
 * band (a range, or `左右` widened to its 0.5-point tolerance) or a tick, the outcome as a dot, on one linear scale.
 */
export function trackerChart(rows: readonly TrackerRow[], places: readonly Place[]): TrackerChartModel {
  const order = [...places].sort((a, b) => Number(b.parent === null) - Number(a.parent === null));
  const ordered = order.flatMap((p) => rows.filter((r) => r.record.place === p.id).slice(0, 1).map((r) => ({ r, p })));
  const { width, row, left, right, top, bottom } = TRACKER_CHART;
  const bands = ordered.map(({ r }) => {
    const t = r.target;
    const change = r.metric.measure === "change";
    const lo = change ? signed(t, t.min ?? (typeof t.value === "number" ? t.value : null)) : t.min ?? (typeof t.value === "number" ? t.value : null);
    const hi = change ? signed(t, t.max ?? (typeof t.value === "number" ? t.value : null)) : t.max ?? (typeof t.value === "number" ? t.value : null);
    const base = lo ?? hi ?? 0;
    const loose = t.qualifier === "approx" && t.unit === "%";
    const a = Math.min(base, hi ?? base) - (loose ? 0.5 : 0);
    const b = Math.max(base, hi ?? base);
    const o = r.outcome && typeof r.outcome.value === "number" && r.record.status !== "not_comparable" ? (change ? signed(r.outcome, r.outcome.value) : r.outcome.value) : null;
    return { a, b, o, t: base };
  });
  const values = bands.flatMap((b) => [b.a, b.b, ...(b.o === null ? [] : [b.o])]);
  const x = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(0, ...values)])
    .nice()
    .range([left, width - right]);
  const height = top + bottom + ordered.length * row;
  const unit = ordered[0]?.r.target.unit ?? "";
  const chartRows = ordered.map(({ r, p }, i) => ({
    place: p,
    y: top + i * row + row / 2,
    target: [x(bands[i]!.a), x(bands[i]!.b)] as [number, number],
    targetText: r.target.quote,
    outcome: bands[i]!.o === null ? null : x(bands[i]!.o!),
    outcomeText: text(bands[i]!.o, r.outcome?.unit ?? unit),
    status: r.record.status,
    reference: p.parent === null && order.some((c) => c.parent === p.id),
  }));
  const ref = chartRows.findIndex((c) => c.reference);
  return {
    metric: ordered[0]?.r.metric.id ?? "",
    height,
    rows: chartRows,
    ticks: x.ticks(5).map((v) => ({ x: x(v), label: text(v, unit) })),
    zero: x.domain()[0]! < 0 ? x(0) : null,
    rule: ref >= 0 ? { x: x(bands[ref]!.t), label: `${regionLabel(chartRows[ref]!.place.name_zh)}目标` } : null,
  };
}
