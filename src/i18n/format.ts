/**
 * Names and dates as each language writes them: places (`name_en`), indicators (`label_en`), report
 * titles, speakers (in pinyin, with the name in characters beside it), dates. Pure: usable in pages,
 * endpoints and tests alike.
 */
import { pinyin } from "../lib/text/pinyin.ts";
import type { Lang } from "./config.ts";
import { dictionaries } from "./ui/index.ts";

/** What naming a place needs. */
export interface Named {
  name_zh: string;
  name_en: string;
}

/** A place's name in a language: `中卫市` / `Zhongwei`. */
export function placeName(lang: Lang, place: Named): string {
  return lang === "en" ? place.name_en : place.name_zh;
}

/** A report's place name in a language, from its front matter. */
export function reportPlace(lang: Lang, meta: { place_zh: string; place_en: string }): string {
  return lang === "en" ? meta.place_en : meta.place_zh;
}

/** An indicator's label in a language. */
export function metricLabel(lang: Lang, metric: { label_zh: string; label_en: string }): string {
  return lang === "en" ? metric.label_en : metric.label_zh;
}

/** An ISO date (`2020-01-06`) in a language: `2020年1月6日` / `6 January 2020`; other text as it is. */
export function formatDate(lang: Lang, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? dictionaries[lang].common.date(Number(m[1]), Number(m[2]), Number(m[3])) : iso;
}

/** Month and day of an ISO date, for places where the year is said already: `1月6日` / `6 January`. */
export function formatMonthDay(lang: Lang, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? dictionaries[lang].common.monthDay(Number(m[2]), Number(m[3])) : iso;
}

/** A personal name in Hanyu Pinyin, surname first and apart: `李晓波` → `Li Xiaobo`. */
export function pinyinName(name: string): string {
  let found = nameMemo.get(name);
  if (found === undefined) nameMemo.set(name, (found = spellName(name)));
  return found;
}

/** The names spelt so far: a speaker's name stands on every page of a report, in both its citations. */
const nameMemo = new Map<string, string>();

function spellName(name: string): string {
  const syllables = pinyin(name, { toneType: "none", type: "array", surname: "all" });
  if (syllables.length === 0) return name;
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  // Two-character surnames (欧阳, 司马 …) are rare among officials; the first syllable is the surname.
  const [surname, ...given] = syllables;
  return [cap(surname!), cap(given.join(""))].filter(Boolean).join(" ");
}

const HAN = /\p{Script=Han}/u;

/**
 * The syllables of Chinese text joined into one word, without tones, an apostrophe before a syllable that
 * starts with a vowel (`自治区` → `zizhiqu`, `西安` → `xi'an`). No character is read as a surname.
 */
export function pinyinWord(text: string): string {
  let found = wordMemo.get(text);
  if (found === undefined) {
    found = pinyin(text, { toneType: "none", type: "array", nonZh: "consecutive" })
      .map((s) => s.replace(/\s+/g, ""))
      .reduce((out, s) => out + (/[a-z]$/i.test(out) && /^[aoe]/.test(s) ? `'${s}` : s), "");
    wordMemo.set(text, found);
  }
  return found;
}

/** The words spelt so far (place names, words of titles and terms: a few thousand a build). */
const wordMemo = new Map<string, string>();

/**
 * Text in lower-case Hanyu Pinyin, word by word (ICU's Chinese word breaks): `政府工作报告` → `zhengfu gongzuo
 * baogao`; a run of letters, digits and signs (`1+9`) stays one word.
 */
export function pinyinWords(text: string): string {
  let found = pinyinMemo.get(text);
  if (found === undefined) pinyinMemo.set(text, (found = segmentPinyin(text)));
  return found;
}

/** Word breaks of Chinese text (one segmenter: making one is costly). */
const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
/** The pinyin of each text asked for (titles, terms, names: a few hundred per build). */
const pinyinMemo = new Map<string, string>();

/** Chinese punctuation NFKC leaves alone, as English writes it (the full-width forms ，；：（） NFKC turns to ASCII). */
const PUNCTUATION: Record<string, string> = { "、": ",", "。": ".", "“": '"', "”": '"', "‘": "'", "’": "'", "《": '"', "》": '"', "【": "[", "】": "]", "…": "..." };

/** Text with its Chinese punctuation in English: `、` → `,`, `，` → `,`, `“` → `"`. */
const asciiPunctuation = (text: string) => text.normalize("NFKC").replace(/[、。“”‘’《》【】…]/g, (c) => PUNCTUATION[c]!);

function segmentPinyin(text: string): string {
  const words: string[] = [];
  let prevHan = false;
  for (const { segment } of segmenter.segment(text)) {
    if (!segment.trim()) continue;
    const han = HAN.test(segment);
    const word = han ? pinyinWord(segment) : segment;
    if (han || prevHan || words.length === 0) words.push(word);
    else words[words.length - 1] += word;
    prevHan = han;
  }
  const joined = words
    .join(" ")
    .replace(/([“‘《【（(])\s+/g, "$1")
    .replace(/\s+([”’》】）)])/g, "$1");
  return asciiPunctuation(joined).replace(/\s+([,.;:!?])/g, "$1");
}

/** Text in Hanyu Pinyin, first letter capitalised: `政府工作报告` → `Zhengfu gongzuo baogao` (六稳 is `Liu wen`, not `Lu wen`). */
export function pinyinText(text: string): string {
  const out = pinyinWords(text);
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** The English title of a report: `Zhongwei Government Work Report 2021`. */
export function reportTitleEn(meta: { year: number; place_en: string }): string {
  return `${meta.place_en} Government Work Report ${meta.year}`;
}

/** The level of a place in English, as its Chinese name says it (the twin of `levelName`). */
export function levelNameEn(level: "nation" | "province" | "city" | "district", nameZh: string): string {
  if (level === "nation") return "nation";
  if (level === "province") return /自治区$/.test(nameZh) ? "autonomous region" : /市$/.test(nameZh) ? "municipality" : "province";
  if (level === "city")
    return /自治州$/.test(nameZh) ? "autonomous prefecture" : /盟$/.test(nameZh) ? "league" : /州$/.test(nameZh) ? "prefecture" : "prefecture-level city";
  return /县$/.test(nameZh) ? "county" : /旗$/.test(nameZh) ? "banner" : "district";
}

const OFFICES: [RegExp, string][] = [
  [/总理$/, "Premier"],
  [/主席$/, "Chairman"],
  [/省长$/, "Governor"],
  [/市长$/, "Mayor"],
  [/州长$/, "Prefect"],
  [/盟长$/, "League Head"],
  [/区长$/, "District Head"],
  [/县长$/, "County Head"],
  [/旗长$/, "Banner Head"],
];

/**
 * An office in English: `市长` → `Mayor`, `市人民政府代市长` → `Acting Mayor`, `自治区主席` → `Chairman`;
 * null when the office is none of these (the caller then gives the Chinese, marked as such).
 */
export function officeEn(office: string): string | null {
  const found = OFFICES.find(([re]) => re.test(office));
  if (!found) return null;
  return /代[^代]*$/.test(office) ? `Acting ${found[1]}` : found[1];
}
