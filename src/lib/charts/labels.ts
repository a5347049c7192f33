import { format } from "d3-format";
import type { FigureValue } from "./value-mark.ts";
import { figureSign, isFlat } from "./value-mark.ts";

/** Formats a number the way the reports write it: no trailing zeros, no thousands separators (minus sign −). */
export const formatNumber = format("~f");

/** A number with its unit, e.g. `6.5%`, `853万人次`; a ratio unit `:` joins the parts. */
export function withUnit(n: number, unit: string): string {
  return `${formatNumber(n)}${unit === ":" ? "" : unit}`;
}

/** Qualifying words written right after a number (`4.5%以内`) or right before it (`控制在3.67%`, `突破1000万人次`). */
const wordsAfter = ["以内", "以上", "左右"];
const wordsBefore = ["控制在", "不超过", "不低于", "超过", "突破", "约"];
const defaultWord = { approx: "左右", at_least: "以上", at_most: "以内" } as const;

/**
 * A qualified number in the words of its quote where they sit next to it (`控制在3.67%` stays so, rather than
 * becoming `3.67%以内`); otherwise with the qualifier's usual suffix (a list such as `分别下降12%、11%以上`).
 */
function qualify(text: string, figure: FigureValue): string {
  if (!figure.qualifier) return text;
  const at = figure.quote.indexOf(text);
  if (at >= 0) {
    const next = figure.quote.slice(at + text.length, at + text.length + 2);
    if (wordsAfter.includes(next)) return `${text}${next}`;
    const prefix = wordsBefore.find((w) => figure.quote.slice(0, at).endsWith(w));
    if (prefix) return `${prefix}${text}`;
  }
  return `${text}${defaultWord[figure.qualifier]}`;
}

/**
 * A figure's value as the reports phrase it, for tables and labels: `6.5%左右`, `6.5%—7%`, `80%以上`,
 * `控制在3.67%`, `下降19.6%`, `持平`, `14:43:43`. Estimates are not prefixed here (see {@link markLabel}).
 */
export function valueText(figure: FigureValue): string {
  if (isFlat(figure)) return "持平";
  const { value, min, max, unit } = figure;
  if (Array.isArray(value)) return value.map(formatNumber).join(":");
  const fall = figureSign(figure) === -1 ? "下降" : "";
  let text: string;
  if (min !== null && max !== null && min !== max) text = `${withUnit(min, unit)}—${withUnit(max, unit)}`;
  else text = withUnit(value ?? min ?? max ?? Number.NaN, unit);
  return `${fall}${qualify(text, figure)}`;
}

/** The label drawn next to a mark: the value text, prefixed 预计 for an estimate. */
export function markLabel(figure: FigureValue): string {
  return `${figure.estimate ? "预计" : ""}${valueText(figure)}`;
}

/** A tick label: the number, with the % sign for percentages (other units go in the axis caption). */
export function tickLabel(n: number, unit: string): string {
  return unit === "%" ? `${formatNumber(n)}%` : formatNumber(n);
}
