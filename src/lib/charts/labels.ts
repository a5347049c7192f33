import { format } from "d3";
import type { FigureValue } from "./value-mark.ts";
import { figureSign, isFlat } from "./value-mark.ts";

/** Formats a number the way the reports write it: no trailing zeros, no thousands separators (minus sign −). */
export const formatNumber = format("~f");

/** A number with its unit, e.g. `6.5%`, `853万人次`; a ratio unit `:` joins the parts. */
export function withUnit(n: number, unit: string): string {
  return `${formatNumber(n)}${unit === ":" ? "" : unit}`;
}

/**
 * A figure's value as the reports phrase it, for tables and labels: `6.5%左右`, `6.5%—7%`, `80%以上`,
 * `下降19.6%`, `持平`, `14:43:43`. Estimates are not prefixed here (see {@link markLabel}).
 */
export function valueText(figure: FigureValue): string {
  if (isFlat(figure)) return "持平";
  const { value, min, max, unit, qualifier } = figure;
  if (Array.isArray(value)) return value.map(formatNumber).join(":");
  const fall = figureSign(figure) === -1 ? "下降" : "";
  let text: string;
  if (min !== null && max !== null && min !== max) text = `${withUnit(min, unit)}—${withUnit(max, unit)}`;
  else text = withUnit(value ?? min ?? max ?? Number.NaN, unit);
  const suffix = qualifier === "approx" ? "左右" : qualifier === "at_least" ? "以上" : qualifier === "at_most" ? "以内" : "";
  return `${fall}${text}${suffix}`;
}

/** The label drawn next to a mark: the value text, prefixed 预计 for an estimate. */
export function markLabel(figure: FigureValue): string {
  return `${figure.estimate ? "预计" : ""}${valueText(figure)}`;
}

/** A tick label: the number, with the % sign for percentages (other units go in the axis caption). */
export function tickLabel(n: number, unit: string): string {
  return unit === "%" ? `${formatNumber(n)}%` : formatNumber(n);
}
