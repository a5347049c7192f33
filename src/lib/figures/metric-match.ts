import type { Metric } from "../schema/metric.ts";
import { familiesOf } from "./units.ts";
import { namesChange } from "./verb.ts";

/** What a figure offers for matching: its label, unit, whether it is a rate of change, and the year it is about. */
export interface MatchInput {
  label: string;
  unit: string;
  change: boolean;
  /** The year the figure is about: a change against an older base year (比2015年下降12%) is no annual change. */
  year?: number;
}

/** The base year a change is measured against (`比2015年`, `较2015年`), if the label names one. */
const baseYear = (label: string) => Number(/[比较](\d{4})年/.exec(label)?.[1] ?? Number.NaN);

/**
 * The vocabulary entry of a figure: one of its names occurs in the label, its unit family holds the figure's unit
 * and its measure agrees (a change such as 增长 6% never maps to a level such as 装机能力达到30万台).
 * The longest matching name wins; null when none fits, or when the change is measured against an older base year.
 */
export function matchMetric(figure: MatchInput, metrics: readonly Metric[]): Metric | null {
  const families = familiesOf(figure.unit);
  const change = figure.change || namesChange(figure.label);
  // The vocabulary's change indicators are year-on-year: a change over several years has no id of its own.
  const base = baseYear(figure.label);
  if (change && figure.year !== undefined && base < figure.year - 1) return null;
  let best: Metric | null = null;
  let bestLength = 0;
  for (const m of metrics) {
    if (!families.includes(m.unit) || (m.measure === "change") !== change) continue;
    for (const name of m.names) {
      if (name.length > bestLength && figure.label.includes(name)) {
        best = m;
        bestLength = name.length;
      }
    }
  }
  return best;
}
