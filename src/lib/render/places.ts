import type { Place, PlaceLevel } from "../schema/place.ts";

/** What the grid, the reader and the comparison need of a report. */
export interface ReportRef {
  id: string;
  place: string;
  year: number;
}

/** What a report's front matter says of its place: enough to list a place the hand-kept list lacks. */
export interface ReportPlace {
  place: string;
  place_zh: string;
  place_en: string;
  level: PlaceLevel;
  parent: string | null;
}

/**
 * The site's places: the hand-kept list (`content/places.json`), then each place of a report that the list lacks,
 * as its report's front matter names it (the ingest warns about it), by id. A report is listed, charted and
 * tracked under its place even before its place is added to the list.
 */
export function sitePlaces(places: readonly Place[], reports: readonly ReportPlace[]): Place[] {
  const known = new Set(places.map((p) => p.id));
  const extra = new Map<string, Place>();
  for (const r of reports) {
    if (known.has(r.place) || extra.has(r.place)) continue;
    extra.set(r.place, { id: r.place, name_zh: r.place_zh, name_en: r.place_en, level: r.level, parent: r.parent });
  }
  return [...places, ...[...extra.values()].sort((a, b) => a.id.localeCompare(b.id))];
}

/**
 * The places in reading order: each place without a parent among them first, then its children in the
 * order of the list, depth first (the region, then its cities as `places.json` lists them).
 */
export function orderPlaces<P extends Pick<Place, "id" | "parent">>(places: readonly P[]): P[] {
  const ids = new Set(places.map((p) => p.id));
  const children = Map.groupBy(places, (p) => p.parent);
  const out = new Set<P>();
  const visit = (p: P) => {
    if (out.has(p)) return;
    out.add(p);
    for (const child of children.get(p.id) ?? []) visit(child);
  };
  for (const p of places) if (p.parent === null || !ids.has(p.parent)) visit(p);
  for (const p of places) visit(p);
  return [...out];
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

/** Ethnic names that come between a region's name and its 自治区/自治州 (宁夏回族自治区, 黔西南布依族苗族自治州). */
const PEOPLES = "(?:回族|壮族|维吾尔|藏族|蒙古族|朝鲜族|土家族|苗族|布依族|彝族|侗族|哈尼族|傣族|白族|羌族|黎族|傈僳族|景颇族|哈萨克)";
const SHORT = new RegExp(`^(.{2,}?)${PEOPLES}*(?:自治区|自治州|自治县|省|市|州|盟|地区)$`);

/** A place's short name for tight labels: 石嘴山市 → 石嘴山, 宁夏回族自治区 → 宁夏, 内蒙古自治区 → 内蒙古. */
export function shortName(name: string): string {
  return SHORT.exec(name)?.[1] ?? name;
}

/** Peoples named in a region's English name between its name and `Autonomous Region` (Ningxia Hui Autonomous Region). */
const PEOPLES_EN = "(?: (?:Hui|Zhuang|Uygur|Uyghur|Tibetan|Mongol|Korean|Tujia|Miao|Buyei|Bouyei|Yi|Dong|Hani|Dai|Bai|Qiang|Li|Lisu|Jingpo|Kazak|Kazakh))*";
const SHORT_EN = new RegExp(`^(.+?)${PEOPLES_EN} (?:Autonomous Region|Autonomous Prefecture|Autonomous County|Province|Municipality|City|Prefecture|League)$`);

/** A place's short English name: Ningxia Hui Autonomous Region → Ningxia, Zhongwei → Zhongwei. */
export function shortNameEn(name: string): string {
  return SHORT_EN.exec(name)?.[1] ?? name;
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

/** A row's cells as the table draws them: each report in a cell of its own, each run of years without one in one cell. */
export type GridCell<R> = { report: R; span: 1 } | { report: null; span: number };

/**
 * The cells of a grid row, consecutive empty years joined into one cell spanning them: the table's elements grow with
 * its reports and places, not with places × years (a site of reports from many years is mostly empty cells).
 */
export function gridCells<R>(cells: readonly (R | null)[]): GridCell<R>[] {
  const out: GridCell<R>[] = [];
  for (const c of cells) {
    const last = out.at(-1);
    if (c !== null) out.push({ report: c, span: 1 });
    else if (last && last.report === null) last.span++;
    else out.push({ report: null, span: 1 });
  }
  return out;
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
  const order = new Map(orderPlaces(places).map((p, i) => [p.id, i]));
  const parentId = places.find((p) => p.id === report.place)?.parent ?? null;
  const childIds = new Set(places.filter((p) => p.parent === report.place).map((p) => p.id));
  const sameYear = reports.filter((r) => r.year === report.year);
  return {
    otherYears: reports.filter((r) => r.place === report.place && r.id !== report.id).sort((a, b) => a.year - b.year),
    parent: sameYear.find((r) => r.place === parentId) ?? null,
    children: sameYear.filter((r) => childIds.has(r.place)).sort((a, b) => order.get(a.place)! - order.get(b.place)!),
  };
}

/** Every related report in one list: other years, the region above, the cities below. */
export const relatedList = <R>(related: RelatedReports<R>): R[] => [...related.otherYears, ...(related.parent ? [related.parent] : []), ...related.children];
