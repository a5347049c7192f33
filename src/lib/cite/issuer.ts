/**
 * Who issues a report: the people's government of its place, in Chinese (`中卫市人民政府`) and in English
 * (`Zhongwei Municipal People's Government`, `People's Government of Ningxia Hui Autonomous Region`), from
 * the place's names and level only.
 */
import type { PlaceLevel } from "../schema/place.ts";

/** What naming an issuer needs: the place's names and level (a report's front matter has them). */
export interface IssuerPlace {
  place_zh: string;
  place_en: string;
  level: PlaceLevel;
}

/**
 * The issuing government in Chinese: `中卫市` → `中卫市人民政府`; the nation's report is the State Council's,
 * a league's or prefecture's (盟, 地区) its administrative office's.
 */
export function issuerZh(place: IssuerPlace): string {
  if (place.level === "nation") return "中华人民共和国国务院";
  if (place.level === "city" && /(盟|地区)$/.test(place.place_zh)) return `${place.place_zh}行政公署`;
  return `${place.place_zh}人民政府`;
}

/** `name` with `suffix` added unless it already ends with it (`Ningxia Hui Autonomous Region` keeps its own). */
const withSuffix = (name: string, suffix: string) => (name.toLowerCase().endsWith(suffix.toLowerCase()) ? name : `${name} ${suffix}`);

/**
 * The issuing government in English, by the kind of place its Chinese name says it is: a city (市, also a
 * municipality or a county-level city) has a `Municipal People's Government`; a province, an autonomous
 * region or prefecture is governed by `the People's Government of` it; a county, district or banner has
 * a `County / District / Banner People's Government`.
 */
export function issuerEn(place: IssuerPlace): string {
  const { place_zh: zh, place_en: en, level } = place;
  if (level === "nation") return "State Council of the People's Republic of China";
  if (/市$/.test(zh)) return `${en.replace(/\s+(city|municipality)$/i, "")} Municipal People's Government`;
  if (level === "province") {
    if (/自治区$/.test(zh)) return `People's Government of ${withSuffix(en, "Autonomous Region")}`;
    return `People's Government of ${withSuffix(en, "Province")}`;
  }
  if (level === "city") {
    if (/自治州$/.test(zh)) return `People's Government of ${withSuffix(en, "Autonomous Prefecture")}`;
    if (/盟$/.test(zh)) return `Administrative Office of ${withSuffix(en, "League")}`;
    if (/地区$/.test(zh)) return `Administrative Office of ${withSuffix(en, "Prefecture")}`;
    return `People's Government of ${withSuffix(en, "Prefecture")}`;
  }
  if (/自治县$/.test(zh)) return `People's Government of ${withSuffix(en, "Autonomous County")}`;
  const kind = /县$/.test(zh) ? "County" : /旗$/.test(zh) ? "Banner" : "District";
  return `${withSuffix(en, kind)} People's Government`;
}

/** Peoples that English names of autonomous places give before `Autonomous …` (Ningxia Hui, Guangxi Zhuang). */
const PEOPLES_EN = "Hui|Zhuang|Uygur|Uyghur|Korean|Tujia|Miao|Bouyei|Buyei|Yi|Dai|Bai|Hani|Tibetan|Mongol|Qiang|Li|Dong|Yao|Kazak";

/**
 * A place's English name without its generic part, for tight titles: `Ningxia Hui Autonomous Region` →
 * `Ningxia`, `Guangdong Province` → `Guangdong`, `Inner Mongolia Autonomous Region` → `Inner Mongolia`.
 */
export function shortPlaceEn(name: string): string {
  const generic = new RegExp(
    `(?:\\s+(?:${PEOPLES_EN})(?:\\s+(?:${PEOPLES_EN}))*)?\\s+(?:Autonomous (?:Region|Prefecture|County|Banner)|Province|Prefecture|Municipality|League|County|District|Banner|City)$`,
  );
  return name.replace(generic, "") || name;
}
