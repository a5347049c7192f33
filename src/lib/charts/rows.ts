import type { PlaceStyle } from "./palette.ts";
import { displayUnit, unitParts } from "./units.ts";
import { scaleMark, valueMark, type FigureValue, type ValueMark } from "./value-mark.ts";
import { INDEX_UNIT, inUnit } from "../figures/units.ts";

/** A figure as a chart needs it: its value fields plus the year it is about. */
export type ChartFigure = FigureValue & { year: number; url?: string | undefined };

/** One row of a result → target chart (a city) before layout: the two figures it compares. */
export interface RowInput {
  /** Stable key (the city id). */
  key: string;
  /** Row label (the city's short name, 中卫). */
  label: string;
  /** Colour and marker shape. */
  style: PlaceStyle;
  /** A region: drawn before the rows that belong to it, its target as a dashed reference rule across their rows. */
  reference?: boolean | undefined;
  /** The key of the region row this row belongs to and is compared with (its province), or null. */
  parent?: string | null | undefined;
  /** The reviewed year's result, or null when the report gives none. */
  result: ChartFigure | null;
  /** The planned year's target, or null when the report gives none. */
  target: ChartFigure | null;
}

/** A figure with its mark, in the chart's display unit. */
export interface PlacedFigure {
  /** The record. */
  figure: ChartFigure;
  /** Its mark, rescaled to the display unit. */
  mark: ValueMark;
}

/** A row with its marks computed. */
export interface MarkedRow extends Omit<RowInput, "result" | "target"> {
  /** The result's mark, or null (missing, or not drawable). */
  result: PlacedFigure | null;
  /** The target's mark, or null. */
  target: PlacedFigure | null;
}

/** Rows with marks in one display unit: the step between records and layout. */
export interface MarkedRows {
  /** The unit the marks are in (the largest magnitude written: 万人 over 人). */
  unit: string;
  /** The rows. */
  rows: MarkedRow[];
}

/** Computes the marks of the rows' figures, converting every figure to one display unit. */
export function markRows(input: readonly RowInput[]): MarkedRows {
  // A price index on the previous year is drawn as the change it is (`103（上年=100）` at 3%), beside the others.
  const asChange = (f: ChartFigure | null | undefined) => (f && f.unit === INDEX_UNIT ? inUnit(f, "%") : (f ?? null));
  const rows = input.map((r) => ({ ...r, result: asChange(r.result), target: asChange(r.target) }));
  const units = rows.flatMap((r) => [r.result, r.target]).flatMap((f) => (f ? [f.unit] : []));
  const display = displayUnit(units);
  const place = (figure: ChartFigure | null): PlacedFigure | null => {
    const mark = figure && valueMark(figure);
    if (!figure || !mark) return null;
    return { figure, mark: scaleMark(mark, unitParts(figure.unit).factor, display.factor) };
  };
  return {
    unit: display.unit,
    rows: rows.map((r) => ({ key: r.key, label: r.label, style: r.style, reference: r.reference ?? false, parent: r.parent ?? null, result: place(r.result), target: place(r.target) })),
  };
}

/** Every value the marks of the rows span (band ends included): the input of a domain. */
export function markedValues(marked: MarkedRows): number[] {
  return marked.rows.flatMap((r) => [r.result, r.target]).flatMap((p) => (p ? [p.mark.lo, p.mark.hi] : []));
}
