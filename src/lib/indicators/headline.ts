import type { Figure } from "../schema/figure.ts";
import { documentOrder } from "./group.ts";
import { indicatorHref } from "./record-row.ts";
import type { MetricInfo } from "./types.ts";
import { chartFigures, reportYear } from "./years.ts";

/** The main economic indicators, in reading order (ids of the public contract). */
export const mainMetrics = [
  "gdp_growth",
  "industrial_value_added_growth",
  "budget_revenue_growth",
  "retail_sales_growth",
  "fixed_investment_growth",
  "urban_income_growth",
  "rural_income_growth",
] as const;

/** One main indicator of one report: the year-before results and the plan-year targets it states. */
export interface KeyFigure {
  id: string;
  label_zh: string;
  href: string;
  results: Figure[];
  targets: Figure[];
}

/** Figures stating the same value once, the first statement of each (a restatement elsewhere is not news). */
function once(figures: readonly Figure[]): Figure[] {
  const seen = new Set<string>();
  return figures.filter((f) => {
    const key = JSON.stringify([f.value, f.min, f.max, f.unit, f.qualifier, f.estimate]);
    return !seen.has(key) && seen.add(key);
  });
}

/**
 * The main indicators one report states (for the reader's key figures): results of the year before the plan
 * year and targets of the plan year, single-year figures only, in document order; indicators it does not
 * state are left out; a value stated twice is shown once, from its first statement.
 */
export function keyFigures(figures: readonly Figure[], report: string, metrics: readonly MetricInfo[]): KeyFigure[] {
  const own = chartFigures(figures.filter((f) => f.report === report), reportYear(report)).sort(documentOrder);
  return mainMetrics.flatMap((id) => {
    const mine = own.filter((f) => f.metric === id);
    if (!mine.length) return [];
    const label_zh = metrics.find((m) => m.id === id)?.label_zh ?? mine[0]?.label_zh ?? id;
    const results = once(mine.filter((f) => f.kind === "result"));
    const targets = once(mine.filter((f) => f.kind === "target"));
    return [{ id, label_zh, href: indicatorHref(id), results, targets }];
  });
}
