import type { Lang } from "../../i18n/config.ts";
import { shortName } from "../render/places.ts";
import type { Part } from "./parts.ts";

const NUMERALS = "一二三四五六七八九";

/** The five-year plan a year falls in, from the 11th on: 2021 → `{ name: "十四五", from: 2021, to: 2025 }`. */
export function fiveYearPlan(year: number): { name: string; from: number; to: number } | null {
  const n = Math.floor((year - 2006) / 5) + 11;
  if (n < 11 || n > 19) return null;
  const from = 2006 + 5 * (n - 11);
  return { name: `十${NUMERALS[n - 11]}五`, from, to: from + 4 };
}

/** The English name of the five-year plan a year falls in: 2021 → `14th Five-Year Plan` (the 11th to the 19th: all `-th`). */
export function fiveYearPlanEn(year: number): string | null {
  const plan = fiveYearPlan(year);
  return plan ? `${ordinal(plan)} Five-Year Plan` : null;
}

/** `14th` for the plan of 2021–2025. */
const ordinal = (plan: { from: number }) => `${(plan.from - 2006) / 5 + 11}th`;

/** The year or years a part of a report of `year` is about: the review the year before, the plan the year itself. */
export function partYear(part: Part, year: number): number {
  return part === "review" ? year - 1 : year;
}

/**
 * What a part of a report of `year` is called above its paragraphs: `2019年工作回顾`, `“十四五”时期（2021—2025年）`,
 * `2020年工作安排`; in English `2019 review`, `14th Five-Year Plan, 2021–2025`, `2020 plan`.
 */
export function partHeading(part: Part | null, year: number, lang: Lang = "zh-CN"): string {
  const plan = fiveYearPlan(year);
  if (lang === "en") {
    if (part === null) return "Opening words";
    if (part === "review") return `${year - 1} review`;
    if (part === "plan") return `${year} plan`;
    return plan ? `${fiveYearPlanEn(year)}, ${plan.from}–${plan.to}` : "The next five years";
  }
  if (part === null) return "开场";
  if (part === "review") return `${year - 1}年工作回顾`;
  if (part === "plan") return `${year}年工作安排`;
  return plan ? `“${plan.name}”时期（${plan.from}—${plan.to}年）` : "今后五年";
}

/**
 * Short names of a part over the reports of a comparison, for its filter: `2019年回顾`, `2019年、2020年回顾`,
 * `“十四五”规划`; in English `2019 review`, `2019 and 2020 reviews`, `14th Five-Year Plan outlook`.
 */
export function partShortName(part: Part, years: readonly number[], lang: Lang = "zh-CN"): string {
  const en = lang === "en";
  if (part === "outlook") {
    const plans = [...new Map(years.flatMap((y) => fiveYearPlan(y) ?? []).map((p) => [p.name, p])).values()];
    if (en) return plans.length > 0 ? `${andList(plans.map(ordinal))} Five-Year Plan outlook` : "Five-year outlook";
    return plans.length > 0 ? plans.map((p) => `“${p.name}”`).join("、") + "规划" : "五年规划";
  }
  const ys = [...new Set(years.map((y) => partYear(part, y)))].sort((a, b) => a - b);
  if (en) return `${andList(ys.map(String))} ${part === "review" ? "review" : "plan"}${ys.length > 1 ? "s" : ""}`;
  return `${ys.map((y) => `${y}年`).join("、")}${part === "review" ? "回顾" : "计划"}`;
}

/** `a`, `a and b`, `a, b and c`. */
const andList = (items: readonly string[]) =>
  items.length < 3 ? items.join(" and ") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

/** What naming a report of a pair needs. */
export interface PairNamed {
  place_zh: string;
  place_en: string;
  year: number;
}

/**
 * What a pair of reports is called: `石嘴山市与中卫市 2020年`, `中卫市 2020年与2021年`; in English
 * `Shizuishan and Zhongwei, 2020`, `Zhongwei, 2020 and 2021`, `Zhongwei 2020 and Yinchuan 2021`.
 */
export function pairName(a: PairNamed, b: PairNamed, lang: Lang = "zh-CN"): string {
  const [first, last] = [Math.min(a.year, b.year), Math.max(a.year, b.year)];
  if (lang === "en") {
    if (a.place_zh === b.place_zh) return `${a.place_en}, ${first} and ${last}`;
    if (a.year === b.year) return `${a.place_en} and ${b.place_en}, ${a.year}`;
    return `${a.place_en} ${a.year} and ${b.place_en} ${b.year}`;
  }
  if (a.place_zh === b.place_zh) return `${a.place_zh} ${first}年与${last}年`;
  if (a.year === b.year) return `${a.place_zh}与${b.place_zh} ${a.year}年`;
  return `${a.place_zh}${a.year}年与${b.place_zh}${b.year}年`;
}

/**
 * What a pair of reports is called in a page's <title>, where the site's name follows: as {@link pairName} in
 * Chinese; in English with short place names, `Shizuishan vs Zhongwei, 2020`, `Zhongwei, 2020 vs 2021`.
 */
export function pairTitle(a: PairNamed, b: PairNamed, lang: Lang = "zh-CN"): string {
  if (lang !== "en") return pairName(a, b, lang);
  const [x, y] = [shortPlaceName(a.place_en, "en"), shortPlaceName(b.place_en, "en")];
  if (a.place_zh === b.place_zh) return `${x}, ${Math.min(a.year, b.year)} vs ${Math.max(a.year, b.year)}`;
  if (a.year === b.year) return `${x} vs ${y}, ${a.year}`;
  return `${x} ${a.year} vs ${y} ${b.year}`;
}

/**
 * How a report is named where its place or year alone would be ambiguous: `中卫市2021年` / `Zhongwei 2021`
 * (`short`: with the place's short English name, `Ningxia 2021`).
 */
export function reportName(meta: PairNamed, lang: Lang = "zh-CN", short = false): string {
  return lang === "en" ? `${short ? shortPlaceName(meta.place_en, "en") : meta.place_en} ${meta.year}` : `${meta.place_zh}${meta.year}年`;
}

/** A place's short name for lists of pairs: `宁夏回族自治区` → `宁夏`, `中卫市` → `中卫`; `Ningxia Hui Autonomous Region` → `Ningxia`. */
export function shortPlaceName(name: string, lang: Lang = "zh-CN"): string {
  if (lang !== "en") return shortName(name);
  return name.replace(/\s+(?:[A-Z][a-z]+\s+)?Autonomous (?:Region|Prefecture)$/, "").replace(/\s+(?:Province|Municipality|City|Prefecture|League)$/, "") || name;
}
