import { metricGroup } from "./group.ts";
import type { CityInfo, MetricGroup, MetricInfo } from "./types.ts";

/** The main economic indicators of the headline panel, in reading order (ids of the public contract). */
export const mainMetrics = [
  "gdp_growth",
  "industrial_value_added_growth",
  "budget_revenue_growth",
  "retail_sales_growth",
  "fixed_investment_growth",
  "urban_income_growth",
  "rural_income_growth",
] as const;

/** Labels of a main indicator that neither the records nor the vocabulary name. */
const fallbackLabels: Record<(typeof mainMetrics)[number], [string, string]> = {
  gdp_growth: ["地区生产总值增长", "GDP growth"],
  industrial_value_added_growth: ["规上工业增加值增长", "Industrial value added growth"],
  budget_revenue_growth: ["一般公共预算收入增长", "Budget revenue growth"],
  retail_sales_growth: ["社会消费品零售总额增长", "Retail sales growth"],
  fixed_investment_growth: ["固定资产投资增长", "Fixed-asset investment growth"],
  urban_income_growth: ["城镇居民人均可支配收入增长", "Urban disposable income growth"],
  rural_income_growth: ["农村居民人均可支配收入增长", "Rural disposable income growth"],
};

/**
 * The headline groups: one per main indicator, in the order above, taken from the grouped records, or an
 * empty group (every city 未提及) when no report states the indicator.
 */
export function headlineGroups(
  groups: readonly MetricGroup[],
  cities: readonly CityInfo[],
  metrics: readonly MetricInfo[],
): MetricGroup[] {
  return mainMetrics.map((id) => {
    const found = groups.find((g) => g.id === id);
    if (found) return found;
    const info = metrics.find((m) => m.id === id) ?? null;
    const empty = metricGroup(id, [], cities, info);
    const [zh, en] = fallbackLabels[id];
    return { ...empty, label_zh: info?.label_zh ?? zh, label_en: info?.label_en ?? en };
  });
}
