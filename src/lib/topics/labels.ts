import type { Part } from "./parts.ts";

const NUMERALS = "一二三四五六七八九";

/** The five-year plan a year falls in, from the 11th on: 2021 → `{ name: "十四五", from: 2021, to: 2025 }`. */
export function fiveYearPlan(year: number): { name: string; from: number; to: number } | null {
  const n = Math.floor((year - 2006) / 5) + 11;
  if (n < 11 || n > 19) return null;
  const from = 2006 + 5 * (n - 11);
  return { name: `十${NUMERALS[n - 11]}五`, from, to: from + 4 };
}

/** The year or years a part of a report of `year` is about: the review the year before, the plan the year itself. */
export function partYear(part: Part, year: number): number {
  return part === "review" ? year - 1 : year;
}

/** What a part of a report of `year` is called above its paragraphs: `2019年工作回顾`, `“十四五”时期（2021—2025年）`, `2020年工作安排`. */
export function partHeading(part: Part | null, year: number): string {
  if (part === null) return "开场";
  if (part === "review") return `${year - 1}年工作回顾`;
  if (part === "plan") return `${year}年工作安排`;
  const plan = fiveYearPlan(year);
  return plan ? `“${plan.name}”时期（${plan.from}—${plan.to}年）` : "今后五年";
}

/** Short names of a part over the reports of a comparison, for its filter: `2019年回顾`, `2019年、2020年回顾`, `“十四五”规划`. */
export function partShortName(part: Part, years: readonly number[]): string {
  if (part === "outlook") {
    const names = [...new Set(years.map((y) => fiveYearPlan(y)?.name).filter(Boolean))];
    return names.length > 0 ? names.map((n) => `“${n}”`).join("、") + "规划" : "五年规划";
  }
  const ys = [...new Set(years.map((y) => partYear(part, y)))].sort((a, b) => a - b);
  return `${ys.map((y) => `${y}年`).join("、")}${part === "review" ? "回顾" : "计划"}`;
}

/** What a pair of reports is called: `石嘴山市与中卫市 2020年`, `中卫市 2020年与2021年`. */
export function pairName(a: { place_zh: string; year: number }, b: { place_zh: string; year: number }): string {
  if (a.place_zh === b.place_zh) return `${a.place_zh} ${Math.min(a.year, b.year)}年与${Math.max(a.year, b.year)}年`;
  if (a.year === b.year) return `${a.place_zh}与${b.place_zh} ${a.year}年`;
  return `${a.place_zh}${a.year}年与${b.place_zh}${b.year}年`;
}
