import type { SearchFilters } from "./search.ts";

/** What the search page's URL holds: the query and the filters (`/search/?q=养老&city=zhongwei&part=plan`). */
export interface SearchState extends SearchFilters {
  q: string;
}

/** URL values of the part filter. */
const PARTS = { review: "review", plan: "plan" } as const;

/** Read the state from a query string; unknown cities and parts are ignored (`cities`: the known city ids). */
export function readState(params: URLSearchParams, cities: readonly string[]): SearchState {
  const city = params.get("city");
  const part = params.get("part");
  return {
    q: params.get("q") ?? "",
    city: city && cities.includes(city) ? city : null,
    period: part === PARTS.review || part === PARTS.plan ? part : null,
  };
}

/** The query string of a state (`?q=…&city=…&part=…`), empty parts left out; "" for an empty state. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set("q", state.q.trim());
  if (state.city) params.set("city", state.city);
  if (state.period) params.set("part", state.period);
  const s = params.toString();
  return s ? `?${s}` : "";
}
