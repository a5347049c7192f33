import type { Place, PlaceLevel } from "../schema/place.ts";

/** What the grid, the reader and the comparison need of a report. */
export interface ReportRef {
  id: string;
  place: string;
  year: number;
}

/**
 * The places in reading order: each place without a parent among them first, then its children in the
 * order of the list, depth first (the region, then its cities as `places.json` lists them).
 */
export function orderPlaces<P extends Pick<Place, "id" | "parent">>(places: readonly P[]): P[] {
  const ids = new Set(places.map((p) => p.id));
  const out: P[] = [];
  const visit = (p: P) => {
    if (out.includes(p)) return;
    out.push(p);
    for (const child of places) if (child.parent === p.id) visit(child);
  };
  for (const p of places) if (p.parent === null || !ids.has(p.parent)) visit(p);
  for (const p of places) visit(p);
  return out;
}

/**
 * The level of a place as its name says it: a province-level place is a 自治区, 省 or 直辖市 (never 市
 * alone); a city a 地级市, 自治州 or 盟; a district a 区, 县 or 旗.
 */
export function levelName(level: PlaceLevel, nameZh: string): string {
  if (level === "nation") return "国家";
  if (level === "province") return /自治区$/.test(nameZh) ? "自治区" : /市$/.test(nameZh) ? "直辖市" : "省";
  if (level === "city") return /自治州$/.test(nameZh) ? "自治州" : /盟$/.test(nameZh) ? "盟" : /州$/.test(nameZh) ? "州" : "地级市";
  return /县$/.test(nameZh) ? "县" : /旗$/.test(nameZh) ? "旗" : "区";
}

/** A place's name without its level suffix, for tight labels: 中卫市 → 中卫, 宁夏回族自治区 → 宁夏. */
export function shortName(nameZh: string): string {
  return nameZh.replace(/(回族|壮族|维吾尔|藏族)?自治区$/, "").replace(/(市|省|自治州|盟|地区)$/, "") || nameZh;
}

/** One row of the grid: a place and its report of each year (null where there is none). */
export interface GridRow<P, R> {
  place: P;
  cells: (R | null)[];
}

/** Places × years: the years that have reports (ascending), and a row for each place that has any, in {@link orderPlaces} order. */
export function reportGrid<P extends Pick<Place, "id" | "parent">, R extends ReportRef>(
  places: readonly P[],
  reports: readonly R[],
): { years: number[]; rows: GridRow<P, R>[] } {
  const years = [...new Set(reports.map((r) => r.year))].sort((a, b) => a - b);
  const rows = orderPlaces(places)
    .map((place) => ({ place, cells: years.map((y) => reports.find((r) => r.place === place.id && r.year === y) ?? null) }))
    .filter((row) => row.cells.some((c) => c !== null));
  return { years, rows };
}

/** The reports a reader links to: its place's other years, and the same year one level up and down. */
export interface RelatedReports<R> {
  /** The same place's reports of other years, by year. */
  otherYears: R[];
  /** The report of the place one level up (the region, for a city) of the same year, if any. */
  parent: R | null;
  /** The reports of the places one level down (the cities, for the region) of the same year, in place order. */
  children: R[];
}

/** The reports related to `report` among `reports`, with `places` giving parents and order. */
export function relatedReports<P extends Pick<Place, "id" | "parent">, R extends ReportRef>(
  report: R,
  reports: readonly R[],
  places: readonly P[],
): RelatedReports<R> {
  const order = orderPlaces(places).map((p) => p.id);
  const parentId = places.find((p) => p.id === report.place)?.parent ?? null;
  const childIds = new Set(places.filter((p) => p.parent === report.place).map((p) => p.id));
  const sameYear = reports.filter((r) => r.year === report.year);
  return {
    otherYears: reports.filter((r) => r.place === report.place && r.id !== report.id).sort((a, b) => a.year - b.year),
    parent: sameYear.find((r) => r.place === parentId) ?? null,
    children: sameYear.filter((r) => childIds.has(r.place)).sort((a, b) => order.indexOf(a.place) - order.indexOf(b.place)),
  };
}
