import { DEFAULT_LANG, type Lang } from "../../i18n/config.ts";
import { placeStyle, type PlaceStyle } from "../charts/palette.ts";
import type { Place } from "../schema/place.ts";
import { orderPlaces, shortName, shortNameEn } from "../render/places.ts";

export { shortName, shortNameEn };

/** A place as the indicator pages name and draw it. */
export interface PlaceInfo {
  /** Pinyin id, e.g. `zhongwei`, `ningxia`. */
  id: string;
  /** Full name, e.g. 中卫市, 宁夏回族自治区. */
  name_zh: string;
  /** Short name for tables, e.g. 中卫, 宁夏. */
  short: string;
  /** Row label in charts: the short name of a city; for the region, what it is (自治区, 全省). */
  label: string;
  /** English names: full (Zhongwei, Ningxia Hui Autonomous Region), short (Ningxia), and what the place is (a region's `region`, a city's short name). */
  name_en: string;
  short_en: string;
  label_en: string;
  /** True for a place that is the parent of other places with reports (the region): drawn as their reference. */
  region: boolean;
  /** The id of the place it belongs to (a city's province), from the data; null when the data names none. */
  parent: string | null;
  /** Colour and shape, from the place's position in `content/places.json`. */
  style: PlaceStyle;
}

/** What a region is called in a chart row: 自治区, 全省, 全市 (a municipality), from its name. */
function regionWord(name: string): string {
  if (name.endsWith("自治区")) return "自治区";
  if (name.endsWith("省")) return "全省";
  return `全${name.slice(-1)}`;
}

/** The twin of {@link regionWord} in English, from the Chinese name: region, province, municipality. */
function regionWordEn(name: string): string {
  if (name.endsWith("自治区")) return "region";
  if (name.endsWith("省")) return "province";
  return "municipality";
}

/**
 * The places with reports, regions first, each followed by its places, then the others, in the order of
 * `content/places.json`; each with its style (from its position among all places), names and chart label. A
 * region's label (自治区) is its short name with the word when two regions would share it.
 */
export function placeInfos(
  places: readonly (Pick<Place, "id" | "name_zh" | "parent"> & { name_en?: string | undefined })[],
  reported: Iterable<string>,
): PlaceInfo[] {
  const order = places.map((p) => p.id);
  const have = new Set(reported);
  const known = places.filter((p) => have.has(p.id));
  const extra = [...have].filter((id) => !order.includes(id)).sort().map((id) => ({ id, name_zh: id, name_en: id, parent: null }));
  const all = [...known, ...extra];
  const isRegion = (id: string) => all.some((p) => p.parent === id);
  const regionWords = all.filter((p) => isRegion(p.id)).map((p) => regionWord(p.name_zh));
  const infos = all.map((p): PlaceInfo => {
    const region = isRegion(p.id);
    const short = shortName(p.name_zh);
    const word = regionWord(p.name_zh);
    const shared = regionWords.filter((w) => w === word).length > 1;
    const label = !region ? short : shared ? `${short}${word}` : word;
    const name_en = p.name_en ?? p.id;
    const short_en = shortNameEn(name_en);
    const label_en = !region ? short_en : shared ? `${short_en} ${regionWordEn(p.name_zh)}` : regionWordEn(p.name_zh);
    return { id: p.id, name_zh: p.name_zh, short, label, name_en, short_en, label_en, region, parent: p.parent, style: placeStyle(p.id, order) };
  });
  return orderPlaces([...infos.filter((p) => p.region), ...infos.filter((p) => !p.region)]);
}

/** The places of a list that others of the list belong to (their province): each drawn as the reference of its own. */
export const parentsIn = (places: readonly PlaceInfo[]): PlaceInfo[] => places.filter((p) => places.some((c) => c.parent === p.id));

/** How a table names a place: 中卫, 宁夏（自治区）; in English Zhongwei, Ningxia (region). */
export const tableName = (place: PlaceInfo, lang: Lang = DEFAULT_LANG): string =>
  lang === "en" ? (place.region ? `${place.short_en} (${place.label_en})` : place.short_en) : place.region ? `${place.short}（${place.label}）` : place.short;

/** A place's short name in a language: 中卫, 宁夏 / Zhongwei, Ningxia. */
export const shortPlace = (place: PlaceInfo, lang: Lang = DEFAULT_LANG): string => (lang === "en" ? place.short_en : place.short);

/** A place's full name in a language: 中卫市 / Zhongwei, 宁夏回族自治区 / Ningxia Hui Autonomous Region. */
export const fullPlace = (place: PlaceInfo, lang: Lang = DEFAULT_LANG): string => (lang === "en" ? place.name_en : place.name_zh);

/**
 * A place's chart row label in a language: 中卫, 自治区 / Zhongwei, Ningxia (in English the name reads best; the
 * legend and the page say which row is the region's).
 */
export const rowLabel = (place: PlaceInfo, lang: Lang = DEFAULT_LANG): string => (lang === "en" ? place.short_en : place.label);
