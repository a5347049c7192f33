import { DEFAULT_LANG, type Lang } from "../../i18n/config.ts";
import type { Figure } from "../schema/figure.ts";
import { categoryName, categoryOrder, otherCategory } from "./categories.ts";
import { indicatorLabel } from "./label.ts";
import { metricIds } from "./metric-page.ts";
import type { PlaceInfo } from "./places.ts";
import { indicatorHref } from "./record-row.ts";
import type { MetricInfo } from "./types.ts";
import { reportYear } from "./years.ts";

/** Everything `/indicators/` shows: the plan years' pages and every indicator's page, by category. */
export interface IndicatorsIndex {
  /** Each plan year: its page, the places with a report, and its number of records. */
  years: { year: number; href: string; places: PlaceInfo[]; records: number }[];
  /** The indicators by category: name, page, how many places and which plan years state it. */
  categories: {
    id: string;
    name: string;
    en: string;
    metrics: { id: string; label: string; labelLang?: "zh-CN" | undefined; href: string; places: number; years: number[] }[];
  }[];
  /** Number of records in all, and of those outside the vocabulary. */
  total: number;
  unlisted: number;
}

/** The page of a plan year: `/indicators/<year>/`. */
export const yearHref = (year: number): string => `/indicators/${year}/`;

/** Builds the `/indicators/` model, its names in a language. */
export function indicatorsIndex(
  figures: readonly Figure[],
  places: readonly PlaceInfo[],
  metrics: readonly MetricInfo[],
  lang: Lang = DEFAULT_LANG,
): IndicatorsIndex {
  // Each record read once: by plan year and by indicator (not a pass over every record per year or indicator).
  const byYear = Map.groupBy(figures, (f) => reportYear(f.report));
  const byMetric = Map.groupBy(figures, (f) => f.metric);
  const years = [...byYear.keys()]
    .sort((a, b) => a - b)
    .map((year) => {
      const own = byYear.get(year)!;
      const cities = new Set(own.map((f) => f.city));
      return { year, href: yearHref(year), places: places.filter((p) => cities.has(p.id)), records: own.length };
    });
  const info = new Map(metrics.map((m) => [m.id, m]));
  const entries = metricIds(figures, metrics).map((id) => {
    const own = byMetric.get(id) ?? [];
    const label = indicatorLabel(lang, {
      label_zh: info.get(id)?.label_zh ?? own[0]?.label_zh ?? id,
      label_en: info.get(id)?.label_en ?? own[0]?.label_en ?? null,
    });
    return {
      category: info.get(id)?.category ?? otherCategory,
      id,
      label: label.text,
      labelLang: label.lang,
      href: indicatorHref(id),
      places: new Set(own.map((f) => f.city)).size,
      years: [...new Set(own.map((f) => reportYear(f.report)))].sort((a, b) => a - b),
    };
  });
  const categories = categoryOrder(metrics)
    .map((id) => ({
      id,
      ...{ name: lang === DEFAULT_LANG ? categoryName(id).zh : categoryName(id).en, en: categoryName(id).en },
      metrics: entries.filter((e) => e.category === id),
    }))
    .filter((c) => c.metrics.length > 0);
  return { years, categories, total: figures.length, unlisted: byMetric.get(null)?.length ?? 0 };
}
