import type { Metric } from "../schema/metric.ts";
import { familiesOf } from "./units.ts";
import { namesChange } from "./verb.ts";

/** What a figure offers for matching: its label, unit and whether it is a rate of change. */
export interface MatchInput {
  label: string;
  unit: string;
  change: boolean;
}

/**
 * The vocabulary entry of a figure: one of its names occurs in the label, its unit family holds the figure's unit
 * and its measure agrees (a change such as 增长 6% never maps to a level such as 装机能力达到30万台).
 * The longest matching name wins; null when none fits.
 */
export function matchMetric(figure: MatchInput, metrics: readonly Metric[]): Metric | null {
  const families = familiesOf(figure.unit);
  const change = figure.change || namesChange(figure.label);
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
