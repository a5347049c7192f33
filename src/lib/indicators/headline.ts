import type { Figure } from "../schema/figure.ts";
import { documentOrder } from "./group.ts";
import type { PlaceInfo } from "./places.ts";
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

/**
 * The main indicators one report states (for the reader's key figures): results of the year before the plan
 * year and targets of the plan year, single-year figures only, in document order; indicators it does not
 * state are left out.
 */
export function keyFigures(figures: readonly Figure[], report: string, metrics: readonly MetricInfo[]): KeyFigure[] {
  const own = chartFigures(figures.filter((f) => f.report === report), reportYear(report)).sort(documentOrder);
  return mainMetrics.flatMap((id) => {
    const mine = own.filter((f) => f.metric === id);
    if (!mine.length) return [];
    const label_zh = metrics.find((m) => m.id === id)?.label_zh ?? mine[0]?.label_zh ?? id;
    const results = mine.filter((f) => f.kind === "result");
    const targets = mine.filter((f) => f.kind === "target");
    return [{ id, label_zh, href: indicatorHref(id), results, targets }];
  });
}

/** A main indicator in the shape the reader's key figures used to read (`group.cities[].city.id`). */
export interface LegacyHeadlineGroup {
  id: string;
  label_zh: string;
  label_en: string | null;
  cities: { city: PlaceInfo; results: Figure[]; targets: Figure[] }[];
}

/**
 * @deprecated Kept so the reader's key figures build until they move to {@link keyFigures}: it mixes the
 * reports of every year of a place. The main indicators, each with every place's records of every year.
 */
export function headlineGroups(figures: readonly Figure[], places: readonly PlaceInfo[], metrics: readonly MetricInfo[]): LegacyHeadlineGroup[] {
  return mainMetrics.map((id) => {
    const info = metrics.find((m) => m.id === id);
    const own = figures.filter((f) => f.metric === id).sort(documentOrder);
    return {
      id,
      label_zh: info?.label_zh ?? own[0]?.label_zh ?? id,
      label_en: info?.label_en ?? null,
      cities: places.map((city) => ({
        city,
        results: own.filter((f) => f.city === city.id && f.kind === "result"),
        targets: own.filter((f) => f.city === city.id && f.kind === "target"),
      })),
    };
  });
}
