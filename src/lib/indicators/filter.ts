import type { Lang } from "../../i18n/config.ts";

/** The record table's filter: a place id, a kind, a plan year, each or `all`. */
export interface RecordFilter {
  place: string;
  kind: "all" | "result" | "target";
  year: string;
}

/** The filter showing everything. */
export const showAll: RecordFilter = { place: "all", kind: "all", year: "all" };

/**
 * Reads a filter from a query string (`?place=zhongwei&kind=target&year=2021`; the older `city` means `place`),
 * ignoring places and years it does not know.
 */
export function parseFilter(search: string, places: readonly string[], years: readonly string[] = []): RecordFilter {
  const params = new URLSearchParams(search);
  const place = params.get("place") ?? params.get("city") ?? "all";
  const kind = params.get("kind") ?? "all";
  const year = params.get("year") ?? "all";
  return {
    place: places.includes(place) ? place : "all",
    kind: kind === "result" || kind === "target" ? kind : "all",
    year: years.includes(year) ? year : "all",
  };
}

/** Writes a filter into a query string, keeping other parameters; `all` values are left out. */
export function filterQuery(filter: RecordFilter, search = ""): string {
  const params = new URLSearchParams(search);
  params.delete("city");
  for (const key of ["place", "kind", "year"] as const) {
    if (filter[key] === "all") params.delete(key);
    else params.set(key, filter[key]);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** True when a record of this place, kind and plan year passes the filter. */
export const passes = (filter: RecordFilter, place: string, kind: string, year = "all"): boolean =>
  (filter.place === "all" || filter.place === place) &&
  (filter.kind === "all" || filter.kind === kind) &&
  (filter.year === "all" || filter.year === year);

/**
 * The status line's words in each language (here rather than in the UI dictionaries: the filter's script
 * runs in the browser, and needs these alone).
 */
const STATUS: Record<Lang, { all: (total: number) => string; some: (shown: number, total: number) => string }> = {
  "zh-CN": { all: (total) => `显示全部 ${total} 条记录`, some: (shown, total) => `显示 ${shown} 条记录（共 ${total} 条）` },
  en: { all: (total) => `Showing all ${total} ${total === 1 ? "record" : "records"}`, some: (shown, total) => `Showing ${shown} of ${total} records` },
};

/** The status line after filtering, e.g. `显示 12 条记录（共 96 条）` or `显示全部 96 条记录` (`Showing 12 of 96 records`). */
export function filterStatus(shown: number, total: number, lang: Lang = "zh-CN"): string {
  const words = STATUS[lang];
  return shown === total ? words.all(total) : words.some(shown, total);
}
