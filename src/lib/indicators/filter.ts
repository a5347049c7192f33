/** The record table's filter: a city id or `all`, a kind or `all`. */
export interface RecordFilter {
  city: string;
  kind: "all" | "result" | "target";
}

/** The filter showing everything. */
export const showAll: RecordFilter = { city: "all", kind: "all" };

/** Reads a filter from a query string (`?city=zhongwei&kind=target`), ignoring values it does not know. */
export function parseFilter(search: string, cities: readonly string[]): RecordFilter {
  const params = new URLSearchParams(search);
  const city = params.get("city") ?? "all";
  const kind = params.get("kind") ?? "all";
  return {
    city: cities.includes(city) ? city : "all",
    kind: kind === "result" || kind === "target" ? kind : "all",
  };
}

/** Writes a filter into a query string, keeping other parameters; `all` values are left out. */
export function filterQuery(filter: RecordFilter, search = ""): string {
  const params = new URLSearchParams(search);
  for (const key of ["city", "kind"] as const) {
    if (filter[key] === "all") params.delete(key);
    else params.set(key, filter[key]);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** True when a record of this city and kind passes the filter. */
export const passes = (filter: RecordFilter, city: string, kind: string): boolean =>
  (filter.city === "all" || filter.city === city) && (filter.kind === "all" || filter.kind === kind);

/** The status line after filtering, e.g. `显示 12 条记录（共 96 条）` or `显示全部 96 条记录`. */
export function filterStatus(shown: number, total: number): string {
  return shown === total ? `显示全部 ${total} 条记录` : `显示 ${shown} 条记录（共 ${total} 条）`;
}
