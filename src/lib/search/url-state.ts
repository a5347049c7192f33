import type { SearchFilters } from "./search.ts";

/** What the search page's URL holds: the query and the filters (`/search/?q=养老&place=zhongwei&year=2021&part=plan`). */
export interface SearchState extends SearchFilters {
  q: string;
}

/** The values the filters may take: known place ids, plan years and parts. */
export interface FilterChoices {
  places: readonly string[];
  years: readonly number[];
  parts: readonly string[];
}

/**
 * Read the state from a query string; unknown places, years and parts are ignored. The older `city` parameter
 * is read as `place`.
 */
export function readState(params: URLSearchParams, choices: FilterChoices): SearchState {
  const place = params.get("place") ?? params.get("city");
  const year = Number(params.get("year"));
  const part = params.get("part");
  return {
    q: params.get("q") ?? "",
    place: place && choices.places.includes(place) ? place : null,
    year: choices.years.includes(year) ? year : null,
    period: part && choices.parts.includes(part) ? part : null,
  };
}

/** The query string of a state (`?q=…&place=…&year=…&part=…`), empty parts left out; "" for an empty state. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set("q", state.q.trim());
  if (state.place) params.set("place", state.place);
  if (state.year) params.set("year", String(state.year));
  if (state.period) params.set("part", state.period);
  const s = params.toString();
  return s ? `?${s}` : "";
}
