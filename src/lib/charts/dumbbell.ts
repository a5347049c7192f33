import type { Lang } from "../../i18n/config.ts";
import type { PlaceStyle } from "./palette.ts";
import { markedValues, type MarkedRows, type PlacedFigure } from "./rows.ts";
import { linearAxis, valueDomain, type DomainOptions } from "./scale.ts";
import { placeLabel, textWidth, type PlacedLabel } from "./text-width.ts";
import type { ValueMark } from "./value-mark.ts";
import { axisWords, chartWords, markWords } from "./words.ts";

/** A text placed in the chart. */
export type ChartText = PlacedLabel & { y: number; text: string };

/** A drawn mark: the value mark with its x positions and its value label. */
export interface MarkGeometry extends ValueMark {
  /** `result` (filled marker) or `target` (hollow marker, band, or bound). */
  role: "result" | "target";
  /** x of the value (a band's middle). */
  x: number;
  /** x of the lower and upper end (a band's edges; equal to x otherwise). */
  x1: number;
  x2: number;
  /** The value label. */
  label: ChartText;
  /** The source paragraph's permalink, when the figure has one: the mark is a link to it. */
  href: string | null;
  /** The year the figure is about. */
  year: number;
}

/** One laid-out row. */
export interface DumbbellRow {
  key: string;
  label: string;
  style: PlaceStyle;
  /** y of the row's centre line. */
  y: number;
  result: MarkGeometry | null;
  target: MarkGeometry | null;
  /** The result → target link, from the result to the nearest point of the target; null when there is none. */
  link: { x1: number; x2: number } | null;
  /** A note on what is missing (无2020年目标), or null. */
  note: ChartText | null;
  /** The region's row (its target is the reference rule of the rows that belong to it). */
  reference: boolean;
  /** The key of the region row it belongs to, or null. */
  parent: string | null;
}

/** A region's target as a dashed rule across its own row and the rows that belong to it, one per run of adjacent rows. */
export interface RuleGeometry {
  /** The region row's key. */
  key: string;
  x: number;
  y1: number;
  y2: number;
  style: PlaceStyle;
}

/** The complete geometry of a result → target (dumbbell) chart, ready to draw. */
export interface DumbbellModel {
  width: number;
  height: number;
  /** Left and right ends of the plot area. */
  plot: { left: number; right: number; top: number; bottom: number };
  /** The display unit of the axis. */
  unit: string;
  domain: [number, number];
  /** Ticks: position, label and its anchor (centred unless that would cross the chart's edge), zero flagged. */
  ticks: { x: number; label: string; anchor: PlacedLabel["anchor"]; zero: boolean }[];
  /** The unit of the axis when the ticks do not carry it (单位：万人), placed top left; null for percentages. */
  caption: ChartText | null;
  rows: DumbbellRow[];
  /** Each region's target as a dashed rule across its row and its places' rows (x, vertical extent, the region's style). */
  rules: RuleGeometry[];
  /** Which way is better, as an arrow note under the axis; null when the vocabulary does not say. */
  better: (ChartText & { direction: "up" | "down" }) | null;
}

/** Options of {@link dumbbellModel}. */
export interface DumbbellOptions {
  /** A shared domain (small multiples); computed from the rows when absent. */
  domain?: [number, number] | undefined;
  /** Whether a computed domain includes zero (see `valueDomain`; default `auto`). */
  zero?: DomainOptions["zero"] | undefined;
  /** Which way is better for this indicator. */
  better?: "up" | "down" | null | undefined;
  /** Years of the result and the target, for notes on missing figures (default 2019, 2020). */
  years?: [number, number] | undefined;
  /** Total width in SVG units (default 360). */
  width?: number | undefined;
  /** The language of the chart's words: value labels, notes, the axis unit (default Chinese). */
  lang?: Lang | undefined;
}

/** Layout constants (SVG units): label column, row height, label font size. */
export const layout = { left: 74, right: 26, top: 20, row: 58, axis: 44, font: 12 };

/** Where the plot starts: after the row labels (at x 19, 13 px) with room for a value label pushed left, never before `layout.left`. */
export function plotLeft(labels: readonly string[]): number {
  return Math.max(layout.left, Math.ceil(19 + Math.max(0, ...labels.map((l) => textWidth(l, 13))) + 14));
}

/** Lays out a result → target chart: one row per city, shared x scale, labels kept inside the plot. */
export function dumbbellModel(marked: MarkedRows, options: DumbbellOptions = {}): DumbbellModel {
  const { better = null, width = 360, lang } = options;
  const words = chartWords(lang);
  const [resultYear, targetYear] = options.years ?? [2019, 2020];
  const domain = options.domain ?? valueDomain(markedValues(marked), { zero: options.zero ?? "auto" });
  const plot = { left: plotLeft(marked.rows.map((r) => r.label)), right: width - layout.right, top: layout.top, bottom: 0 };
  plot.bottom = plot.top + marked.rows.length * layout.row;
  const axis = linearAxis(domain, [plot.left, plot.right]);
  const x = (n: number) => round(axis.scale(n));
  const axisText = axisWords(marked.unit, domain, lang);
  const ticks = axis.ticks.map((t) => {
    const label = axisText.tick(t);
    return { x: x(t), label, anchor: placeLabel(label, x(t), 11, 0, width).anchor, zero: t === 0 };
  });
  const caption: ChartText | null = axisText.caption === null ? null : { x: 0, y: 11, anchor: "start", text: axisText.caption };

  const geometry = (placed: PlacedFigure | null, role: "result" | "target", y: number): MarkGeometry | null => {
    if (!placed) return null;
    const { mark, figure } = placed;
    const g = { ...mark, role, x: x(mark.value), x1: x(mark.lo), x2: x(mark.hi), href: figure.url ?? null, year: figure.year };
    const text = markWords(figure, lang);
    const labelY = role === "target" ? y - 13 : y + 22;
    // A target's label is drawn in bold (marks.ts), wider than a result's.
    const at = placeLabel(text, g.x, layout.font, plot.left - 12, width - 2, role === "target");
    return { ...g, label: { ...at, y: labelY, text } };
  };

  const rows = marked.rows.map((row, i): DumbbellRow => {
    const y = plot.top + layout.row * i + layout.row / 2 - 2;
    const result = geometry(row.result, "result", y);
    const target = geometry(row.target, "target", y);
    let link: DumbbellRow["link"] = null;
    if (result && target) {
      const to = result.x < target.x1 ? target.x1 : result.x > target.x2 ? target.x2 : result.x;
      if (Math.abs(to - result.x) > 0.5) link = { x1: result.x, x2: to };
    }
    let note: ChartText | null = null;
    if (!result || !target) {
      const text = !result && !target ? words.noData : !result ? words.noResult(resultYear) : words.noTarget(targetYear);
      const present = result ?? target;
      const rightSide = !present || present.x < (plot.left + plot.right) / 2;
      note = { text, y: y + 4, x: rightSide ? plot.right : plot.left + 6, anchor: rightSide ? "end" : "start" };
    }
    return { key: row.key, label: row.label, style: row.style, y, result, target, link, note, reference: row.reference ?? false, parent: row.parent ?? null };
  });
  const rules = rows.flatMap((region) => {
    if (!region.reference || !region.target) return [];
    const own = rows.flatMap((r, i) => (r === region || r.parent === region.key ? [i] : []));
    if (own.length < 2) return [];
    const { x } = region.target;
    return runs(own).map(([first, last]) => ({ key: region.key, x, y1: plot.top + layout.row * first - (first === 0 ? 4 : 0), y2: plot.top + layout.row * (last + 1), style: region.style }));
  });

  const height = plot.bottom + layout.axis;
  const betterNote: DumbbellModel["better"] = better
    ? better === "up"
      ? { direction: "up", text: words.higherBetter, x: plot.right, y: height - 6, anchor: "end" }
      : { direction: "down", text: words.lowerBetter, x: plot.left, y: height - 6, anchor: "start" }
    : null;
  return { width, height, plot, unit: marked.unit, caption, domain, ticks, rows, rules, better: betterNote };
}

/** Runs of consecutive numbers of an ascending list, as [first, last]: [0, 1, 2, 5] → [[0, 2], [5, 5]]. */
function runs(indices: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const i of indices) {
    const last = out.at(-1);
    if (last && last[1] === i - 1) last[1] = i;
    else out.push([i, i]);
  }
  return out;
}

/** Rounds to a tenth of a unit: enough for SVG, stable in snapshots. */
export const round = (n: number) => Math.round(n * 10) / 10;
