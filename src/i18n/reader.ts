/**
 * The reader's own words in a language, beside the report's Chinese text: the congress session and the
 * speaker in English, and a figure's tooltip. Pure.
 */
import type { Lang } from "./config.ts";
import { dictionaries } from "./ui/index.ts";
import { officeEn, pinyinName, type Named } from "./format.ts";
import { valueTextEn } from "./figures.ts";
import { chineseNumeral } from "../lib/text/numerals.ts";
import type { Figure } from "../lib/schema/figure.ts";
import { shortNameEn } from "../lib/render/places.ts";

export { shortNameEn };

/**
 * The English `<title>` of a reader: `Zhongwei Work Report 2021`, `Ningxia Work Report 2021` — short
 * enough beside the site's name (the heading gives the full `reportTitleEn`).
 */
export function readerTitleEn(meta: { year: number; place_en: string }): string {
  return `${shortNameEn(meta.place_en)} Work Report ${meta.year}`;
}

/** `1st`, `2nd`, `3rd`, `4th`, `11th`, `12th`, `21st`. */
export function ordinalEn(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/**
 * A congress session in English, from its Chinese name and the places: `中卫市第四届人民代表大会第五次会议` →
 * `5th Session of the 4th Zhongwei People's Congress`, `第十三届全国人民代表大会第三次会议` → `3rd Session of the 13th
 * National People's Congress`; null when the name is not of that form or names a place `places` lacks (the reader
 * passes the report's own place too, so a place not yet listed is named as the report names it; otherwise it gives
 * the Chinese, marked as such).
 */
export function congressEn(congress: string, places: readonly Named[]): string | null {
  const m = /^(.*?)第([〇零一二两三四五六七八九十\d]+)届(全国)?人民代表大会第([〇零一二两三四五六七八九十\d]+)次会议$/.exec(congress);
  if (!m) return null;
  // The nation's congress is named for no place: 第十三届全国人民代表大会第三次会议.
  const name = m[3] ? (m[1] ? undefined : "National") : places.find((p) => p.name_zh === m[1])?.name_en;
  const term = chineseNumeral(m[2]!);
  const session = chineseNumeral(m[4]!);
  if (!name || Number.isNaN(term) || Number.isNaN(session)) return null;
  return `${ordinalEn(session)} Session of the ${ordinalEn(term)} ${name} People's Congress`;
}

/** Who gave a report, from `speakerOf`'s `office name`: name and office apart, and in English (pinyin, `officeEn`). */
export function speakerParts(speaker: string): { name: string; office: string; nameEn: string; officeEn: string | null } {
  const at = speaker.lastIndexOf(" ");
  const [office, name] = at === -1 ? ["", speaker] : [speaker.slice(0, at), speaker.slice(at + 1)];
  return { name, office, nameEn: name && pinyinName(name), officeEn: office ? officeEn(office) : null };
}

/** What a figure's mark needs to describe it (a figure over a period names it: `period`). */
export type DescribedFigure = Pick<Figure, "year" | "period" | "kind" | "estimate" | "label_zh" | "label_en" | "value" | "min" | "max" | "unit" | "qualifier" | "direction" | "quote">;

/** The years a figure is of, in words: `2020年`, or `2016—2020年` for a figure over a period (`2020`, `2016–2020`). */
export function figureYears(lang: Lang, f: Pick<DescribedFigure, "year" | "period">): string {
  const [first, last] = f.period ?? [f.year, f.year];
  return dictionaries[lang].indicators.table.years(first, last);
}

/**
 * A figure's tooltip in the text: `2020年实绩 · 地区生产总值增长`, `2020 result · GDP growth`, `2016—2020年实绩 · …` for
 * a figure over a period. In English an indicator without an English label is said by its value: `2020 result · 7.9
 * billion yuan`.
 */
export function figureTitle(lang: Lang, f: DescribedFigure): string {
  const t = dictionaries[lang].reader.figure;
  const kind = f.kind === "target" ? t.target : f.estimate ? t.estimate : t.result;
  const label = lang === "en" ? (f.label_en ?? valueTextEn(f)) : f.label_zh;
  return t.title(figureYears(lang, f), kind, label);
}
